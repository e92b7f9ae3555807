import { effectiveRules } from '../../rules/effective-rules';
import { assessOption, resolutionCase } from '../resolution.fixtures';

const plan = (overrides: Parameters<typeof resolutionCase>[0] = {}) => assessOption('installment_plan', overrides);

describe('scenario: installment plan eligibility', () => {
  it('is open when the seed and 2021 criteria are met, and warns that interest keeps accruing', () => {
    const open = plan();
    expect(open.open).toBe(true);
    expect(open.reasons).toEqual(['meets the plan criteria: returns filed, no bankruptcy, repayment in 2–12 months']);
    expect(open.warnings[0]).toMatch(/Interest keeps accruing/);
    expect(open.needs).toContain('Recent pay stubs');
    expect(open.sendTo).toBe('DRS Collections Unit (written request)');
  });

  it('closes on unfiled returns, bankruptcy, a collection agency, a warrant, or a balance over $10,000', () => {
    const closed = plan({
      unfiledReturns: true,
      withCollectionAgency: true,
      hasWarrant: true,
      balance: '12500.00',
      exposure: { ...resolutionCase().exposure, inBankruptcy: true },
    });
    expect(closed.open).toBe(false);
    expect(closed.reasons).toEqual([
      'installment plan: unfiled returns on record; file every past-due return first',
      'installment plan: the debt is tied to an active bankruptcy case',
      'installment plan: the account is with a collection agency (2021 quote of DRS criteria, a secondary source; the firm may turn it off)',
      'installment plan: a tax warrant has been issued (2021 quote of DRS criteria, a secondary source; the firm may turn it off)',
      'installment plan: the balance of $12,500.00 is over the $10,000.00 limit (2021 quote of DRS criteria, a secondary source; the firm may turn it off)',
    ]);
  });

  it('lets a firm turn the secondary-source criteria off', () => {
    const rules = effectiveRules({
      general: {
        installmentPlan: { maxBalance: { value: null }, notWithCollectionAgency: { value: false }, noWarrant: { value: false } },
      },
    });
    expect(plan({ rules, balance: '12500.00', withCollectionAgency: true, hasWarrant: true }).open).toBe(true);
  });

  it('is closed when a plan is already active, and warns after a default', () => {
    expect(plan({ responseStatus: 'plan_active' }).reasons).toEqual(['an installment plan is already active']);
    expect(plan({ responseStatus: 'plan_defaulted' }).warnings.join(' ')).toMatch(/previous plan defaulted/);
  });
});
