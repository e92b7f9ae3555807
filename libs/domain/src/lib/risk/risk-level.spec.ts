import { effectiveRules } from '../rules/effective-rules';
import { riskLevelFor } from './risk-level';

describe('riskLevelFor', () => {
  it('uses low < 25 ≤ elevated < 50 ≤ high < 75 ≤ critical', () => {
    expect([0, 24, 25, 49, 50, 74, 75, 100].map((score) => riskLevelFor(score))).toEqual([
      'low',
      'low',
      'elevated',
      'elevated',
      'high',
      'high',
      'critical',
      'critical',
    ]);
  });

  it('follows the firm thresholds', () => {
    const rules = effectiveRules({ general: { risk: { levelThresholds: { value: { elevated: 10, high: 20, critical: 30 } } } } });
    expect(riskLevelFor(30, rules)).toBe('critical');
  });
});
