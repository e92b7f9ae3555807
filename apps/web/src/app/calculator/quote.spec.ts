import { DEFAULT_RULES } from '@nutmeg/domain';
import { computeQuote, type LiabilityFormValue } from './quote';

const form: LiabilityFormValue = {
  taxType: 'individual_income',
  tax: '1000.00',
  dueDate: '2025-04-15',
  payBy: '2025-11-01',
  payments: [],
};

describe('the calculator with a penalty kind and an extension', () => {
  const penaltyOf = (value: LiabilityFormValue) => {
    const outcome = computeQuote(value, DEFAULT_RULES);
    if (outcome.state !== 'ready') throw new Error(`not ready: ${JSON.stringify(outcome)}`);
    return outcome.value.accrual.penalty;
  };

  it('charges the penalty the notice assesses', () => {
    expect(penaltyOf(form)).toBe('100.00');
    // Fraud on an audit deficiency (Regs. §12-728(a)-2): 25%.
    expect(penaltyOf({ ...form, penaltyKind: 'fraud' })).toBe('250.00');
  });

  it('spares the penalty under §12-723 when the extension is met', () => {
    const payments = [
      { date: '2025-04-15', amount: '950.00' },
      { date: '2025-10-01', amount: '53.00' },
    ];
    expect(penaltyOf({ ...form, payments })).not.toBe('0.00');
    expect(penaltyOf({ ...form, payments, extendedDueDate: '2025-10-15' })).toBe('0.00');
  });

  it('points at an extended due date that is not a date', () => {
    const outcome = computeQuote({ ...form, extendedDueDate: '2025-13-40' }, DEFAULT_RULES);
    expect(outcome.state).toBe('invalid');
    expect(JSON.stringify(outcome)).toContain('extendedDueDate');
  });
});
