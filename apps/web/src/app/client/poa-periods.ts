import { isYearRange, type PoaPeriod, type TaxPeriod } from '@nutmeg/contracts';

/**
 * The api's period vocabulary on this side of the wire: labels as the api writes them ("2024", "2024-Q3",
 * "2024-07", "2019–2024") and the calendar months a period stands for. The api decides coverage; the web
 * needs the same arithmetic only to mark grid cells an expired authorization used to cover (the grid itself
 * lists authorizations in force) and to read what a person types into the POA form.
 */
export interface MonthSpan {
  first: number;
  last: number;
}

export function monthSpanOf(period: PoaPeriod): MonthSpan {
  if (isYearRange(period)) return { first: period.fromYear * 12, last: period.toYear * 12 + 11 };
  if (period.month !== undefined) {
    const month = period.year * 12 + period.month - 1;
    return { first: month, last: month };
  }
  if (period.quarter !== undefined) {
    const first = period.year * 12 + (period.quarter - 1) * 3;
    return { first, last: first + 2 };
  }
  return { first: period.year * 12, last: period.year * 12 + 11 };
}

/** True when every month of `target` lies in at least one of `periods` (together, not necessarily one). */
export function periodsCover(periods: readonly PoaPeriod[], target: PoaPeriod): boolean {
  const goal = monthSpanOf(target);
  const spans = periods.map(monthSpanOf).sort((a, b) => a.first - b.first);
  let next = goal.first;
  for (const span of spans) {
    if (span.first > next) break;
    if (span.last >= next) next = span.last + 1;
  }
  return next > goal.last;
}

/** The api's label: "2024", "2024-Q3", "2024-07", "2019–2024". */
export function apiPeriodLabel(period: PoaPeriod): string {
  if (isYearRange(period))
    return period.fromYear === period.toYear ? String(period.fromYear) : `${period.fromYear}–${period.toYear}`;
  if (period.month !== undefined) return `${period.year}-${String(period.month).padStart(2, '0')}`;
  if (period.quarter !== undefined) return `${period.year}-Q${period.quarter}`;
  return String(period.year);
}

const YEAR = /^(\d{4})$/;
const RANGE = /^(\d{4})\s*[-–—]\s*(\d{4})$/;
const QUARTER = /^(\d{4})\s*-?\s*Q([1-4])$/i;
const QUARTER_FIRST = /^Q([1-4])\s*-?\s*(\d{4})$/i;
const MONTH = /^(\d{4})-(0?[1-9]|1[0-2])$/;

/** One period as a person types it: "2024", "2019-2024", "2024-Q3", "Q3 2024" or "2024-07"; null if unreadable. */
export function parsePeriod(text: string): PoaPeriod | null {
  const value = text.trim();
  let match = YEAR.exec(value);
  if (match) return { year: Number(match[1]) };
  match = RANGE.exec(value);
  if (match) return { fromYear: Number(match[1]), toYear: Number(match[2]) };
  match = QUARTER.exec(value);
  if (match) return { year: Number(match[1]), quarter: Number(match[2]) as TaxPeriod['quarter'] };
  match = QUARTER_FIRST.exec(value);
  if (match) return { year: Number(match[2]), quarter: Number(match[1]) as TaxPeriod['quarter'] };
  match = MONTH.exec(value);
  if (match) return { year: Number(match[1]), month: Number(match[2]) };
  return null;
}

/** "2019–2024, 2025-Q1" → periods, or the pieces that could not be read. */
export function parsePeriods(text: string): { periods: PoaPeriod[]; unreadable: string[] } {
  const pieces = text
    .split(/[,;]+/)
    .map((piece) => piece.trim())
    .filter(Boolean);
  const periods: PoaPeriod[] = [];
  const unreadable: string[] = [];
  for (const piece of pieces) {
    const period = parsePeriod(piece);
    if (period) periods.push(period);
    else unreadable.push(piece);
  }
  return { periods, unreadable };
}
