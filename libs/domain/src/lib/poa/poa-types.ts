import type { IsoDate } from '../dates/calendar-date';

/*
 * The shapes of a power of attorney (Form LGL-001) the rules below decide on. libs/contracts re-exports them
 * as the api's shapes, so there is one definition.
 */

/**
 * Where a power of attorney stands. `draft`, `filed`, `active` and `revoked` are recorded; `expired` is what
 * an active authorization reads as once its recorded expiry has passed (computed on read in America/New_York).
 */
export const POA_STATUSES = ['draft', 'filed', 'active', 'revoked', 'expired'] as const;
export type PoaStatus = (typeof POA_STATUSES)[number];

/** A year, a quarter of it or a month of it, as notices and authorizations list periods. */
export interface TaxPeriod {
  year: number;
  quarter?: 1 | 2 | 3 | 4;
  month?: number;
}

/** A whole range of years as the form lists them: "2019–2024" is `{ fromYear: 2019, toYear: 2024 }`. */
export interface PoaYearRange {
  fromYear: number;
  toYear: number;
}

/**
 * A period an LGL-001 lists: a year, a quarter or a month, or a range of whole years. Every period stands for
 * a run of calendar months; overlap and coverage are decided on those months.
 */
export type PoaPeriod = TaxPeriod | PoaYearRange;

export function isYearRange(period: PoaPeriod): period is PoaYearRange {
  return (period as PoaYearRange).fromYear !== undefined;
}

export interface PoaPersonRef {
  id: string;
  fullName: string;
}

/** Why a representative is, or is not, covered (the first that applies, in this order). */
export const POA_COVERAGE_CODES = [
  'covered',
  'expired',
  'revoked',
  'not_yet_effective',
  'not_active',
  'other_representative',
  'other_period',
  'other_tax_type',
  'no_poa',
] as const;
export type PoaCoverageCode = (typeof POA_COVERAGE_CODES)[number];

export interface PoaCoverageSummary {
  id: string;
  representative: PoaPersonRef;
  status: PoaStatus;
  taxTypes: string[];
  periodLabels: string[];
  effectiveOn: IsoDate | null;
  expiresOn: IsoDate | null;
  confirmationNumber: string | null;
}

/** May this person discuss this tax matter with DRS on this day? */
export interface PoaCoverageAnswer {
  covered: boolean;
  code: PoaCoverageCode;
  /** One sentence a person can act on: "POA expired on 2026-06-30". */
  reason: string;
  /** The covering authorization, or the one the reason is about. */
  poa?: PoaCoverageSummary;
  asOf: IsoDate;
  matter: { taxType: string | null; periodLabels: string[] };
}
