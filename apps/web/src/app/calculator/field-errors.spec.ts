import { DomainValidationError } from '@nutmeg/domain';
import { attempt, dateError, moneyError, normalizeMoneyText, plainWords } from './field-errors';

describe('calculator field errors', () => {
  it.each([
    [
      'tax',
      'must be a non-negative amount with at most 2 decimals, e.g. "2000.00"',
      'Enter dollars and cents with at most 2 decimals, like 2000.00.',
    ],
    [
      'balance',
      'must be a positive amount with at most 2 decimals, e.g. "2000.00"',
      'Enter an amount above zero in dollars and cents, like 2000.00.',
    ],
    [
      'dueDate',
      'must be a calendar date written YYYY-MM-DD between 1900 and 2199',
      'Enter a real date between 1900 and 2199.',
    ],
    ['receivedDate', 'must not be before noticeDate', 'The received date cannot be before the notice date.'],
    [
      'startDate',
      'must be after dueDate (a plan pays a balance already past due)',
      "The first payment must come after the tax's due date.",
    ],
    ['months', 'must be a whole number of months from 2 to 12', 'Choose from 2 to 12 months.'],
    ['taxType', 'must be one of individual_income, sales', 'Choose a tax type from the list.'],
    ['to', 'something odd about payDate', 'Something odd about pay-by date.'],
  ])('words %s: "%s" for a practitioner', (field, message, expected) => {
    expect(plainWords(field, message)).toBe(expected);
  });

  it('reads money the way people type it, but does not guess', () => {
    expect(normalizeMoneyText(' $2,000.00 ')).toBe('2000.00');
    expect(normalizeMoneyText('1,234,567.5')).toBe('1234567.5');
    expect(normalizeMoneyText('12,34.00')).toBe('12,34.00');
    expect(moneyError('tax', '12,34.00')?.field).toBe('tax');
    expect(moneyError('tax', '$1,000')).toBeNull();
    expect(moneyError('tax', '-5.00')).not.toBeNull();
    expect(moneyError('balance', '0.00', { positive: true })).not.toBeNull();
  });

  it('checks dates with the domain', () => {
    expect(dateError('dueDate', '2026-02-29')).toEqual({
      field: 'dueDate',
      message: 'Enter a real date between 1900 and 2199.',
    });
    expect(dateError('dueDate', '2028-02-29')).toBeNull();
  });

  it('turns only domain validation errors into field errors', () => {
    const mapped = attempt(
      () => {
        throw new DomainValidationError('asOf', 'must be a calendar date written YYYY-MM-DD between 1900 and 2199');
      },
      (field) => (field === 'asOf' ? 'payBy' : field),
    );
    expect(mapped).toEqual({
      ok: false,
      error: { field: 'payBy', message: 'Enter a real date between 1900 and 2199.' },
    });
    expect(() =>
      attempt(() => {
        throw new TypeError('a bug');
      }),
    ).toThrow(TypeError);
  });
});
