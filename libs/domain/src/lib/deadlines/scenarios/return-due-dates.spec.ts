import { effectiveRules } from '../../rules/effective-rules';
import { assumedTaxDueDate, returnDueDate } from '../return-due-date';

// When a notice does not print the tax's due date, penalty and interest still run from it: the case assumes
// the return's statutory due date for the period (rows tax.<type>.return_due_date).
describe("scenario: a period's return due date", () => {
  it('monthly withholding is due the 15th of the next month (DRS, Managing Withholding Tax)', () => {
    expect(returnDueDate('business_withholding', { year: 2025, month: 1 })).toBe('2025-02-15');
    expect(returnDueDate('business_withholding', { year: 2025, month: 12 })).toBe('2026-01-15');
  });

  it('quarterly withholding is due the last day of the month after the quarter; annual remitters January 31', () => {
    expect(returnDueDate('business_withholding', { year: 2025, quarter: 1 })).toBe('2025-04-30');
    expect(returnDueDate('business_withholding', { year: 2025, quarter: 3 })).toBe('2025-10-31');
    expect(returnDueDate('business_withholding', { year: 2025 })).toBe('2026-01-31');
  });

  it('sales tax (§12-414): the last day of the month after the period — Q1–Q4 2025 due Apr 30, Jul 31, Oct 31, Jan 31', () => {
    expect(
      [1, 2, 3, 4].map((quarter) => returnDueDate('sales', { year: 2025, quarter: quarter as 1 | 2 | 3 | 4 })),
    ).toEqual(['2025-04-30', '2025-07-31', '2025-10-31', '2026-01-31']);
    expect(returnDueDate('sales', { year: 2025, month: 2 })).toBe('2025-03-31');
    // A JSON null is "not given": the whole year.
    expect(returnDueDate('sales', { year: 2025, month: null } as never)).toBe('2026-01-31');
  });

  it('income tax April 15 (§12-719(a)); corporation tax May 15 (§12-222)', () => {
    expect(returnDueDate('individual_income', { year: 2024 })).toBe('2025-04-15');
    expect(returnDueDate('corporation', { year: 2024 })).toBe('2025-05-15');
  });

  it('assumes the earliest period, and never a day after the notice', () => {
    expect(
      assumedTaxDueDate({
        taxType: 'individual_income',
        periods: [{ year: 2025 }, { year: 2024 }],
        noticeDate: '2027-06-01',
      }),
    ).toEqual({
      dueDate: '2025-04-15',
      ruleId: 'tax.individual_income.return_due_date',
      citation: expect.objectContaining({ reference: expect.stringContaining('§12-719(a)') }),
    });
    expect(
      assumedTaxDueDate({ taxType: 'individual_income', periods: [{ year: 2026 }], noticeDate: '2026-11-02' }).dueDate,
    ).toBe('2026-11-02');
  });

  it("follows a firm's schedule, and names a bad period", () => {
    const rules = effectiveRules({
      taxTypes: { sales: { returnDueDate: { value: { monthly: { monthsAfterPeriodEnd: 1, day: 20 } } } } },
    });
    expect(returnDueDate('sales', { year: 2025, month: 2 }, rules)).toBe('2025-03-20');
    expect(() =>
      assumedTaxDueDate({ taxType: 'sales', periods: [{ year: 2025, month: 13 }], noticeDate: '2026-01-01' }),
    ).toThrow(expect.objectContaining({ field: 'periods[0].month' }));
  });
});
