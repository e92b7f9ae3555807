import { effectiveRules } from '../../rules/effective-rules';
import { assessOption, resolutionCase } from '../resolution.fixtures';

const waiver = (overrides: Parameters<typeof resolutionCase>[0] = {}) => assessOption('penalty_waiver', overrides);

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
    expect(audit.reasons).toEqual(['penalty waiver: penalties from an audit are protested to the Appellate Division, not waived (see protest_appeal)']);
  });

  it('is closed when there is no penalty, or the firm says the penalty is not waivable', () => {
    expect(waiver({ penaltyAmount: '0.00' }).reasons).toEqual(['penalty waiver: there is no penalty on the account to waive']);
    const rules = effectiveRules({ taxTypes: { individual_income: { penaltyWaivable: { value: false } } } });
    expect(waiver({ rules }).reasons[0]).toMatch(/not waivable under the firm's rules/);
  });

  it('warns that a large penalty needs the Penalty Review Committee, noting the conflicting thresholds', () => {
    expect(waiver({ penaltyAmount: '6000.00' }).warnings[2]).toBe(
      "The penalty of $6,000.00 is over $5,000.00: the waiver needs the Penalty Review Committee's approval (sources give $500, $1,000 or $5,000).",
    );
    expect(waiver({ penaltyAmount: '5000.00' }).warnings).toHaveLength(2);
  });
});
