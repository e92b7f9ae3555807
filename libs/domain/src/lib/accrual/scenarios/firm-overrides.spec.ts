import { effectiveRules } from '../../rules/effective-rules';
import { accrue } from '../accrue';

const base = { taxType: 'individual_income', tax: '2000.00', dueDate: '2026-04-15', asOf: '2026-10-15' } as const;

describe('scenario: a firm applies payments to penalty and interest first', () => {
  it('leaves the tax unpaid longer, so more interest accrues', () => {
    const rules = effectiveRules({ general: { paymentApplicationOrder: { value: ['penalty', 'interest', 'tax'] } } });
    const result = accrue({ ...base, rules, payments: [{ date: '2026-06-20', amount: '1000.00' }] });
    expect(result.payments[0]).toMatchObject({ toPenalty: '200.00', toInterest: '60.00', toTax: '740.00' });
    expect(result.breakdown[3]).toMatchObject({ unpaidTax: '1260.00', interest: '12.60' });
    expect(result.interest).toBe('97.80');
    expect(result.total).toBe('1297.80');
    expect(result.rulesApplied[3].summary).toBe('Payments applied to penalty, then interest, then tax');
  });
});

describe('scenario: a firm counts completed months only', () => {
  it('charges a month only once it has ended', () => {
    const rules = effectiveRules({ taxTypes: { individual_income: { monthCounting: { value: { method: 'completed_months_only' } } } } });
    expect(accrue({ ...base, rules }).monthsLate).toBe(5);
    expect(accrue({ ...base, rules, asOf: '2026-10-16' })).toMatchObject({ monthsLate: 6, total: '2320.00' });
    expect(accrue({ ...base, rules, asOf: '2026-04-16' })).toMatchObject({ monthsLate: 0, penalty: '200.00', total: '2200.00' });
  });
});

describe('scenario: a firm changes the interest rate', () => {
  it('uses the firm rate and marks the rule overridden', () => {
    const rules = effectiveRules({ taxTypes: { individual_income: { interest: { value: { ratePerMonth: '0.0125' } } } } });
    expect(accrue({ ...base, rules }).interest).toBe('150.00');
    expect(rules.taxTypes.individual_income.interest.overridden).toBe(true);
  });
});
