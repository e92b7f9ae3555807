import { type DeadlineView, NOTICE_STATUSES, type NoticeStatus, type TaxPeriod } from '@nutmeg/contracts';
import type { DeadlineKind, NoticeKind, RiskLevel, RiskMechanism, TaxType } from '@nutmeg/domain';

export const STATUS_LABELS: Readonly<Record<NoticeStatus, string>> = {
  new: 'New',
  triage: 'Triage',
  verifying: 'Verifying',
  awaiting_documents: 'Awaiting documents',
  response_in_progress: 'Response in progress',
  awaiting_drs: 'Awaiting DRS',
  resolved: 'Resolved',
  closed_no_action: 'Closed (no action)',
};

export const NOTICE_KIND_LABELS: Readonly<Record<NoticeKind, string>> = {
  individual_income_balance_due: 'Income tax balance due',
  business_tax_balance_due: 'Business tax balance due',
  r859_referral: 'R-859 collection referral',
  proposed_assessment: 'Proposed assessment',
  intent_to_offset: 'Intent to offset refund',
  installment_default: 'Installment plan default',
  lien_notice: 'Lien notice',
  levy_notice: 'Levy notice',
  wage_execution_notice: 'Wage execution notice',
  jeopardy_assessment: 'Jeopardy assessment',
  collection_notice: '30-day collection notice',
};

export const TAX_TYPE_LABELS: Readonly<Record<TaxType, string>> = {
  individual_income: 'Individual income tax',
  individual_use: 'Individual use tax',
  business_withholding: 'Withholding tax',
  sales: 'Sales tax',
  business_use: 'Business use tax',
  corporation: 'Corporation business tax',
  other: 'Other tax',
};

export const DEADLINE_LABELS: Readonly<Record<DeadlineKind, string>> = {
  private_collection_referral: 'Private collection referral',
  respond_or_pay: 'Respond or pay',
  written_protest: 'Written protest',
  offset_response: 'Offset response',
  superior_court_appeal: 'Superior Court appeal',
  appellate_decision_final: 'Appellate decision final',
  installment_payment: 'Installment payment',
  poa_expiry: 'Power of attorney ends',
  follow_up: 'Follow up with DRS',
};

/** The escalations the board shows, in this order (asset seizure is rare and left to the case page). */
export const BOARD_MECHANISMS: readonly RiskMechanism[] = [
  'lien',
  'wage_garnishment',
  'bank_levy',
  'refund_offset',
  'private_collection',
];

export const MECHANISM_LABELS: Readonly<Record<RiskMechanism, string>> = {
  lien: 'Lien',
  wage_garnishment: 'Wage garnishment',
  bank_levy: 'Bank levy',
  refund_offset: 'Refund offset',
  private_collection: 'Private collection',
  asset_seizure: 'Asset seizure',
};

export const RISK_LEVEL_LABELS: Readonly<Record<RiskLevel, string>> = {
  low: 'low',
  elevated: 'elevated',
  high: 'high',
  critical: 'critical',
};

/** Falls back to the code with underscores as spaces, so a value added to the api later still reads. */
export function labelOf(labels: Readonly<Record<string, string>>, code: string): string {
  return labels[code] ?? code.replace(/_/g, ' ');
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** { year: 2024, quarter: 2 } → "Q2 2024"; { year: 2024, month: 3 } → "Mar 2024"; { year: 2024 } → "2024". */
export function periodLabel(period: TaxPeriod): string {
  if (period.quarter) return `Q${period.quarter} ${period.year}`;
  if (period.month) return `${MONTHS[period.month - 1] ?? period.month} ${period.year}`;
  return String(period.year);
}

export function periodsLabel(periods: readonly TaxPeriod[]): string {
  return periods.map(periodLabel).join(', ');
}

/** "Paul Ortiz" → "PO"; "Cher" → "C". */
export function initialsOf(fullName: string): string {
  const words = fullName.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = words[0][0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1][0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** -3 → "3 days overdue"; 0 → "due today"; 1 → "1 day left". */
export function daysLeftLabel(daysLeft: number): string {
  if (daysLeft < 0) return `${-daysLeft} ${-daysLeft === 1 ? 'day' : 'days'} overdue`;
  if (daysLeft === 0) return 'due today';
  return `${daysLeft} ${daysLeft === 1 ? 'day' : 'days'} left`;
}

/** "2026-12-01" → "Dec 1, 2026", without a time zone shift. */
export function dateLabel(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}

const STATUS_PATTERN = new RegExp(`\\b(${[...NOTICE_STATUSES].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');

/**
 * The api names statuses by their codes: 'A notice in "new" cannot move to "resolved"; it can move to: triage,
 * closed_no_action'. This puts the board's column names in their place, so the sentence reads as the board does.
 */
export function withStatusLabels(message: string): string {
  const quoted = message.replace(/"([a-z_]+)"/g, (match, code: string) =>
    code in STATUS_LABELS ? `"${STATUS_LABELS[code as NoticeStatus]}"` : match,
  );
  const listAt = quoted.search(/move to:/i);
  if (listAt < 0) return quoted;
  const head = quoted.slice(0, listAt);
  const list = quoted
    .slice(listAt)
    .replace(/, ([a-z_]+)$/, ' or $1')
    .replace(STATUS_PATTERN, (code) => STATUS_LABELS[code as NoticeStatus]);
  return head + list;
}

/** Days before a deadline at which the app starts to warn (amber). */
export const DUE_SOON_DAYS = 7;

export type DeadlineTone = 'overdue' | 'soon' | 'later';

/** Red when overdue, amber within {@link DUE_SOON_DAYS} days. */
export function deadlineTone(daysLeft: number): DeadlineTone {
  if (daysLeft < 0) return 'overdue';
  return daysLeft <= DUE_SOON_DAYS ? 'soon' : 'later';
}

export interface DeadlineLabel {
  kind: string;
  date: string;
  left: string;
  tone: DeadlineTone;
}

/** A case's next deadline in words, with its tone; null when none is open. */
export function deadlineLabelOf(next: DeadlineView | null): DeadlineLabel | null {
  if (!next) return null;
  return {
    kind: labelOf(DEADLINE_LABELS, next.kind),
    date: dateLabel(next.dueDate),
    left: daysLeftLabel(next.daysLeft),
    tone: deadlineTone(next.daysLeft),
  };
}
