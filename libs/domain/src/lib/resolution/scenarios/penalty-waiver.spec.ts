import { effectiveRules } from '../../rules/effective-rules';
import { assessOption, resolutionCase } from '../resolution.fixtures';

// Tax and interest paid, the $200 penalty left: the case a waiver request is made for (PS 2013(5)).
const waiver = (overrides: Parameters<typeof resolutionCase>[0] = {}) =>
  assessOption('penalty_waiver', { balance: '200.00', unpaidTaxAndInterest: '0.00', ...overrides });

describe('scenario: penalty waiver', () => {
  it('is open for a penalty, never for interest, and asks for tax and interest first', () => {
    const open = waiver();
    expect(open.open).toBe(true);
    expect(open.warnings).toEqual([
      'Interest is never waived; only the penalty can be.',
      'DRS expects the tax and interest to be paid before it considers the waiver.',
    ]);
    expect(open.needs[0]).toBe('Form DRS-PW');
  });

  it('is closed for audit penalties, which are protested instead', () => {
    const audit = waiver({ noticeKind: 'proposed_assessment' });
    expect(audit.open).toBe(false);
    expect(audit.reasons).toEqual([
      'penalty waiver: penalties from an audit are protested to the Appellate Division, not waived (see protest_appeal)',
    ]);
  });

  it('is closed when there is no penalty, or the firm says the penalty is not waivable', () => {
    expect(waiver({ penaltyAmount: '0.00' }).reasons).toEqual([
      'penalty waiver: there is no penalty on the account to waive',
    ]);
    const rules = effectiveRules({ taxTypes: { individual_income: { penaltyWaivable: { value: false } } } });
    expect(waiver({ rules }).reasons[0]).toMatch(/not waivable under the firm's rules/);
  });

  it('warns that a large penalty needs the Penalty Review Committee, noting the conflicting thresholds', () => {
    expect(waiver({ penaltyAmount: '6000.00' }).warnings[2]).toBe(
      "The penalty of $6,000.00 is over $5,000.00: the waiver needs the Penalty Review Committee's approval (sources give $500, $1,000 or $5,000).",
    );
    expect(waiver({ penaltyAmount: '5000.00' }).warnings).toHaveLength(2);
  });

  // DRS Policy Statement PS 2013(5): no waiver while returns are unfiled or tax is outstanding, unless the
  // taxpayer keeps to a DRS payment plan or has a timely protest or appeal.
  it('is closed while tax and interest are unpaid or returns unfiled, and says what to do', () => {
    const unpaid = waiver({ balance: '2320.00', unpaidTaxAndInterest: '2120.00' });
    expect(unpaid.open).toBe(false);
    expect(unpaid.reasons).toEqual([
      'penalty waiver: $2,120.00 of tax and interest is unpaid; pay it, keep to a DRS payment plan, or protest in time before asking',
    ]);
    expect(waiver({ unfiledReturns: true }).reasons).toEqual([
      'penalty waiver: file every past-due return first (DRS considers no waiver while returns are unfiled)',
    ]);
    expect(unpaid.ruleIds).toContain('penalty_waiver.compliance_first');
  });

  it('is open with tax unpaid for a taxpayer on an active DRS plan or with a timely protest', () => {
    for (const responseStatus of ['plan_active', 'protested'] as const) {
      expect(waiver({ balance: '2320.00', unpaidTaxAndInterest: '2120.00', responseStatus }).open).toBe(true);
    }
  });

  it('reads what is unpaid from the balance less the penalty when the caller does not say', () => {
    expect(waiver({ balance: '2320.00', unpaidTaxAndInterest: undefined }).reasons[0]).toContain(
      '$2,120.00 of tax and interest',
    );
  });
});
