import { daysLeftLabel, initialsOf, periodLabel, withStatusLabels } from './notice-labels';

describe('notice labels', () => {
  it("turns the api's refusal into the board's words", () => {
    expect(
      withStatusLabels('A notice in "new" cannot move to "resolved"; it can move to: triage, closed_no_action'),
    ).toBe('A notice in "New" cannot move to "Resolved"; it can move to: Triage or Closed (no action)');
  });

  it('leaves other messages alone', () => {
    expect(withStatusLabels('Someone else changed this record. Reload to see their change.')).toBe(
      'Someone else changed this record. Reload to see their change.',
    );
  });

  it.each([
    [{ year: 2024 }, '2024'],
    [{ year: 2024, quarter: 3 as const }, 'Q3 2024'],
    [{ year: 2023, month: 11 }, 'Nov 2023'],
  ])('writes the period %j as %s', (period, expected) => {
    expect(periodLabel(period)).toBe(expected);
  });

  it('writes initials and days left', () => {
    expect(initialsOf('Paul Ortiz')).toBe('PO');
    expect(initialsOf('Maria de la Cruz')).toBe('MC');
    expect(daysLeftLabel(-1)).toBe('1 day overdue');
    expect(daysLeftLabel(1)).toBe('1 day left');
  });
});
