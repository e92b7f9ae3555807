import { POA_STATUSES, canTransitionPoa, PoaStatus, PoaView } from '@nutmeg/contracts';
import { diffInDays, IsoDate, poaExpiryDeadlines, RuleTables, CoverageAuthorization, byStart, periodLabel } from '@nutmeg/domain';
import { PoaAuthorization } from './poa-authorization.entity';

/**
 * The status a person sees: an authorization recorded active whose expiry has passed reads as expired.
 * Computed on read, so it is right on the day it happens without a job having run.
 */
export function currentStatus(poa: Pick<PoaAuthorization, 'status' | 'expiresOn'>, today: IsoDate): PoaStatus {
  return poa.status === 'active' && poa.expiresOn !== null && poa.expiresOn < today ? 'expired' : poa.status;
}

/** The renewal target and how close the expiry is, from the rules engine's POA expiry deadlines. */
export function expiryFigures(
  poa: Pick<PoaAuthorization, 'status' | 'expiresOn'>,
  today: IsoDate,
  rules: RuleTables,
): { daysToExpiry: number | null; renewBy: IsoDate | null; expiringSoon: boolean } {
  if (poa.expiresOn === null) return { daysToExpiry: null, renewBy: null, expiringSoon: false };
  const renewal = poaExpiryDeadlines({ expiresOn: poa.expiresOn, rules }).find((deadline) => !deadline.hard);
  const renewBy = renewal?.dueDate ?? null;
  const daysToExpiry = diffInDays(today, poa.expiresOn);
  const expiringSoon =
    currentStatus(poa, today) === 'active' && daysToExpiry >= 0 && renewBy !== null && today >= renewBy;
  return { daysToExpiry, renewBy, expiringSoon };
}

/** The api's view of an authorization (its audit snapshot too, minus the figures that move with the day). */
export function toPoaView(poa: PoaAuthorization, today: IsoDate, rules: RuleTables): PoaView {
  if (!poa.client || !poa.representative) throw new Error('authorization loaded without its client and representative');
  const status = currentStatus(poa, today);
  const periods = [...poa.periods].sort(byStart);
  return {
    id: poa.id,
    client: { id: poa.client.id, legalName: poa.client.legalName },
    representative: { id: poa.representative.id, fullName: poa.representative.fullName },
    taxTypes: [...poa.taxTypes],
    periods,
    periodLabels: periods.map(periodLabel),
    powers: [...poa.powers],
    otherActs: poa.otherActs,
    includesSpouse: poa.includesSpouse,
    status,
    allowedTransitions: POA_STATUSES.filter((to) => canTransitionPoa(status, to)),
    signedOn: poa.signedOn,
    filedOn: poa.filedOn,
    confirmationNumber: poa.confirmationNumber,
    effectiveOn: poa.effectiveOn,
    expiresOn: poa.expiresOn,
    ...expiryFigures(poa, today, rules),
    revokedOn: poa.revokedOn,
    revokedByPoaId: poa.revokedByPoaId,
    revocationReason: poa.revocationReason,
    notes: poa.notes,
    version: poa.version,
    createdAt: poa.createdAt.toISOString(),
    updatedAt: poa.updatedAt.toISOString(),
  };
}

/** What the audit trail keeps: the record, not the day-dependent figures. */
export function poaSnapshot(view: PoaView): Omit<PoaView, 'daysToExpiry' | 'expiringSoon' | 'allowedTransitions'> {
  const { daysToExpiry: _days, expiringSoon: _soon, allowedTransitions: _moves, ...rest } = view;
  return rest;
}

export function toCoverageAuthorization(poa: PoaAuthorization): CoverageAuthorization {
  if (!poa.representative) throw new Error('authorization loaded without its representative');
  return {
    id: poa.id,
    representative: { id: poa.representative.id, fullName: poa.representative.fullName },
    status: poa.status,
    taxTypes: poa.taxTypes,
    periods: poa.periods,
    filedOn: poa.filedOn,
    effectiveOn: poa.effectiveOn,
    expiresOn: poa.expiresOn,
    revokedOn: poa.revokedOn,
    confirmationNumber: poa.confirmationNumber,
  };
}
