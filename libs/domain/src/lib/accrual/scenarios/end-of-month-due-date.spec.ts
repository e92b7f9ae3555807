import { effectiveRules } from '../../rules/effective-rules';
import { accrue, quoteAccrual } from '../accrue';

describe('scenario: due on the last day of a month', () => {
  const base = { taxType: 'individual_income', tax: '1000.00', dueDate: '2026-01-31' } as const;

  it('runs months to the end of each following month', () => {
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

// Regs. §12-701(b)-1(a)(11) (chapter 229: income tax and withholding): a month runs from the day after the due
// date to the same day of the next month, and when the tax is due on the last day of a month each month ends on
// the last day of the following month. "Same day next month, clamped" would end April 30's first month on May 30
// and charge a second month for a payment on May 31.
describe('scenario: chapter 229 tax due on the last day of a 30-day month (Regs. §12-701(b)-1(a)(11))', () => {
  const withholding = { taxType: 'business_withholding', tax: '1000.00', dueDate: '2025-04-30' } as const;

  it('due April 30, paid May 31: one month', () => {
    const result = accrue({
      ...withholding,
      asOf: '2025-06-15',
      payments: [{ date: '2025-05-31', amount: '1110.00' }],
    });
    expect(result).toMatchObject({ monthsLate: 1, penalty: '100.00', interest: '10.00', total: '0.00' });
    expect(result.breakdown).toEqual([
      { month: 1, from: '2025-05-01', through: '2025-05-31', unpaidTax: '1000.00', interest: '10.00' },
    ]);
  });

  it('paid June 1: two months; the second ends June 30, the third July 31', () => {
    expect(quoteAccrual({ ...withholding, asOf: '2025-06-01' }).monthsLate).toBe(2);
    expect(accrue({ ...withholding, asOf: '2025-07-01' }).breakdown.map((month) => month.through)).toEqual([
      '2025-05-31',
      '2025-06-30',
      '2025-07-31',
    ]);
  });

  it('income tax due February 28 (not a leap year): the first month ends March 31', () => {
    const income = { taxType: 'individual_income', tax: '1000.00', dueDate: '2025-02-28' } as const;
    expect(quoteAccrual({ ...income, asOf: '2025-03-31' }).monthsLate).toBe(1);
    expect(quoteAccrual({ ...income, asOf: '2025-04-01' }).monthsLate).toBe(2);
  });
});

// Chapters 219 (sales and use) and 208 (corporation) say "month or fraction thereof" with no regulation like the
// income tax's; Conn. Gen. Stat. §1-1 makes a month a calendar month. Nutmeg keeps the day number (clamped),
// which can only count more months, never fewer (the conflict is on the rule row and in docs/rules.md).
describe('scenario: sales tax due on the last day of a month (§1-1 calendar month)', () => {
  const sales = { taxType: 'sales', tax: '1000.00', dueDate: '2025-04-30' } as const;

  it('due April 30: the first month ends May 30, so May 31 is a second month', () => {
    expect(quoteAccrual({ ...sales, asOf: '2025-05-30' }).monthsLate).toBe(1);
    expect(quoteAccrual({ ...sales, asOf: '2025-05-31' }).monthsLate).toBe(2);
    expect(
      accrue({ ...sales, asOf: '2025-05-31' }).rulesApplied.find((rule) => rule.id === 'tax.sales.month_counting')
        ?.citation.reference,
    ).toContain('§1-1');
  });

  it('a firm can follow the regulation here too', () => {
    const rules = effectiveRules({
      taxTypes: { sales: { monthCounting: { value: { dueOnLastDayOfMonth: 'last_day_of_each_month' } } } },
    });
    expect(quoteAccrual({ ...sales, asOf: '2025-05-31', rules }).monthsLate).toBe(1);
  });
});
