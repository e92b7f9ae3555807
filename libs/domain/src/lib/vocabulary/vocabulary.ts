/**
 * The closed vocabularies of the domain. Each is a readonly array (so the api can hand it to
 * class-validator's `@IsIn` and the web can build a select from it) plus the union type derived from it.
 */

/** Tax types a DRS balance can arise under; each has its own penalty and holiday rules. */
export const TAX_TYPES = [
  'individual_income',
  'individual_use',
  'business_withholding',
  'sales',
  'business_use',
  'corporation',
  'other',
] as const;
export type TaxType = (typeof TAX_TYPES)[number];

/** Kinds of DRS notice a case can start from. */
export const NOTICE_KINDS = [
  'individual_income_balance_due',
  'business_tax_balance_due',
  'r859_referral',
  'proposed_assessment',
  'intent_to_offset',
  'installment_default',
  'lien_notice',
  'levy_notice',
  'wage_execution_notice',
  'jeopardy_assessment',
  'collection_notice',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** Kinds of dated obligation the engine computes. */
export const DEADLINE_KINDS = [
  'private_collection_referral',
  'respond_or_pay',
  'written_protest',
  'offset_response',
  'superior_court_appeal',
  'appellate_decision_final',
  'installment_payment',
  'poa_expiry',
  'follow_up',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** What a deadline's day count runs from. */
export const DEADLINE_BASES = [
  'notice_date',
  'received_date',
  'decision_date',
  'plan_start_date',
  'poa_expiry_date',
  'event_date',
] as const;
export type DeadlineBasis = (typeof DEADLINE_BASES)[number];

/** Enforcement tools DRS can use on an ignored balance (seed: "Collection Actions"). */
export const RISK_MECHANISMS = [
  'lien',
  'wage_garnishment',
  'bank_levy',
  'refund_offset',
  'private_collection',
  'asset_seizure',
] as const;
export type RiskMechanism = (typeof RISK_MECHANISMS)[number];

export const RISK_LEVELS = ['low', 'elevated', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Where the taxpayer's response to a notice stands. */
export const RESPONSE_STATUSES = ['none', 'in_progress', 'plan_active', 'plan_defaulted', 'protested', 'paid'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/** Ways a practitioner can resolve a balance (seed: "Payment and Resolution Options"). */
export const RESOLUTION_OPTIONS = [
  'full_payment',
  'installment_plan',
  'penalty_waiver',
  'offer_of_compromise',
  'protest_appeal',
  'hardship_suspension',
  'pay_under_protest',
] as const;
export type ResolutionOption = (typeof RESOLUTION_OPTIONS)[number];

/**
 * Kinds of authority behind a rule. `firm` marks a default Nutmeg chose where no public source sets the
 * value (for example a soft target to call DRS after a levy notice): the firm is expected to own it.
 */
export const CITATION_SOURCES = ['statute', 'regulation', 'drs', 'seed', 'secondary', 'firm'] as const;
export type CitationSource = (typeof CITATION_SOURCES)[number];

/** The parts of a liability a payment can be applied to. */
export const PAYMENT_COMPONENTS = ['tax', 'penalty', 'interest'] as const;
export type PaymentComponent = (typeof PAYMENT_COMPONENTS)[number];

/**
 * Which penalty a liability carries: late payment (the default), a late return with no tax due (a flat
 * amount), a return the Commissioner made for a non-filer, or an audit deficiency from negligence or fraud.
 */
export const PENALTY_KINDS = ['late_payment', 'late_filing', 'commissioner_return', 'negligence', 'fraud'] as const;
export type PenaltyKind = (typeof PENALTY_KINDS)[number];

/** Which period of a notice a payment reaches first when a notice bills several. */
export const PERIOD_ORDERS = ['oldest_first', 'newest_first'] as const;
export type PeriodOrder = (typeof PERIOD_ORDERS)[number];

/** How "months late" are counted for interest. */
export const MONTH_COUNTING_METHODS = ['part_month_counts_as_whole', 'completed_months_only'] as const;
export type MonthCountingMethod = (typeof MONTH_COUNTING_METHODS)[number];

/**
 * Where the months of a tax due on the last day of a month end: on the last day of each following month
 * (Regs. §12-701(b)-1(a)(11), chapter 229), or on the same day number, clamped to a shorter month.
 */
export const MONTH_END_RULES = ['last_day_of_each_month', 'same_day_clamped'] as const;
export type MonthEndRule = (typeof MONTH_END_RULES)[number];

/** Whether a deadline that lands on a non-business day moves to the next business day. */
export const DEADLINE_ROLLS = ['next_business_day', 'none'] as const;
export type DeadlineRoll = (typeof DEADLINE_ROLLS)[number];

/** Narrows an unknown value to one of a vocabulary's members. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
