import { isYearRange, PoaPeriod, TaxPeriod } from './poa-types';
import type { TaxType } from '../vocabulary/vocabulary';

/**
 * Every period a POA or a notice names is a run of calendar months, counted as `year * 12 + (month - 1)`:
 * a year is its twelve months, a quarter its three, a month itself, and a range of years everything from
 * January of the first to December of the last. Overlap and coverage are questions about these months, so
 * "2019–2024", "2024" and "2024-Q3" compare without special cases.
 */
export interface MonthSpan {
  first: number;
  last: number;
}

export function monthSpanOf(period: PoaPeriod): MonthSpan {
  if (isYearRange(period)) return { first: period.fromYear * 12, last: period.toYear * 12 + 11 };
  if (period.month !== undefined)
    return { first: period.year * 12 + period.month - 1, last: period.year * 12 + period.month - 1 };
  if (period.quarter !== undefined) {
    const first = period.year * 12 + (period.quarter - 1) * 3;
    return { first, last: first + 2 };
  }
  return { first: period.year * 12, last: period.year * 12 + 11 };
}

export function spansOverlap(a: MonthSpan, b: MonthSpan): boolean {
  return a.first <= b.last && b.first <= a.last;
}

/** True when every month of `target` lies in at least one of `periods` (together, not necessarily one). */
export function periodsCoverSpan(periods: readonly PoaPeriod[], target: MonthSpan): boolean {
  const spans = periods.map(monthSpanOf).sort((a, b) => a.first - b.first);
  let next = target.first;
  for (const span of spans) {
    if (span.first > next) break;
    if (span.last >= next) next = span.last + 1;
    if (next > target.last) return true;
  }
  return next > target.last;
}

/** "2024", "2024-Q3", "2024-07", "2019–2024". */
export function periodLabel(period: PoaPeriod): string {
  if (isYearRange(period))
    return period.fromYear === period.toYear ? String(period.fromYear) : `${period.fromYear}–${period.toYear}`;
  if (period.month !== undefined) return `${period.year}-${String(period.month).padStart(2, '0')}`;
  if (period.quarter !== undefined) return `${period.year}-Q${period.quarter}`;
  return String(period.year);
}

const PERIOD_LABEL = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;

/** Reads "2024", "2024-Q3" or "2024-07" (the coverage query's `period`); null for anything else. */
export function parsePeriodLabel(text: string): TaxPeriod | null {
  const match = PERIOD_LABEL.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2]) return { year, quarter: Number(match[2]) as 1 | 2 | 3 | 4 };
  if (match[3]) return { year, month: Number(match[3]) };
  return { year };
}

/** Sorts periods by their first month, the longer first when two start together (2024 before 2024-Q1). */
export function byStart(a: PoaPeriod, b: PoaPeriod): number {
  const x = monthSpanOf(a);
  const y = monthSpanOf(b);
  return x.first - y.first || y.last - x.last;
}

/** The periods of `a` that share at least one month with some period of `b`. */
export function overlappingPeriods(a: readonly PoaPeriod[], b: readonly PoaPeriod[]): PoaPeriod[] {
  const spans = b.map(monthSpanOf);
  return a.filter((period) => spans.some((span) => spansOverlap(monthSpanOf(period), span)));
}

const TAX_TYPE_LABELS: Record<TaxType, string> = {
  individual_income: 'individual income tax',
  individual_use: 'individual use tax',
  business_withholding: 'withholding tax',
  sales: 'sales tax',
  business_use: 'business use tax',
  corporation: 'corporation business tax',
  other: 'other tax',
};

/** "sales tax", as a sentence names the matter. */
export function taxTypeLabel(taxType: string): string {
  return TAX_TYPE_LABELS[taxType as TaxType] ?? taxType;
}

/** "sales tax 2024-Q3", "individual income tax 2019–2024, 2026". */
export function matterLabel(taxType: string, periods: readonly PoaPeriod[]): string {
  return [taxTypeLabel(taxType), periods.map(periodLabel).join(', ')].filter(Boolean).join(' ');
}

/** True when every month of `target` lies in at least one of `periods` (together, not necessarily one). */
export function periodsCover(periods: readonly PoaPeriod[], target: PoaPeriod): boolean {
  return periodsCoverSpan(periods, monthSpanOf(target));
}

// Periods as a person types them into a form (more forgiving than the api's own labels).
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
