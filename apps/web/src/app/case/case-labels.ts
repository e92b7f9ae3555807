import type {
  CheckResult,
  DocumentType,
  LegitimacyCheck,
  OfferBasis,
  PaymentMethod,
  ProtestLevel,
  ProtestOutcome,
  ResolutionType,
  WaiverReason,
} from '@nutmeg/contracts';
import type { ResolutionOption, ResponseStatus } from '@nutmeg/domain';

/** The legitimacy checks as questions a practitioner answers with the paper notice in hand. */
export const CHECK_LABELS: Readonly<Record<LegitimacyCheck, string>> = {
  letterhead: 'DRS letterhead and logo',
  taxpayer_name_and_address: "The client's name and address are right",
  account_number: 'The account number matches our records',
  correspondence_id: 'The correspondence ID (L-number) is printed',
  official_drs_contacts: 'Only official DRS phone numbers and addresses',
  payment_address_matches_drs_site: 'The payment address matches the DRS website',
  payable_to_commissioner: 'Checks are payable to "Commissioner of Revenue Services"',
  myconnect_payment_instructions: 'Online payment goes through myconneCT',
  verified_by_calling_drs: 'Confirmed by calling DRS on a number we looked up',
};

export const CHECK_RESULT_LABELS: Readonly<Record<CheckResult, string>> = {
  not_checked: 'Not checked',
  passed: 'Passed',
  failed: 'Failed',
};

export const RESOLUTION_TYPE_LABELS: Readonly<Record<ResolutionType, string>> = {
  payment: 'Payment',
  installment_plan: 'Installment plan',
  penalty_waiver: 'Penalty waiver',
  offer_of_compromise: 'Offer of compromise',
  protest: 'Protest',
  hardship_suspension: 'Hardship suspension',
};

/** The lifecycle states of every resolution type, and the buttons that move to them. */
export const RESOLUTION_STATUS_LABELS: Readonly<Record<string, string>> = {
  recorded: 'Recorded',
  requested: 'Requested',
  approved: 'Approved',
  denied: 'Denied',
  completed: 'Completed',
  defaulted: 'Defaulted',
  draft: 'Draft',
  submitted: 'Submitted',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  filed: 'Filed',
  decided: 'Decided',
  granted: 'Granted',
  ended: 'Ended',
};

export const OPTION_LABELS: Readonly<Record<ResolutionOption, string>> = {
  full_payment: 'Pay in full',
  installment_plan: 'Installment plan',
  penalty_waiver: 'Penalty waiver',
  offer_of_compromise: 'Offer of compromise',
  protest_appeal: 'Protest or appeal',
  hardship_suspension: 'Hardship suspension',
  pay_under_protest: 'Pay under protest',
};

export const RESPONSE_STATUS_LABELS: Readonly<Record<ResponseStatus, string>> = {
  none: 'No response yet',
  in_progress: 'Response in progress',
  plan_active: 'Installment plan active',
  plan_defaulted: 'Installment plan defaulted',
  protested: 'Protested',
  paid: 'Paid',
};

export const PAYMENT_METHOD_LABELS: Readonly<Record<PaymentMethod, string>> = {
  myconnect: 'myconneCT',
  certified_funds: 'Certified funds',
  money_order: 'Money order',
  check: 'Check',
};

export const WAIVER_REASON_LABELS: Readonly<Record<WaiverReason, string>> = {
  illness: 'Illness',
  disaster: 'Disaster',
  incorrect_written_drs_advice: 'Incorrect written advice from DRS',
  other: 'Other reasonable cause',
};

export const OFFER_BASIS_LABELS: Readonly<Record<OfferBasis, string>> = {
  doubt_as_to_liability: 'Doubt as to liability',
  doubt_as_to_collectibility: 'Doubt as to collectibility',
  both: 'Both',
};

export const PROTEST_LEVEL_LABELS: Readonly<Record<ProtestLevel, string>> = {
  appellate_division: 'DRS Appellate Division (written protest)',
  superior_court: 'Superior Court appeal',
};

export const PROTEST_OUTCOME_LABELS: Readonly<Record<ProtestOutcome, string>> = {
  upheld: 'Upheld',
  partially_upheld: 'Partially upheld',
  denied: 'Denied',
};

export const DOCUMENT_TYPE_LABELS: Readonly<Record<DocumentType, string>> = {
  notice_scan: 'Notice (scan)',
  w2: 'W-2',
  bank_statement: 'Bank statement',
  pay_stub: 'Pay stub',
  expense_record: 'Expense record',
  poa_form: 'Power of attorney (LGL-001)',
  drs_letter: 'Letter from DRS',
  correspondence: 'Correspondence',
  other: 'Other',
};

const DATE_TIME = new Intl.DateTimeFormat('en-US', {
  timeZone: 'America/New_York',
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** An instant as Connecticut wall-clock time: "Nov 25, 2026, 2:05 PM". */
export function dateTimeLabel(iso: string): string {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? iso : DATE_TIME.format(at);
}

/** 2_400_000 → "2.3 MB"; 5_300 → "5 KB". */
export function sizeLabel(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
