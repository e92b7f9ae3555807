import { DEFAULT_RULES } from '../rules/default-rules';
import type { RuleTables } from '../rules/rule-types';
import type { RiskLevel } from '../vocabulary/vocabulary';

/** low < elevated ≤ … by the firm's thresholds (default 25 / 50 / 75). */
export function riskLevelFor(score: number, rules: RuleTables = DEFAULT_RULES): RiskLevel {
  const { elevated, high, critical } = rules.general.risk.levelThresholds.value;
  if (score >= critical) return 'critical';
  if (score >= high) return 'high';
  if (score >= elevated) return 'elevated';
  return 'low';
}
