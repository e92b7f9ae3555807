import { DEFAULT_RULES } from './default-rules';
import { deepFreeze } from './deep-freeze';
import { mergeOverrides } from './merge-overrides';
import type { RuleOverrides, RuleTables } from './rule-types';
import { validateRuleTables } from './validate-rule-tables';

/**
 * The rules a firm works under: the Connecticut defaults with the firm's overrides deep-merged in and
 * validated. The result is frozen; pass it as `rules` to the calculations. Changed rows carry
 * `overridden: true` so the user can see a number came from a firm setting rather than the default.
 *
 * Throws DomainValidationError naming the override path (e.g. `rules.taxTypes.sales.latePaymentPenalty.value.rate`).
 */
export function effectiveRules(overrides?: RuleOverrides | null): RuleTables {
  if (overrides === undefined || overrides === null) return DEFAULT_RULES;
  const merged = mergeOverrides(DEFAULT_RULES, overrides, 'rules') as RuleTables;
  validateRuleTables(merged);
  return deepFreeze(merged);
}
