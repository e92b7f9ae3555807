import {
  dayNumberFromParts,
  dayNumberOf,
  daysInMonth,
  isoDateFromDayNumber,
  type IsoDate,
} from '../dates/calendar-date';
import { DomainValidationError } from '../errors/domain-validation-error';
import type { Citation, ReturnDueRule, RuleTables } from '../rules/rule-types';
import type { TaxType } from '../vocabulary/vocabulary';
import { monthSpanOf } from '../poa/poa-periods';
import type { TaxPeriod } from '../poa/poa-types';
import { requireTaxType, rulesOrDefault } from './input-validation';

/** The assumed date and the rule row it came from, so the case can say why. */
export interface AssumedTaxDueDate {
  readonly dueDate: IsoDate;
  readonly ruleId: string;
  readonly citation: Citation;
}

export interface AssumedTaxDueDateInput {
  readonly taxType: TaxType;
  readonly periods: readonly TaxPeriod[];
  readonly noticeDate: IsoDate;
  readonly rules?: RuleTables | null;
}

function periodEndMonthIndex(
  period: TaxPeriod,
  index: number,
): { monthIndex: number; length: 'annual' | 'quarterly' | 'monthly' } {
  const field = `periods[${index}]`;
  if (!Number.isInteger(period?.year) || period.year < 1900 || period.year > 2199) {
    throw new DomainValidationError(`${field}.year`, 'must be a whole year from 1900 to 2199');
  }
  const hasMonth = period.month !== undefined && period.month !== null;
  const hasQuarter = period.quarter !== undefined && period.quarter !== null;
  if (hasMonth && hasQuarter) throw new DomainValidationError(field, 'must give a quarter or a month, not both');
  if (hasMonth && (!Number.isInteger(period.month) || (period.month as number) < 1 || (period.month as number) > 12)) {
    throw new DomainValidationError(`${field}.month`, 'must be a month from 1 to 12');
  }
  if (hasQuarter && ![1, 2, 3, 4].includes(period.quarter as number)) {
    throw new DomainValidationError(`${field}.quarter`, 'must be 1, 2, 3 or 4');
  }
  // The period's last month, counted the one way every period is (poa-periods' month spans).
  // (A JSON null stands for "not given", as the api's validators let it through.)
  const monthIndex = monthSpanOf({
    year: period.year,
    ...(hasQuarter ? { quarter: period.quarter } : {}),
    ...(hasMonth ? { month: period.month } : {}),
  }).last;
  return { monthIndex, length: hasMonth ? 'monthly' : hasQuarter ? 'quarterly' : 'annual' };
}

function dueDayNumber(endMonthIndex: number, rule: ReturnDueRule): number {
  const target = endMonthIndex + rule.monthsAfterPeriodEnd;
  const year = Math.floor(target / 12);
  const month = target - year * 12 + 1;
  const last = daysInMonth(year, month);
  return dayNumberFromParts(year, month, rule.day === 'last' ? last : Math.min(rule.day, last));
}

/** The statutory due date of one period's return and tax, by the tax type's `return_due_date` row. */
export function returnDueDate(taxType: TaxType, period: TaxPeriod, rules?: RuleTables | null): IsoDate {
  const table = rulesOrDefault(rules).taxTypes[requireTaxType(taxType)].returnDueDate.value;
  const { monthIndex, length } = periodEndMonthIndex(period, 0);
  return isoDateFromDayNumber(dueDayNumber(monthIndex, table[length]));
}

/**
 * The due date a case assumes when the notice does not print it: penalty and interest run from it, so the
 * earliest period's (the longest time, so the balance is never understated), by the tax type's return
 * schedule — and never after the notice date, since the tax was due by the time DRS billed it.
 */
export function assumedTaxDueDate(input: AssumedTaxDueDateInput): AssumedTaxDueDate {
  const taxType = requireTaxType(input.taxType);
  const row = rulesOrDefault(input.rules).taxTypes[taxType].returnDueDate;
  const table = row.value;
  const noticeDay = dayNumberOf(input.noticeDate, 'noticeDate');
  if (!Array.isArray(input.periods)) throw new DomainValidationError('periods', 'must be a list of periods');
  let earliest = noticeDay;
  input.periods.forEach((period, index) => {
    const { monthIndex, length } = periodEndMonthIndex(period, index);
    earliest = Math.min(earliest, dueDayNumber(monthIndex, table[length]));
  });
  return { dueDate: isoDateFromDayNumber(earliest), ruleId: row.id, citation: row.citation };
}
