import type { NoticePeriod, TaxPeriod } from '@nutmeg/domain';
/** Where a case stands in the firm's workflow (not DRS's). */
export const NOTICE_STATUSES = [
  'new',
  'triage',
  'verifying',
  'awaiting_documents',
  'response_in_progress',
  'awaiting_drs',
  'resolved',
  'closed_no_action',
] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/**
 * The moves that make sense. Work can step back (documents arrive late, DRS asks for more), but a
 * resolved or closed case only reopens into triage, and nothing jumps from intake straight to resolved.
 */
export const NOTICE_TRANSITIONS: Readonly<Record<NoticeStatus, readonly NoticeStatus[]>> = {
  new: ['triage', 'closed_no_action'],
  triage: ['verifying', 'awaiting_documents', 'response_in_progress', 'closed_no_action'],
  verifying: ['triage', 'awaiting_documents', 'response_in_progress', 'closed_no_action'],
  awaiting_documents: ['verifying', 'response_in_progress', 'closed_no_action'],
  response_in_progress: ['awaiting_documents', 'awaiting_drs', 'resolved'],
  awaiting_drs: ['response_in_progress', 'resolved'],
  resolved: ['triage'],
  closed_no_action: ['triage'],
};

export function canTransition(from: NoticeStatus, to: NoticeStatus): boolean {
  return NOTICE_TRANSITIONS[from].includes(to);
}

/** Why DRS issued the notice (the seed's list). */
export const NOTICE_REASONS = [
  'math_error',
  'underreported_wages',
  'missing_withholding',
  'unfiled_return',
  'filing_error',
  'late_or_rejected_efile',
  'audit_or_data_matching',
  'business_tax_unpaid',
  'property_related',
] as const;
export type NoticeReason = (typeof NOTICE_REASONS)[number];

/** Is the notice really from DRS? (DOMAIN.md "Is the notice legitimate?") */
export const LEGITIMACY_CHECKS = [
  'letterhead',
  'taxpayer_name_and_address',
  'account_number',
  'correspondence_id',
  'official_drs_contacts',
  'payment_address_matches_drs_site',
  'payable_to_commissioner',
  'myconnect_payment_instructions',
  'verified_by_calling_drs',
] as const;
export type LegitimacyCheck = (typeof LEGITIMACY_CHECKS)[number];

export const CHECK_RESULTS = ['not_checked', 'passed', 'failed'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

export const DEADLINE_STATUSES = ['open', 'met', 'missed', 'waived'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

/** A tax period as DRS prints it: a year, a quarter or a month. */
export type { NoticePeriod, TaxPeriod };

export interface StatedAmounts {
  tax: string;
  penalty: string;
  interest: string;
  credits: string;
  balanceDue: string;
  /** The date DRS computed the balance as of. */
  asOf: string | null;
}

export interface DeadlineView {
  id: string;
  kind: string;
  dueDate: string;
  computedDate: string;
  rolledForward: boolean;
  rollReason: string | null;
  hard: boolean;
  status: DeadlineStatus;
  metAt: string | null;
  ruleId: string;
  rule: string;
  citation: { source: string; reference: string; url?: string };
  /** Negative when overdue; counted in America/New_York calendar days. */
  daysLeft: number;
}

export interface ChecklistItemView {
  item: LegitimacyCheck;
  result: CheckResult;
  checkedBy: { id: string; fullName: string } | null;
  checkedAt: string | null;
  note: string | null;
}

export interface MechanismRiskView {
  mechanism: string;
  score: number;
  level: string;
  reasons: string[];
}

export interface NoticeFigures {
  /** The calendar day the figures are for (today in America/New_York). */
  asOf: string;
  balanceNow: string;
  penaltyNow: string;
  /** Penalty taken off by approved waivers (DRS-PW); already out of balanceNow and penaltyNow. */
  penaltyWaived: string;
  interestNow: string;
  /** What is still owed of each part after the payments recorded (tax first, by the default rule). */
  unpaid: { tax: string; penalty: string; interest: string };
  paid: string;
  monthsLate: number;
  nextDeadline: DeadlineView | null;
  balanceAtNextDeadline: string | null;
  risk: { score: number; level: string; topMechanism: string; mechanisms: MechanismRiskView[] };
}

export interface NoticeView {
  id: string;
  client: { id: string; legalName: string };
  kind: string;
  taxType: string;
  taxPeriods: NoticePeriod[];
  noticeDate: string;
  receivedDate: string | null;
  /** The tax's original due date, from which penalty and interest run. */
  taxDueDate: string;
  /** True when the due date was not given and was assumed from the period (see rules). */
  taxDueDateAssumed: boolean;
  /** The penalty the notice assesses (late_payment unless the letter says late filing, negligence, fraud...). */
  penaltyKind: string;
  /** The return's extended due date (§12-723), when an extension was granted. */
  extendedDueDate: string | null;
  accountNumber: string;
  correspondenceId: string;
  reason: NoticeReason | null;
  stated: StatedAmounts;
  assignee: { id: string; fullName: string } | null;
  status: NoticeStatus;
  allowedTransitions: NoticeStatus[];
  responseStatus: string;
  possibleScam: boolean;
  notes: string | null;
  deadlines: DeadlineView[];
  checklist: ChecklistItemView[];
  figures: NoticeFigures;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * A case as the lists (board, triage queue, cases list) show it: everything but the legitimacy checklist,
 * which only the case page needs (`possibleScam` says whether an item failed). Leaving it out makes a
 * list page a sixth smaller and saves reading nine checklist rows per case.
 */
export type NoticeListItem = Omit<NoticeView, 'checklist'>;

/** The body of POST /api/notices (PATCH takes any part of it with `version`). */
export interface NoticeWrite {
  clientId: string;
  kind: string;
  taxType: string;
  taxPeriods: NoticePeriod[];
  noticeDate: string;
  receivedDate?: string;
  taxDueDate?: string;
  penaltyKind?: string;
  extendedDueDate?: string;
  accountNumber: string;
  correspondenceId: string;
  reason?: NoticeReason;
  stated: { tax: string; penalty: string; interest: string; credits: string; balanceDue: string; asOf?: string };
  assigneeId?: string;
  notes?: string;
}
