import { PoaPeriod, PoaStatus } from './poa-types';
import type { IsoDate } from '../dates/calendar-date';
import { overlappingPeriods } from './poa-periods';

/** What the revocation rule needs to know about an authorization. */
export interface RevocableAuthorization {
  id: string;
  /** As recorded (never the computed `expired`). */
  status: PoaStatus;
  taxTypes: readonly string[];
  periods: readonly PoaPeriod[];
  signedOn: IsoDate | null;
  expiresOn: IsoDate | null;
}

export interface MatterOverlap {
  taxTypes: string[];
  /** The earlier authorization's periods that share a month with the new one's. */
  periods: PoaPeriod[];
}

export interface RevocationPlan<T extends RevocableAuthorization> {
  /** Earlier authorizations on file that the new one replaces, with what they shared. */
  revoke: Array<{ poa: T; overlap: MatterOverlap }>;
  /** Authorizations on file signed *after* the new one for shared matters: DRS treats those as current. */
  newer: Array<{ poa: T; overlap: MatterOverlap }>;
}

/**
 * Shared matters: at least one tax type in common AND at least one calendar month in common between a
 * period of one and a period of the other (2024-Q3 overlaps 2024 and 2019–2024; 2023 does not overlap
 * 2024). An authorization's tax types and periods combine every way, so that is exactly "some tax type for
 * some period is on both forms". null when nothing is shared.
 */
export function sharedMatters(
  a: Pick<RevocableAuthorization, 'taxTypes' | 'periods'>,
  b: Pick<RevocableAuthorization, 'taxTypes' | 'periods'>,
): MatterOverlap | null {
  const taxTypes = a.taxTypes.filter((taxType) => b.taxTypes.includes(taxType));
  if (taxTypes.length === 0) return null;
  const periods = overlappingPeriods(a.periods, b.periods);
  return periods.length === 0 ? null : { taxTypes, periods };
}

/**
 * A new LGL-001 revokes all earlier powers of attorney on file with DRS for the same tax matters and
 * periods (LGL-001 Part II; DOMAIN.md). Here "on file" means recorded `filed` or `active` and not expired
 * by `today`; "earlier" means signed on or before the new one's signature day (a tie goes to the one being
 * recorded now). Any shared matter revokes the whole earlier record; the caller reports the overlap so a
 * practitioner can re-file for what was not shared. Drafts, revoked and expired authorizations are left
 * alone, and so are other clients' (the caller passes only this client's).
 */
export function planRevocations<T extends RevocableAuthorization>(
  recorded: Pick<RevocableAuthorization, 'id' | 'taxTypes' | 'periods' | 'signedOn'>,
  others: readonly T[],
  today: IsoDate,
): RevocationPlan<T> {
  const plan: RevocationPlan<T> = { revoke: [], newer: [] };
  for (const poa of others) {
    if (poa.id === recorded.id) continue;
    if (poa.status !== 'filed' && poa.status !== 'active') continue;
    if (poa.expiresOn !== null && poa.expiresOn < today) continue;
    const overlap = sharedMatters(poa, recorded);
    if (!overlap) continue;
    const isNewer = poa.signedOn !== null && recorded.signedOn !== null && poa.signedOn > recorded.signedOn;
    (isNewer ? plan.newer : plan.revoke).push({ poa, overlap });
  }
  return plan;
}
