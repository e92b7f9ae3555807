import {
  isYearRange,
  POA_COVERAGE_CODES,
  POA_STATUSES,
  type PoaCoverageAnswer,
  type PoaCoverageCode,
  type PoaCoverageSummary,
  type PoaPeriod,
  type PoaPersonRef,
  type PoaStatus,
  type PoaYearRange,
} from '@nutmeg/domain';

// The LGL-001 shapes the rules decide on live in libs/domain; the api speaks them as they are.
export { isYearRange, POA_COVERAGE_CODES, POA_STATUSES };
export type { PoaCoverageAnswer, PoaCoverageCode, PoaCoverageSummary, PoaPeriod, PoaPersonRef, PoaStatus, PoaYearRange };


/**
 * Moves a person makes with PATCH (`status`) or POST /api/poa/:id/revoke. Filing it through myconneCT,
 * DRS accepting it, and the authority ending. A filed one can be revoked too (withdrawn before DRS acts).
 */
export const POA_TRANSITIONS: Readonly<Record<PoaStatus, readonly PoaStatus[]>> = {
  draft: ['filed'],
  filed: ['active', 'revoked'],
  active: ['revoked'],
  revoked: [],
  expired: [],
};

export function canTransitionPoa(from: PoaStatus, to: PoaStatus): boolean {
  return POA_TRANSITIONS[from].includes(to);
}

/**
 * The boxes an LGL-001 (Rev. 11/22, Part II) can tick. Every LGL-001 already authorises receipt of tax
 * returns and return information (Conn. Gen. Stat. §12-15), so that is not a box; the powers below are
 * granted on top of it. `receive_refund_checks` is to receive, not to endorse or collect, refund checks.
 * Signing returns is not included unless ticked (see also Conn. Agencies Regs. §12-725-1(b)).
 */
export const POA_POWERS = [
  'receive_refund_checks',
  'execute_waivers',
  'extend_assessment_period',
  'execute_closing_agreements',
  'delegate_or_substitute_representative',
  'sign_returns',
] as const;
export type PoaPower = (typeof POA_POWERS)[number];

/** The spouse line of an LGL-001 applies to personal income tax and individual use tax only. */
export const POA_SPOUSE_TAX_TYPES = ['individual_income', 'individual_use'] as const;


export interface PoaView {
  id: string;
  client: { id: string; legalName: string };
  /** The firm user the authorization names (the attorney-in-fact). */
  representative: PoaPersonRef;
  taxTypes: string[];
  periods: PoaPeriod[];
  /** The periods as people write them: "2024", "2024-Q3", "2024-07", "2019–2024". */
  periodLabels: string[];
  powers: PoaPower[];
  /** Anything written on the form's "other acts" line. */
  otherActs: string | null;
  includesSpouse: boolean;
  /** `expired` when recorded active and the expiry has passed (as of today). */
  status: PoaStatus;
  allowedTransitions: PoaStatus[];
  signedOn: string | null;
  filedOn: string | null;
  /** The myconneCT confirmation number of the filing. */
  confirmationNumber: string | null;
  effectiveOn: string | null;
  /** null: no expiry recorded, in force until revoked or replaced. */
  expiresOn: string | null;
  /** Calendar days from today to the expiry; negative once expired. */
  daysToExpiry: number | null;
  /** The day to start renewing (the firm's lead time before expiry, from the rules engine). */
  renewBy: string | null;
  /** True from `renewBy` until the expiry day, while the authorization is active. */
  expiringSoon: boolean;
  revokedOn: string | null;
  /** The authorization whose recording revoked this one. */
  revokedByPoaId: string | null;
  revocationReason: string | null;
  notes: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** An earlier authorization that recording this one revoked, and the matters they shared. */
export interface PoaRevocationView {
  id: string;
  representative: PoaPersonRef;
  taxTypes: string[];
  periodLabels: string[];
  overlap: { taxTypes: string[]; periodLabels: string[] };
}

/** The answer to POST /api/poa and PATCH /api/poa/:id: the authorization and what its recording revoked. */
export interface PoaRecordedView extends PoaView {
  revoked: PoaRevocationView[];
}


export interface PoaGridCell {
  period: string;
  poa: {
    id: string;
    representative: PoaPersonRef;
    expiresOn: string | null;
    daysToExpiry: number | null;
    expiringSoon: boolean;
  } | null;
}

/** Rows are tax types, columns the periods on file (the client's notices and authorizations). */
export interface PoaGridView {
  clientId: string;
  asOf: string;
  periods: string[];
  rows: Array<{ taxType: string; cells: PoaGridCell[] }>;
}
