import { assessEscalationRisk } from '../escalation-risk';
import { NO_EXPOSURE, riskCase } from '../risk.fixtures';

describe('scenario: enforcement notices', () => {
  it('a levy notice with several bank accounts ignored for two months is critical for the bank levy', () => {
    const risk = assessEscalationRisk(riskCase({ noticeKind: 'levy_notice', noticeDate: '2026-01-05', asOf: '2026-03-10', balance: '12000.00' }));
    expect(risk.mechanisms.bank_levy.level).toBe('critical');
    expect(risk.mechanisms.bank_levy.reasons).toEqual(
      expect.arrayContaining([
        'DRS has sent a bank levy notice; banks must comply immediately',
        'notice dated 64 days ago without resolution',
        'a levy or wage execution is served under a tax warrant, so one is already out (Conn. Gen. Stat. §12-35)',
        'balance of $12,000.00',
        '2 known bank accounts: several can be frozen and taken at once',
      ]),
    );
  });

  it('a wage execution without known wages stays capped, and says why', () => {
    const risk = assessEscalationRisk(riskCase({ noticeKind: 'wage_execution_notice', exposure: NO_EXPOSURE }));
    expect(risk.mechanisms.wage_garnishment.score).toBe(15);
    expect(risk.mechanisms.wage_garnishment.reasons).toContain('no W-2 wages known');
  });

  it('a proposed assessment just received is low everywhere', () => {
    const risk = assessEscalationRisk(riskCase({ noticeKind: 'proposed_assessment', asOf: '2026-03-03' }));
    expect(risk.level).toBe('low');
  });

  it('a passed hard deadline adds urgency and says so', () => {
    const risk = assessEscalationRisk(riskCase({ nextHardDeadline: '2026-03-07' }));
    expect(risk.mechanisms.refund_offset.reasons).toContain('hard deadline 2026-03-07 passed 3 days ago');
    const soon = assessEscalationRisk(riskCase({ nextHardDeadline: '2026-03-12' }));
    expect(soon.mechanisms.lien.reasons).toContain('hard deadline 2026-03-12 in 2 days');
  });
});

describe('scenario: a proposed assessment', () => {
  it('stays capped while it can be protested, and says why', () => {
    const risk = assessEscalationRisk(riskCase({ noticeKind: 'proposed_assessment', asOf: '2026-04-20' }));
    expect(risk.score).toBeLessThanOrEqual(20);
    expect(risk.mechanisms.refund_offset.reasons[0]).toBe(
      'a proposed assessment is not final while it can be protested (until 2026-05-01), so collection has not started',
    );
  });

  it('is scored like any final balance once the protest window has closed', () => {
    const risk = assessEscalationRisk(riskCase({ noticeKind: 'proposed_assessment', asOf: '2026-05-02' }));
    expect(risk.score).toBeGreaterThan(20);
  });
});
