import {
  dayNumberFromParts,
  dayOfWeekOfDayNumber,
  daysInMonth,
  isoDateFromDayNumber,
  type IsoDate,
} from '../dates/calendar-date';
import { DomainValidationError } from '../errors/domain-validation-error';
import { DEFAULT_RULES } from '../rules/default-rules';
import type { HolidayObservanceValue, RuleTables } from '../rules/rule-types';
import { easterSundayDayNumber } from './easter';

/** `ct`: Conn. Gen. Stat. §1-4. `irs`: IRC §7503 legal holidays (those of the District of Columbia). */
export type HolidayCalendar = 'ct' | 'irs';

export interface LegalHoliday {
  readonly date: IsoDate;
  readonly name: string;
  /** True when this is the weekday a weekend holiday is observed on, not the holiday's own date. */
  readonly observed: boolean;
  readonly calendar: HolidayCalendar;
}

interface HolidayDefinition {
  readonly name: string;
  /** Day number of the holiday in `year`, or undefined when it does not occur that year. */
  readonly on: (year: number) => number | undefined;
  /** Only holidays on a fixed date move off a weekend (§1-4: "not designated to occur on Monday"). */
  readonly fixedDate: boolean;
  /** Inauguration Day moves to Monday when on a Sunday but never to Friday (D.C. Code §1-612.02). */
  readonly sundayOnly?: boolean;
  /**
   * The first year the holiday is in force. A holiday applied to years before its enactment moves an old
   * period's deadline a day later than the law allowed then, so every holiday that was added says when.
   */
  readonly firstYear?: number;
}

const fixed = (month: number, day: number) => (year: number) => dayNumberFromParts(year, month, day);

/** The `nth` (1-based) given weekday of a month; `nth` = -1 for the last. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
  if (nth > 0) {
    const first = dayNumberFromParts(year, month, 1);
    const offset = (weekday - dayOfWeekOfDayNumber(first) + 7) % 7;
    return first + offset + (nth - 1) * 7;
  }
  const lastDay = dayNumberFromParts(year, month, daysInMonth(year, month));
  return lastDay - ((dayOfWeekOfDayNumber(lastDay) - weekday + 7) % 7);
}

const MONDAY = 1;
const THURSDAY = 4;

const NEW_YEARS_DAY: HolidayDefinition = { name: "New Year's Day", on: fixed(1, 1), fixedDate: true };
const WASHINGTONS_BIRTHDAY: HolidayDefinition = { name: "Washington's Birthday", on: (y) => nthWeekday(y, 2, MONDAY, 3), fixedDate: false };
const MEMORIAL_DAY: HolidayDefinition = { name: 'Memorial Day', on: (y) => nthWeekday(y, 5, MONDAY, -1), fixedDate: false };
// Connecticut: P.A. 22-128, effective October 1, 2022, so June 19, 2023 is the first. Federal and D.C.: the
// Juneteenth National Independence Day Act (Pub. L. 117-17, June 17, 2021), observed Friday June 18, 2021.
const CT_JUNETEENTH: HolidayDefinition = { name: 'Juneteenth Independence Day', on: fixed(6, 19), fixedDate: true, firstYear: 2023 };
const FEDERAL_JUNETEENTH: HolidayDefinition = { name: 'Juneteenth National Independence Day', on: fixed(6, 19), fixedDate: true, firstYear: 2021 };
const INDEPENDENCE_DAY: HolidayDefinition = { name: 'Independence Day', on: fixed(7, 4), fixedDate: true };
const LABOR_DAY: HolidayDefinition = { name: 'Labor Day', on: (y) => nthWeekday(y, 9, MONDAY, 1), fixedDate: false };
const COLUMBUS_DAY: HolidayDefinition = { name: 'Columbus Day', on: (y) => nthWeekday(y, 10, MONDAY, 2), fixedDate: false };
const VETERANS_DAY: HolidayDefinition = { name: "Veterans' Day", on: fixed(11, 11), fixedDate: true };
const THANKSGIVING: HolidayDefinition = { name: 'Thanksgiving Day', on: (y) => nthWeekday(y, 11, THURSDAY, 4), fixedDate: false };
const CHRISTMAS: HolidayDefinition = { name: 'Christmas Day', on: fixed(12, 25), fixedDate: true };
// The first Monday on or after January 15 (§1-4) is the same day as the federal third Monday of January.
const MLK_DAY: HolidayDefinition = { name: 'Martin Luther King Jr. Day', on: (y) => nthWeekday(y, 1, MONDAY, 3), fixedDate: false };

/** Conn. Gen. Stat. §1-4. */
const CONNECTICUT: readonly HolidayDefinition[] = [
  NEW_YEARS_DAY,
  MLK_DAY,
  { name: 'Lincoln Day', on: fixed(2, 12), fixedDate: true },
  WASHINGTONS_BIRTHDAY,
  // A day "appointed or recommended by the Governor … as a day of … fasting or religious observance".
  { name: 'Good Friday', on: (y) => easterSundayDayNumber(y) - 2, fixedDate: false },
  MEMORIAL_DAY,
  CT_JUNETEENTH,
  INDEPENDENCE_DAY,
  LABOR_DAY,
  COLUMBUS_DAY,
  VETERANS_DAY,
  THANKSGIVING,
  CHRISTMAS,
];

/** IRC §7503 → legal holidays in the District of Columbia (D.C. Code §1-612.02). */
const DISTRICT_OF_COLUMBIA: readonly HolidayDefinition[] = [
  NEW_YEARS_DAY,
  MLK_DAY,
  {
    name: 'Inauguration Day',
    on: (y) => ((y - 1965) % 4 === 0 ? dayNumberFromParts(y, 1, 20) : undefined),
    fixedDate: true,
    sundayOnly: true,
  },
  WASHINGTONS_BIRTHDAY,
  // A D.C. legal holiday from 2005 (D.C. Law 15-240, the District of Columbia Emancipation Day Amendment Act).
  { name: 'D.C. Emancipation Day', on: fixed(4, 16), fixedDate: true, firstYear: 2005 },
  MEMORIAL_DAY,
  FEDERAL_JUNETEENTH,
  INDEPENDENCE_DAY,
  LABOR_DAY,
  COLUMBUS_DAY,
  VETERANS_DAY,
  THANKSGIVING,
  CHRISTMAS,
];

const SATURDAY = 6;
const SUNDAY = 0;

function holidaysOfDefinitions(
  definitions: readonly HolidayDefinition[],
  year: number,
  observance: HolidayObservanceValue,
  calendar: HolidayCalendar,
): LegalHoliday[] {
  const holidays: Array<{ dayNumber: number; name: string; observed: boolean }> = [];
  // Next year's New Year's Day on a Saturday is observed on this year's December 31.
  for (const definitionYear of [year, year + 1]) {
    for (const definition of definitions) {
      if (definition.firstYear !== undefined && definitionYear < definition.firstYear) continue;
      const dayNumber = definition.on(definitionYear);
      if (dayNumber === undefined) continue;
      if (definitionYear === year) holidays.push({ dayNumber, name: definition.name, observed: false });
      if (!definition.fixedDate) continue;
      const weekday = dayOfWeekOfDayNumber(dayNumber);
      if (weekday === SUNDAY && observance.observeSundayHolidayOnMonday) {
        holidays.push({ dayNumber: dayNumber + 1, name: `${definition.name} (observed)`, observed: true });
      } else if (weekday === SATURDAY && observance.observeSaturdayHolidayOnFriday && !definition.sundayOnly) {
        holidays.push({ dayNumber: dayNumber - 1, name: `${definition.name} (observed)`, observed: true });
      }
    }
  }
  const first = dayNumberFromParts(year, 1, 1);
  const last = dayNumberFromParts(year, 12, 31);
  return holidays
    .filter((holiday) => holiday.dayNumber >= first && holiday.dayNumber <= last)
    .sort((a, b) => a.dayNumber - b.dayNumber)
    .map((holiday) =>
      Object.freeze({ date: isoDateFromDayNumber(holiday.dayNumber), name: holiday.name, observed: holiday.observed, calendar }),
    );
}

/** Holidays of one calendar and year keyed by day number, cached per observance setting. */
type HolidayIndex = ReadonlyMap<number, string>;

const listCache = new WeakMap<HolidayObservanceValue, Map<string, readonly LegalHoliday[]>>();
const indexCache = new WeakMap<HolidayObservanceValue, Map<string, HolidayIndex>>();

function cachedList(calendar: HolidayCalendar, year: number, rules: RuleTables): readonly LegalHoliday[] {
  const observance =
    calendar === 'ct' ? rules.general.calendar.ctLegalHolidays.value : rules.general.calendar.irsLegalHolidays.value;
  let byYear = listCache.get(observance);
  if (!byYear) {
    byYear = new Map();
    listCache.set(observance, byYear);
  }
  const key = `${calendar}:${year}`;
  let list = byYear.get(key);
  if (!list) {
    list = Object.freeze(
      holidaysOfDefinitions(calendar === 'ct' ? CONNECTICUT : DISTRICT_OF_COLUMBIA, year, observance, calendar),
    );
    byYear.set(key, list);
  }
  return list;
}

/**
 * The day-number index of a calendar's holidays in a year (names joined when two fall on one day). Built
 * once per year and observance setting, so checking a deadline costs a map lookup.
 */
export function holidayIndex(calendar: HolidayCalendar, year: number, rules: RuleTables = DEFAULT_RULES): HolidayIndex {
  const observance =
    calendar === 'ct' ? rules.general.calendar.ctLegalHolidays.value : rules.general.calendar.irsLegalHolidays.value;
  let byYear = indexCache.get(observance);
  if (!byYear) {
    byYear = new Map();
    indexCache.set(observance, byYear);
  }
  const key = `${calendar}:${year}`;
  let index = byYear.get(key);
  if (!index) {
    const built = new Map<number, string>();
    for (const holiday of cachedList(calendar, year, rules)) {
      const dayNumber = dayNumberFromParts(
        Number(holiday.date.slice(0, 4)),
        Number(holiday.date.slice(5, 7)),
        Number(holiday.date.slice(8, 10)),
      );
      const existing = built.get(dayNumber);
      built.set(dayNumber, existing ? `${existing} and ${holiday.name}` : holiday.name);
    }
    index = built;
    byYear.set(key, index);
  }
  return index;
}

function validYear(year: number): number {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) {
    throw new DomainValidationError('year', 'must be a whole year from 1900 to 2199');
  }
  return year;
}

/** Connecticut legal holidays of a year (§1-4), with weekend observances, in date order. */
export function connecticutLegalHolidays(year: number, rules: RuleTables = DEFAULT_RULES): readonly LegalHoliday[] {
  return cachedList('ct', validYear(year), rules);
}

/** IRS legal holidays of a year (IRC §7503: District of Columbia holidays), in date order. */
export function irsLegalHolidays(year: number, rules: RuleTables = DEFAULT_RULES): readonly LegalHoliday[] {
  return cachedList('irs', validYear(year), rules);
}
