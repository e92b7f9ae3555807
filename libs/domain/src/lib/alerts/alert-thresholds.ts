import { rulesOrDefault } from '../deadlines/input-validation';
import type { RuleTables } from '../rules/rule-types';

/** The numbers the sweep's alerts use, read from one firm's rule tables (so an override changes them all). */
export interface AlertThresholds {
  /** Ascending, without repeats: the tightest reached is the alert's threshold. */
  readonly hardDeadlineDays: readonly number[];
  readonly staleAfterDays: number;
  readonly possibleScamUntouchedDays: number;
  readonly poaRenewalLeadDays: number;
  /** The rows they came from. */
  readonly ruleIds: readonly string[];
}

export function alertThresholds(rules?: RuleTables | null): AlertThresholds {
  const { alerts, poa } = rulesOrDefault(rules).general;
  return {
    hardDeadlineDays: [...new Set(alerts.hardDeadlineDays.value)].sort((a, b) => a - b),
    staleAfterDays: alerts.staleAfterDays.value,
    possibleScamUntouchedDays: alerts.possibleScamUntouchedDays.value,
    poaRenewalLeadDays: poa.renewalLeadDays.value,
    ruleIds: [
      alerts.hardDeadlineDays.id,
      alerts.staleAfterDays.id,
      alerts.possibleScamUntouchedDays.id,
      poa.renewalLeadDays.id,
    ],
  };
}

/** The alert threshold a deadline `daysLeft` away has reached (the tightest), or undefined when none. */
export function hardDeadlineThreshold(daysLeft: number, thresholds: AlertThresholds): number | undefined {
  if (daysLeft < 0) return undefined;
  return thresholds.hardDeadlineDays.find((days) => daysLeft <= days);
}
