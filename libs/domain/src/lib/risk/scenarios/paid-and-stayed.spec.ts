import { RISK_MECHANISMS } from '../../vocabulary/vocabulary';
import { assessEscalationRisk } from '../escalation-risk';
import { FULL_EXPOSURE, riskCase } from '../risk.fixtures';

describe('scenario: paid, planned, protested or in bankruptcy', () => {
  it('a paid notice scores 0 everywhere', () => {
    const risk = assessEscalationRisk(riskCase({ noticeKind: 'levy_notice', responseStatus: 'paid', asOf: '2027-03-10' }));
    expect(risk.score).toBe(0);
    expect(risk.level).toBe('low');
    for (const mechanism of RISK_MECHANISMS) {
      expect(risk.mechanisms[mechanism]).toEqual({ mechanism, score: 0, level: 'low', reasons: ['paid: no enforcement expected'] });
    }
  });

  it('the bankruptcy stay damps every tool', () => {
    const open = assessEscalationRisk(riskCase({ noticeKind: 'levy_notice', asOf: '2026-06-10' }));
    const stayed = assessEscalationRisk(riskCase({ noticeKind: 'levy_notice', asOf: '2026-06-10', exposure: { ...FULL_EXPOSURE, inBankruptcy: true } }));
    expect(stayed.score).toBeLessThan(open.score / 5);
    expect(stayed.mechanisms.bank_levy.reasons).toContain('in bankruptcy: the automatic stay pauses enforcement (11 U.S.C. §362)');
  });

  it('an active plan lowers the risk, a defaulted plan raises it', () => {
    const none = assessEscalationRisk(riskCase({ asOf: '2026-05-10' })).score;
    const active = assessEscalationRisk(riskCase({ asOf: '2026-05-10', responseStatus: 'plan_active' })).score;
    const defaulted = assessEscalationRisk(riskCase({ asOf: '2026-05-10', responseStatus: 'plan_defaulted' })).score;
    expect(active).toBeLessThan(none);
    expect(defaulted).toBeGreaterThan(none);
  });
});
