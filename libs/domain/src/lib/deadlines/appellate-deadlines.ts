import { dayNumberOf, type IsoDate } from '../dates/calendar-date';
import { holidayScope } from '../holidays/business-days';
import type { RuleTables } from '../rules/rule-types';
import type { TaxType } from '../vocabulary/vocabulary';
import { buildDeadline, byDueDate, type Deadline } from './deadline';
import { optionalTaxType, rulesOrDefault } from './input-validation';

export interface AppellateDecisionInput {
  /** The date the Appellate Division mailed its determination. */
  readonly decisionDate: IsoDate;
  readonly taxType?: TaxType | null;
  readonly rules?: RuleTables | null;
}

/**
 * After an Appellate Division determination: the day it becomes final (one month, §12-729(d), not moved)
 * and the last day to appeal to the Superior Court (30 calendar days, rolled per §12-39a). Both are shown
 * because the sources disagree; file by the earlier.
 */
export function deadlinesForAppellateDecision(input: AppellateDecisionInput): Deadline[] {
  const rules = rulesOrDefault(input.rules);
  const decisionDay = dayNumberOf(input.decisionDate, 'decisionDate');
  const scope = holidayScope({ taxType: optionalTaxType(input.taxType), rules });
  return [rules.general.appeals.appellateDecisionFinal, rules.general.appeals.superiorCourtAppeal]
    .map((row) => buildDeadline({ row, scope, basisDayNumber: decisionDay }))
    .sort(byDueDate);
}
