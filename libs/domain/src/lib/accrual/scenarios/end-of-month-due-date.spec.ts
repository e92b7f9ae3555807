import { accrue } from '../accrue';

describe('scenario: due on the last day of a month', () => {
  const base = { taxType: 'individual_income', tax: '1000.00', dueDate: '2026-01-31' } as const;

  it('runs months to the clamped end of shorter months', () => {
    const result = accrue({ ...base, asOf: '2026-05-01' });
    expect(result.breakdown.map((month) => `${month.from}..${month.through}`)).toEqual([
      '2026-02-01..2026-02-28',
      '2026-03-01..2026-03-31',
      '2026-04-01..2026-04-30',
      '2026-05-01..2026-05-31',
    ]);
  });

  it('counts February 28 as the end of the first month, and March 1 as the start of the second', () => {
    expect(accrue({ ...base, asOf: '2026-02-28' }).monthsLate).toBe(1);
    expect(accrue({ ...base, asOf: '2026-03-01' }).monthsLate).toBe(2);
  });

  it('handles a leap February', () => {
    expect(accrue({ ...base, dueDate: '2028-01-31', asOf: '2028-02-29' }).monthsLate).toBe(1);
    expect(accrue({ ...base, dueDate: '2028-01-31', asOf: '2028-03-01' }).monthsLate).toBe(2);
  });
});
