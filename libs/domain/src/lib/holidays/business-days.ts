import {
  dayName,
  dayNumberOf,
  dayOfWeekOfDayNumber,
  isoDateFromDayNumber,
  tryDayNumber,
  yearOfDayNumber,
  type IsoDate,
} from '../dates/calendar-date';
import { DEFAULT_RULES } from '../rules/default-rules';
import type { AdditionalClosure, RuleTables } from '../rules/rule-types';
import type { TaxType } from '../vocabulary/vocabulary';
import { holidayIndex } from './legal-holidays';

export interface BusinessDayOptions {
  /** Income tax and individual use tax also skip IRS legal holidays (§12-39a(b)); others only §1-4's. */
  readonly taxType?: TaxType;
  readonly rules?: RuleTables;
}

/** Which holiday calendars apply: Connecticut always, the IRS's too where §12-39a(b) says so. */
export interface HolidayScope {
  readonly rules: RuleTables;
  readonly includeIrs: boolean;
  /** The rule rows that decide which days are business days for this scope. */
  readonly ruleIds: readonly string[];
}

export function holidayScope(options: BusinessDayOptions = {}): HolidayScope {
  const rules = options.rules ?? DEFAULT_RULES;
  const calendar = rules.general.calendar;
  const taxTypeRow = options.taxType === undefined ? undefined : rules.taxTypes[options.taxType].irsHolidaysCount;
  const includeIrs = taxTypeRow?.value === true;
  const ruleIds = [calendar.weekendHolidayRoll.id, calendar.ctLegalHolidays.id, calendar.additionalClosures.id];
  if (taxTypeRow) ruleIds.push(taxTypeRow.id);
  if (includeIrs) ruleIds.push(calendar.irsLegalHolidays.id);
  return { rules, includeIrs, ruleIds };
}

const closureCache = new WeakMap<readonly AdditionalClosure[], ReadonlyMap<number, string>>();

function closureIndex(closures: readonly AdditionalClosure[]): ReadonlyMap<number, string> {
  let index = closureCache.get(closures);
  if (!index) {
    const built = new Map<number, string>();
    for (const closure of closures) {
      const dayNumber = tryDayNumber(closure.date);
      if (dayNumber !== undefined) built.set(dayNumber, closure.name);
    }
    index = built;
    closureCache.set(closures, index);
  }
  return index;
}

/** Why a day is not a business day, in plain English; undefined when it is one. */
export function nonBusinessDayReason(dayNumber: number, scope: HolidayScope): string | undefined {
  const weekday = dayOfWeekOfDayNumber(dayNumber);
  const year = yearOfDayNumber(dayNumber);
  const reasons: string[] = [];
  if (weekday === 0 || weekday === 6) reasons.push(`a ${dayName(weekday)}`);
  const ctHoliday = holidayIndex('ct', year, scope.rules).get(dayNumber);
  if (ctHoliday) reasons.push(`${ctHoliday}, a Connecticut legal holiday (Conn. Gen. Stat. §1-4)`);
  if (scope.includeIrs) {
    const irsHoliday = holidayIndex('irs', year, scope.rules).get(dayNumber);
    if (irsHoliday && !ctHoliday) {
      reasons.push(`${irsHoliday}, an IRS legal holiday (IRC §7503, counted by Conn. Gen. Stat. §12-39a(b))`);
    }
  }
  const closure = closureIndex(scope.rules.general.calendar.additionalClosures.value).get(dayNumber);
  if (closure) reasons.push(`${closure} (a closure recorded by the firm)`);
  return reasons.length === 0 ? undefined : reasons.join(' and ');
}

/** A cheaper check for the hot path: no reason text is built. */
export function isBusinessDayNumber(dayNumber: number, scope: HolidayScope): boolean {
  const weekday = dayOfWeekOfDayNumber(dayNumber);
  if (weekday === 0 || weekday === 6) return false;
  const year = yearOfDayNumber(dayNumber);
  if (holidayIndex('ct', year, scope.rules).has(dayNumber)) return false;
  if (scope.includeIrs && holidayIndex('irs', year, scope.rules).has(dayNumber)) return false;
  return !closureIndex(scope.rules.general.calendar.additionalClosures.value).has(dayNumber);
}

export interface RolledDay {
  readonly dayNumber: number;
  readonly rolled: boolean;
  readonly reason?: string;
}

/**
 * §12-39a(a): an act whose final day falls on a Saturday, Sunday or legal holiday is timely on the next day
 * that is none of these. Saturday always counts as a non-business day (the statute names it), and a holiday
 * on a Saturday is also observed on the Friday before (§1-4), so that Friday rolls too.
 */
export function rollForwardDayNumber(dayNumber: number, scope: HolidayScope): RolledDay {
  if (isBusinessDayNumber(dayNumber, scope)) return { dayNumber, rolled: false };
  const firstReason = nonBusinessDayReason(dayNumber, scope) as string;
  const alsoSkipped: string[] = [];
  let candidate = dayNumber + 1;
  // A run of weekends, holidays and closures is never longer than a couple of weeks; the bound guards
  // against a firm recording an absurd list of closures.
  for (let guard = 0; guard < 60 && !isBusinessDayNumber(candidate, scope); guard += 1) {
    const weekday = dayOfWeekOfDayNumber(candidate);
    if (weekday !== 0 && weekday !== 6) {
      alsoSkipped.push(`${isoDateFromDayNumber(candidate)} (${nonBusinessDayReason(candidate, scope)})`);
    }
    candidate += 1;
  }
  const statute = scope.includeIrs ? 'Conn. Gen. Stat. §12-39a(a),(b)' : 'Conn. Gen. Stat. §12-39a(a)';
  const also = alsoSkipped.length > 0 ? `; ${alsoSkipped.join('; ')} is skipped too` : '';
  const reason =
    `${isoDateFromDayNumber(dayNumber)} is ${firstReason}${also}; the act is timely on ` +
    `${dayName(dayOfWeekOfDayNumber(candidate))} ${isoDateFromDayNumber(candidate)}, the next day that is not a ` +
    `Saturday, Sunday or legal holiday (${statute})`;
  return { dayNumber: candidate, rolled: true, reason };
}

/** Whether `date` is a day DRS is open for the tax type: not a weekend, legal holiday or recorded closure. */
export function isBusinessDay(date: IsoDate, options: BusinessDayOptions = {}): boolean {
  return isBusinessDayNumber(dayNumberOf(date, 'date'), holidayScope(options));
}

/** The legal holiday(s) on `date` for the tax type, or undefined. */
export function legalHolidayOn(date: IsoDate, options: BusinessDayOptions = {}): string | undefined {
  const dayNumber = dayNumberOf(date, 'date');
  const scope = holidayScope(options);
  const year = yearOfDayNumber(dayNumber);
  const names = [holidayIndex('ct', year, scope.rules).get(dayNumber)];
  if (scope.includeIrs) names.push(holidayIndex('irs', year, scope.rules).get(dayNumber));
  const unique = [...new Set(names.filter((name): name is string => name !== undefined))];
  return unique.length === 0 ? undefined : unique.join(' and ');
}

/** The first business day on or after `date`, with the reason when it moved (§12-39a). */
export function rollToBusinessDay(
  date: IsoDate,
  options: BusinessDayOptions = {},
): { readonly date: IsoDate; readonly rolled: boolean; readonly reason?: string } {
  const rolled = rollForwardDayNumber(dayNumberOf(date, 'date'), holidayScope(options));
  return {
    date: isoDateFromDayNumber(rolled.dayNumber),
    rolled: rolled.rolled,
    ...(rolled.reason ? { reason: rolled.reason } : {}),
  };
}
