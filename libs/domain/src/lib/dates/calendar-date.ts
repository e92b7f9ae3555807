import { DomainValidationError } from '../errors/domain-validation-error';

/**
 * A calendar day as `YYYY-MM-DD` (an America/New_York calendar day: notice dates, due dates, deadlines).
 *
 * Internally a day is an integer "day number" (days since 1970-01-01) computed from the date parts alone
 * with the proleptic Gregorian calendar (Howard Hinnant's civil-from-days algorithms). No `Date` object and
 * no timezone is involved, so no environment can shift a day.
 */
export type IsoDate = string;

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getUTCDay`. */
export type DayOfWeek = 0 | 1 | 2 | 3 | 4 | 5 | 6;

// Years outside this range are almost certainly typing errors in a tax case, and keeping the range small
// makes every date a safe small integer.
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const HYPHEN = 45;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
}

/** Day number of a Gregorian date (days since 1970-01-01). */
export function dayNumberFromParts(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The year, month (1–12) and day of a day number. */
export function partsFromDayNumber(dayNumber: number): [year: number, month: number, day: number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return [year, month, day];
}

/**
 * `year × 12 + (month − 1)` of a day number: the month a day falls in, without allocating the parts array
 * (the accrual hot path asks this once per quote).
 */
export function monthIndexOfDayNumber(dayNumber: number): number {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}

function twoDigits(value: number): string {
  return value < 10 ? `0${value}` : `${value}`;
}

export function isoDateFromParts(year: number, month: number, day: number): IsoDate {
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}

const FIRST_CACHED_DAY = dayNumberFromParts(MIN_YEAR, 1, 1);
const LAST_CACHED_DAY = dayNumberFromParts(MAX_YEAR, 12, 31);
/**
 * Formatted dates by day number, filled on first use: month rows and deadlines keep formatting the same
 * days. Bounded by the accepted date range (about 110,000 days), so it cannot grow without limit.
 */
const DATE_TEXT = new Map<number, IsoDate>();

export function isoDateFromDayNumber(dayNumber: number): IsoDate {
  const cached = DATE_TEXT.get(dayNumber);
  if (cached !== undefined) return cached;
  const [year, month, day] = partsFromDayNumber(dayNumber);
  const text = isoDateFromParts(year, month, day);
  if (dayNumber >= FIRST_CACHED_DAY && dayNumber <= LAST_CACHED_DAY) DATE_TEXT.set(dayNumber, text);
  return text;
}

function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= DIGIT_0 && code <= DIGIT_9 ? code - DIGIT_0 : -1;
}

/**
 * The day number of a `YYYY-MM-DD` string, or `undefined` when it is not a real calendar date in range.
 * Hand-rolled rather than a regular expression because the api calls it for every date of every notice.
 */
export function tryDayNumber(value: unknown): number | undefined {
  if (typeof value !== 'string' || value.length !== 10) return undefined;
  if (value.charCodeAt(4) !== HYPHEN || value.charCodeAt(7) !== HYPHEN) return undefined;
  const y0 = digitAt(value, 0);
  const y1 = digitAt(value, 1);
  const y2 = digitAt(value, 2);
  const y3 = digitAt(value, 3);
  const m0 = digitAt(value, 5);
  const m1 = digitAt(value, 6);
  const d0 = digitAt(value, 8);
  const d1 = digitAt(value, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return undefined;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return dayNumberFromParts(year, month, day);
}

export function isIsoDate(value: unknown): value is IsoDate {
  return tryDayNumber(value) !== undefined;
}

/** Validates a calendar date input and returns its day number; throws naming `field` otherwise. */
export function dayNumberOf(value: unknown, field: string): number {
  const dayNumber = tryDayNumber(value);
  if (dayNumber === undefined) {
    throw new DomainValidationError(
      field,
      `must be a calendar date written YYYY-MM-DD between ${MIN_YEAR} and ${MAX_YEAR}`,
    );
  }
  return dayNumber;
}

/** Validates a calendar date input and returns it unchanged (typed). */
export function parseIsoDate(value: unknown, field = 'date'): IsoDate {
  dayNumberOf(value, field);
  return value as IsoDate;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return isoDateFromDayNumber(dayNumberOf(date, 'date') + days);
}

/**
 * Day number `months` calendar months after a day number, keeping the day of month and clamping it to the
 * last day of a shorter month (Jan 31 + 1 month = Feb 28 or 29). Always computed from the original day,
 * never chained, so Jan 31 + 2 months is Mar 31.
 */
export function addMonthsToDayNumber(dayNumber: number, months: number): number {
  const [year, month, day] = partsFromDayNumber(dayNumber);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return dayNumberFromParts(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** `months` calendar months after `date`, clamped to the end of a shorter month. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return isoDateFromDayNumber(addMonthsToDayNumber(dayNumberOf(date, 'date'), months));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function diffInDays(from: IsoDate, to: IsoDate): number {
  return dayNumberOf(to, 'to') - dayNumberOf(from, 'from');
}

export function dayOfWeekOfDayNumber(dayNumber: number): DayOfWeek {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber + 4) % 7) + 7) % 7) as DayOfWeek;
}

export function dayOfWeek(date: IsoDate): DayOfWeek {
  return dayOfWeekOfDayNumber(dayNumberOf(date, 'date'));
}

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export function dayName(dayOfWeekValue: DayOfWeek): (typeof DAY_NAMES)[number] {
  return DAY_NAMES[dayOfWeekValue];
}

/** Negative, zero or positive as `a` is before, on or after `b` (valid ISO dates compare as strings). */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function yearOfDayNumber(dayNumber: number): number {
  return partsFromDayNumber(dayNumber)[0];
}
