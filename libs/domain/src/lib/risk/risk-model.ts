import type { NoticeKind, ResponseStatus, RiskMechanism } from '../vocabulary/vocabulary';

/*
 * The weights of the escalation-risk model. No official order of DRS's enforcement tools exists (DOMAIN.md),
 * so the model scores each tool from what it needs: the client's exposure to it, how long the notice has
 * been ignored, what the notice itself says, the amount and the response status. docs/rules.md explains it.
 *
 * Monotonicity is by construction: every time-based term is a non-decreasing step function of the days
 * since the notice (or non-increasing of the days left to a deadline), every exposure term only adds points
 * or raises a cap, and the status and bankruptcy factors are fixed for a case.
 */

/** What the notice itself says about each tool, before time, money or exposure. */
export const NOTICE_BASE_POINTS: Readonly<Record<NoticeKind, Readonly<Record<RiskMechanism, number>>>> = {
  individual_income_balance_due: { lien: 10, wage_garnishment: 10, bank_levy: 10, refund_offset: 15, private_collection: 10, asset_seizure: 0 },
  business_tax_balance_due: { lien: 15, wage_garnishment: 5, bank_levy: 15, refund_offset: 5, private_collection: 10, asset_seizure: 5 },
  r859_referral: { lien: 15, wage_garnishment: 15, bank_levy: 15, refund_offset: 15, private_collection: 45, asset_seizure: 5 },
  proposed_assessment: { lien: 0, wage_garnishment: 0, bank_levy: 0, refund_offset: 5, private_collection: 0, asset_seizure: 0 },
  intent_to_offset: { lien: 10, wage_garnishment: 10, bank_levy: 10, refund_offset: 55, private_collection: 10, asset_seizure: 0 },
  installment_default: { lien: 30, wage_garnishment: 30, bank_levy: 30, refund_offset: 25, private_collection: 30, asset_seizure: 10 },
  lien_notice: { lien: 60, wage_garnishment: 25, bank_levy: 25, refund_offset: 20, private_collection: 15, asset_seizure: 15 },
  levy_notice: { lien: 35, wage_garnishment: 30, bank_levy: 60, refund_offset: 20, private_collection: 15, asset_seizure: 20 },
  wage_execution_notice: { lien: 35, wage_garnishment: 65, bank_levy: 30, refund_offset: 20, private_collection: 15, asset_seizure: 15 },
  // Final and collectible ten days after service (§12-417): every tool is close.
  jeopardy_assessment: { lien: 45, wage_garnishment: 40, bank_levy: 45, refund_offset: 20, private_collection: 15, asset_seizure: 30 },
  // DRS's last letter before a levy, which needs no court order.
  collection_notice: { lien: 30, wage_garnishment: 35, bank_levy: 45, refund_offset: 20, private_collection: 20, asset_seizure: 10 },
};

/** Plain-English reasons for the notice kinds that point straight at a tool. */
export const NOTICE_REASONS: Partial<Record<NoticeKind, Partial<Record<RiskMechanism, string>>>> = {
  intent_to_offset: { refund_offset: 'DRS has sent a notice of intent to offset the federal refund' },
  installment_default: {
    lien: 'installment plan in default: enforcement restarts',
    wage_garnishment: 'installment plan in default: enforcement restarts',
    bank_levy: 'installment plan in default: enforcement restarts',
    refund_offset: 'installment plan in default: enforcement restarts',
    private_collection: 'installment plan in default: the account can move to collection',
  },
  lien_notice: { lien: 'DRS has sent a lien notice' },
  levy_notice: { bank_levy: 'DRS has sent a bank levy notice; banks must comply immediately' },
  wage_execution_notice: { wage_garnishment: 'DRS has sent a wage execution notice to the employer' },
  jeopardy_assessment: {
    lien: 'a jeopardy assessment is final and collectible ten days after service (Conn. Gen. Stat. §12-417)',
    bank_levy: 'a jeopardy assessment is final and collectible ten days after service (Conn. Gen. Stat. §12-417)',
  },
  collection_notice: { bank_levy: 'DRS has sent its 30-day collection notice: a levy, which needs no court order, can follow' },
};

/** The most any tool can score while a proposed assessment can still be protested (it is not final yet). */
export const NOT_FINAL_CAP = 20;

/** Days since the notice → points: ignoring a notice longer only ever raises the risk. */
export const AGE_STEPS: readonly { readonly days: number; readonly points: number }[] = [
  { days: 180, points: 45 },
  { days: 90, points: 35 },
  { days: 60, points: 25 },
  { days: 30, points: 15 },
  { days: 10, points: 5 },
];

/** Added to the tools a tax warrant opens (§12-35) once the warrant threshold has passed. */
export const WARRANT_POINTS = 10;
export const WARRANT_MECHANISMS: readonly RiskMechanism[] = ['lien', 'wage_garnishment', 'bank_levy', 'asset_seizure'];

/** The next hard deadline: passed, within 3 days, within 10 days. */
export const DEADLINE_POINTS = { passed: 20, withinThreeDays: 12, withinTenDays: 6 } as const;

/** The R859's own clock toward private collection. */
export const REFERRAL_POINTS = { passed: 35, withinThreeDays: 25, open: 10 } as const;

/** Balance tiers ($1,000 / $10,000 / $50,000) and the points per tier for each tool. */
export const AMOUNT_TIERS: readonly string[] = ['1000', '10000', '50000'];
export const AMOUNT_POINTS_PER_TIER: Readonly<Record<RiskMechanism, number>> = {
  lien: 5,
  wage_garnishment: 5,
  bank_levy: 5,
  refund_offset: 2,
  private_collection: 3,
  asset_seizure: 5,
};

/** Percent applied to every tool's score by the response status. */
export const STATUS_PERCENT: Readonly<Record<ResponseStatus, number>> = {
  none: 100,
  in_progress: 80,
  protested: 50,
  plan_active: 35,
  plan_defaulted: 125,
  paid: 0,
};

export const STATUS_REASONS: Readonly<Record<ResponseStatus, string>> = {
  none: 'no response to DRS yet',
  in_progress: 'a response is in progress',
  protested: 'a protest is filed: collection of the protested amount normally waits for the Appellate Division',
  plan_active: 'an installment plan is active: enforcement is normally held while payments are current',
  plan_defaulted: 'a missed installment payment defaulted the plan and restarts enforcement',
  paid: 'paid: no enforcement expected',
};

/** The automatic stay (11 U.S.C. §362) pauses enforcement: scores keep this percent. */
export const BANKRUPTCY_PERCENT = 10;
