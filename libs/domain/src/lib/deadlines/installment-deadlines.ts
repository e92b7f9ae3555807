import { addMonthsToDayNumber, dayNumberOf, type IsoDate } from '../dates/calendar-date';
import { DomainValidationError } from '../errors/domain-validation-error';
import { holidayScope } from '../holidays/business-days';
import type { RuleTables } from '../rules/rule-types';
import type { TaxType } from '../vocabulary/vocabulary';
import { buildDeadline, describeDeadlineRule, type Deadline } from './deadline';
import { optionalTaxType, rulesOrDefault } from './input-validation';

export interface InstallmentDeadlinesInput {
  /** The first payment's date; later payments fall on the same day of each following month. */
  readonly startDate: IsoDate;
  readonly months: number;
  readonly taxType?: TaxType | null;
  readonly rules?: RuleTables | null;
}

/** Checks a plan length against the installment term rule (2–12 months by default). */
export function requirePlanMonths(months: unknown, rules: RuleTables, field = 'months'): number {
  const { min, max } = rules.general.installmentPlan.termMonths.value;
  if (typeof months !== 'number' || !Number.isInteger(months) || months < min || months > max) {
    throw new DomainValidationError(field, `must be a whole number of months from ${min} to ${max}`);
  }
  return months;
}

/**
 * One hard deadline per scheduled installment: monthly on the start date's day of month, clamped to the end
 * of shorter months (Jan 31 → Feb 28 → Mar 31), each counted from the start date so clamping never drifts.
 * Agreement dates are not moved off weekends; such a date carries a note to pay the business day before.
 */
export function installmentPaymentDeadlines(input: InstallmentDeadlinesInput): Deadline[] {
  const rules = rulesOrDefault(input.rules);
  const startDay = dayNumberOf(input.startDate, 'startDate');
  const months = requirePlanMonths(input.months, rules);
  const scope = holidayScope({ taxType: optionalTaxType(input.taxType), rules });
  const row = rules.general.installmentPayment;
  const deadlines: Deadline[] = [];
  for (let index = 0; index < months; index += 1) {
    deadlines.push(
      buildDeadline({
        row,
        scope,
        basisDayNumber: startDay,
        computedDayNumber: addMonthsToDayNumber(startDay, index * row.value.count),
        ruleText: `Installment payment ${index + 1} of ${months} — ${describeDeadlineRule(row, false)}`,
      }),
    );
  }
  return deadlines;
}
