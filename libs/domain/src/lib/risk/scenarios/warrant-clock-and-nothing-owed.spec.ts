import { assessEscalationRisk, escalationRiskStableUntil } from '../escalation-risk';
import { riskCase } from '../risk.fixtures';

// Conn. Gen. Stat. §12-35(a)(3): DRS may issue a warrant once a tax is unpaid 30 days after it was due — its
// due date, not the day DRS mailed the notice. A notice about last April's tax can arrive with the clock
// already run out.
describe('scenario: the warrant clock runs from the tax due date (§12-35(a)(3))', () => {
  const oldTax = riskCase({ noticeDate: '2026-03-02', taxDueDate: '2025-04-15', asOf: '2026-03-03' });

  it('a notice a day old about tax due 2025-04-15 already counts a possible warrant', () => {
    const risk = assessEscalationRisk(oldTax);
    expect(risk.mechanisms.lien.reasons).toContain(
      'tax due 2025-04-15 unpaid for 322 days: DRS may issue a tax warrant once tax is 30 days past due (Conn. Gen. Stat. §12-35(a)(3))',
    );
    const sameAgeFreshTax = assessEscalationRisk({ ...oldTax, taxDueDate: '2026-03-02' });
    expect(risk.mechanisms.lien.score).toBeGreaterThan(sameAgeFreshTax.mechanisms.lien.score);
  });

  it('the day the clock runs out is the 30th after the due date, whatever the notice date', () => {
    const dueThenNotice = riskCase({ noticeDate: '2026-03-02', taxDueDate: '2026-02-15', asOf: '2026-03-16' });
    const reason = (asOf: string) =>
      assessEscalationRisk({ ...dueThenNotice, asOf }).mechanisms.lien.reasons.join(' | ');
    expect(reason('2026-03-16')).not.toContain('tax warrant');
    expect(reason('2026-03-17')).toContain('tax due 2026-02-15 unpaid for 30 days');
    expect(escalationRiskStableUntil({ ...dueThenNotice, asOf: '2026-03-12' })).toBe('2026-03-16');
  });

  it('levy and wage-execution notices are served under a warrant: it counts from the first day', () => {
    const levy = assessEscalationRisk(riskCase({ noticeKind: 'levy_notice', asOf: '2026-03-02' }));
    expect(levy.mechanisms.bank_levy.reasons).toContain(
      'a levy or wage execution is served under a tax warrant, so one is already out (Conn. Gen. Stat. §12-35)',
    );
  });
});

describe('scenario: nothing owed scores zero', () => {
  it('a zero balance is low everywhere, with the reason, even on an R-859 past its referral date', () => {
    const risk = assessEscalationRisk(riskCase({ noticeKind: 'r859_referral', balance: '0.00', asOf: '2026-04-30' }));
    expect(risk.score).toBe(0);
    expect(risk.level).toBe('low');
    expect(risk.mechanisms.private_collection.reasons).toEqual(['nothing is owed on this notice']);
  });

  it('a cent owed is scored as usual', () => {
    expect(
      assessEscalationRisk(riskCase({ noticeKind: 'r859_referral', balance: '0.01', asOf: '2026-04-30' })).score,
    ).toBeGreaterThan(0);
  });
});
