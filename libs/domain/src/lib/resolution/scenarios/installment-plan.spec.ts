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
        installmentPlan: {
          maxBalance: { value: null },
          notWithCollectionAgency: { value: false },
          noWarrant: { value: false },
        },
      },
    });
    expect(plan({ rules, balance: '12500.00', withCollectionAgency: true, hasWarrant: true }).open).toBe(true);
  });

  it('is closed when a plan is already active, and warns after a default', () => {
    expect(plan({ responseStatus: 'plan_active' }).reasons).toEqual(['an installment plan is already active']);
    expect(plan({ responseStatus: 'plan_defaulted' }).warnings.join(' ')).toMatch(/previous plan defaulted/);
  });

  it('a balance of exactly $10,000.00 may have a standard plan; a cent more may not', () => {
    expect(plan({ balance: '10000.00' }).open).toBe(true);
    expect(plan({ balance: '10000.01' }).open).toBe(false);
  });
});

// What the case itself says, read without the caller having to tick a box; the caller's flags still override.
describe('scenario: eligibility read from the case', () => {
  const secondary = '(2021 quote of DRS criteria, a secondary source; the firm may turn it off)';

  it('an R-859 past its referral date is with the collection agency: the standard plan is lost (seed)', () => {
    // Dated 2026-05-04: referral 2026-05-14. On the 14th the plan is still open; on the 15th it is not.
    const r859 = { noticeKind: 'r859_referral', noticeDate: '2026-05-04' } as const;
    expect(plan({ ...r859, asOf: '2026-05-14', withCollectionAgency: undefined }).open).toBe(true);
    const lost = plan({ ...r859, asOf: '2026-05-15', withCollectionAgency: undefined });
    expect(lost.open).toBe(false);
    expect(lost.reasons).toEqual([
      `installment plan: the account is with a collection agency: the R-859 referral date 2026-05-14 has passed, so the account is with a private collection agency ${secondary}`,
    ]);
    // The practitioner who knows better (paid before the referral went out) says so.
    expect(plan({ ...r859, asOf: '2026-05-15', withCollectionAgency: false }).open).toBe(true);
  });

  it('a levy or wage-execution notice means a warrant is out (§12-35)', () => {
    for (const noticeKind of ['levy_notice', 'wage_execution_notice'] as const) {
      const closed = plan({ noticeKind, hasWarrant: undefined });
      expect(closed.reasons).toEqual([
        `installment plan: a tax warrant has been issued: a levy or wage-execution notice is served under a tax warrant (Conn. Gen. Stat. §12-35) ${secondary}`,
      ]);
    }
  });

  it('a client under criminal investigation cannot have a standard plan (DRS criteria)', () => {
    const closed = plan({ exposure: { ...resolutionCase().exposure, underCriminalInvestigation: true } });
    expect(closed.reasons).toEqual([`installment plan: the taxpayer is under criminal investigation ${secondary}`]);
  });
});
