import { DEFAULT_RULES } from '../rules/default-rules';
import { installmentPaymentDeadlines, requirePlanMonths } from './installment-deadlines';

describe('installmentPaymentDeadlines', () => {
  it('falls monthly on the start day, clamped at month ends, never moved', () => {
    const deadlines = installmentPaymentDeadlines({ startDate: '2026-01-31', months: 4 });
    expect(deadlines.map((deadline) => deadline.dueDate)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30']);
    expect(deadlines.every((deadline) => deadline.kind === 'installment_payment' && deadline.hard && !deadline.rolledForward)).toBe(true);
    expect(deadlines[1].rule).toMatch(/^Installment payment 2 of 4 — /);
    expect(deadlines[1].note).toMatch(/^2026-02-28 is a Saturday; this date is not moved, so act by Friday 2026-02-27\./);
    expect(deadlines[0].note).toMatch(/^2026-01-31 is a Saturday/);
  });

  it('refuses a plan shorter than 2 or longer than 12 months, naming months', () => {
    expect(() => installmentPaymentDeadlines({ startDate: '2026-01-31', months: 13 })).toThrow(
      expect.objectContaining({ field: 'months', message: 'must be a whole number of months from 2 to 12' }),
    );
    expect(() => installmentPaymentDeadlines({ startDate: '2026-01-31', months: 1 })).toThrow(expect.objectContaining({ field: 'months' }));
  });
});

describe('requirePlanMonths', () => {
  it('accepts whole months within the term rule', () => {
    expect(requirePlanMonths(2, DEFAULT_RULES)).toBe(2);
    expect(requirePlanMonths(12, DEFAULT_RULES)).toBe(12);
    expect(() => requirePlanMonths(6.5, DEFAULT_RULES)).toThrow(expect.objectContaining({ field: 'months' }));
    expect(() => requirePlanMonths('6', DEFAULT_RULES, 'term')).toThrow(expect.objectContaining({ field: 'term' }));
  });
});
