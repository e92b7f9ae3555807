export const CLIENT_KINDS = ['individual', 'business'] as const;
export type ClientKind = (typeof CLIENT_KINDS)[number];

/** Facts about the taxpayer that decide which DRS collection tools can reach them (DOMAIN.md "Escalation"). */
export interface ClientExposure {
  hasW2Wages: boolean;
  employerName: string | null;
  /** How many bank accounts the firm knows of; a levy can hit several. */
  knownBankAccounts: number;
  ownsRealProperty: boolean;
  expectsFederalRefund: boolean;
  holdsCtBusinessRegistration: boolean;
  inBankruptcy: boolean;
  underCriminalInvestigation: boolean;
}

export interface PostalAddress {
  street: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
}

export interface ClientView extends ClientExposure {
  id: string;
  kind: ClientKind;
  legalName: string;
  dba: string | null;
  /** Never the full number: `***-**-1234` for an SSN, `**-***1234` for a FEIN. */
  taxpayerIdMasked: string | null;
  ctRegistrationNumber: string | null;
  ctAccountNumber: string | null;
  address: PostalAddress;
  phone: string | null;
  email: string | null;
  assignedPractitioner: { id: string; fullName: string } | null;
  notes: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ClientWrite extends Partial<ClientExposure> {
  kind: ClientKind;
  legalName: string;
  dba?: string | null;
  /** SSN (`123-45-6789`) for individuals, FEIN (`12-3456789`) for businesses; dashes optional. */
  taxpayerId?: string | null;
  ctRegistrationNumber?: string | null;
  ctAccountNumber?: string | null;
  address?: Partial<PostalAddress>;
  phone?: string | null;
  email?: string | null;
  assignedPractitionerId?: string | null;
  notes?: string | null;
}

export interface ClientUpdate extends Partial<ClientWrite> {
  /** The version the editor started from; a stale one answers 409. */
  version: number;
}
