import { DomainValidationError } from '../errors/domain-validation-error';
import { RISK_MECHANISMS } from '../vocabulary/vocabulary';
import { assessEscalationRisk } from './escalation-risk';
import { FULL_EXPOSURE, riskCase } from './risk.fixtures';
import type { EscalationRiskInput } from './risk-types';

describe('assessEscalationRisk', () => {
  it('scores every mechanism 0–100 as an integer with at least one reason', () => {
    const risk = assessEscalationRisk(riskCase());
    expect(Object.keys(risk.mechanisms)).toEqual([...RISK_MECHANISMS]);
    for (const mechanism of RISK_MECHANISMS) {
      const { score, reasons } = risk.mechanisms[mechanism];
      expect(Number.isInteger(score)).toBe(true);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(100);
      expect(reasons.length).toBeGreaterThan(0);
    }
    expect(risk.rulesApplied.map((rule) => rule.id)).toEqual([
      'enforcement.warrant_after_days',
      'enforcement.warrant_served_by',
      'enforcement.bankruptcy_stay',
      'risk.level_thresholds',
    ]);
  });

  it.each([
    [{ asOf: '2026-03-01' }, 'asOf', 'must not be before noticeDate'],
    [{ noticeKind: 'letter' }, 'noticeKind', expect.any(String)],
    [{ noticeDate: '2026-02-30' }, 'noticeDate', expect.any(String)],
    [{ nextHardDeadline: 'friday' }, 'nextHardDeadline', expect.any(String)],
    [{ balance: '1,000' }, 'balance', expect.any(String)],
    [{ responseStatus: 'ignored' }, 'responseStatus', expect.any(String)],
    [{ exposure: null }, 'exposure', 'must be an object'],
    [{ exposure: { ...FULL_EXPOSURE, hasW2Wages: 'yes' } }, 'exposure.hasW2Wages', 'must be true or false'],
    [{ exposure: { ...FULL_EXPOSURE, knownBankAccounts: -1 } }, 'exposure.knownBankAccounts', expect.any(String)],
    [{ exposure: { ...FULL_EXPOSURE, employerName: 7 } }, 'exposure.employerName', 'must be text'],
  ])('refuses %j naming %s', (change, field, message) => {
    const run = () => assessEscalationRisk({ ...riskCase(), ...change } as unknown as EscalationRiskInput);
    expect(run).toThrow(DomainValidationError);
    expect(run).toThrow(expect.objectContaining({ field, message }));
  });
});
