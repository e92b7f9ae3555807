import { formatUsd } from './money';

describe('formatUsd', () => {
  it.each([
    ['2320.00', '$2,320.00'],
    ['0.00', '$0.00'],
    ['0.05', '$0.05'],
    ['1234567.89', '$1,234,567.89'],
    ['-12.50', '-$12.50'],
    ['', '—'],
    [null, '—'],
  ])('shows %s as %s', (amount, expected) => {
    expect(formatUsd(amount)).toBe(expected);
  });
});
