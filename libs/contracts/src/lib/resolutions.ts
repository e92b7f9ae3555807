/** What a firm can record on a notice to resolve it (seed: "Payment and Resolution Options"). */
export const RESOLUTION_TYPES = [
  'payment',
  'installment_plan',
  'penalty_waiver',
  'offer_of_compromise',
  'protest',
  'hardship_suspension',
] as const;
export type ResolutionType = (typeof RESOLUTION_TYPES)[number];

/** Each type's lifecycle: the states it can be in and the moves between them. */
export const RESOLUTION_LIFECYCLES: Readonly<Record<ResolutionType, Readonly<Record<string, readonly string[]>>>> = {
  payment: { recorded: [] },
  installment_plan: { requested: ['approved', 'denied'], approved: ['completed', 'defaulted'], denied: [], completed: [], defaulted: [] },
  penalty_waiver: { draft: ['submitted'], submitted: ['approved', 'denied'], approved: [], denied: [] },
  offer_of_compromise: { draft: ['submitted'], submitted: ['accepted', 'rejected', 'withdrawn'], accepted: [], rejected: [], withdrawn: [] },
  protest: { filed: ['decided', 'withdrawn'], decided: [], withdrawn: [] },
  hardship_suspension: { requested: ['granted', 'denied'], granted: ['ended'], denied: [], ended: [] },
};

export const PAYMENT_METHODS = ['myconnect', 'certified_funds', 'money_order', 'check'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const WAIVER_REASONS = ['illness', 'disaster', 'incorrect_written_drs_advice', 'other'] as const;
export type WaiverReason = (typeof WAIVER_REASONS)[number];

export const OFFER_BASES = ['doubt_as_to_liability', 'doubt_as_to_collectibility', 'both'] as const;
export type OfferBasis = (typeof OFFER_BASES)[number];

export const PROTEST_LEVELS = ['appellate_division', 'superior_court'] as const;
export type ProtestLevel = (typeof PROTEST_LEVELS)[number];

export const PROTEST_OUTCOMES = ['upheld', 'partially_upheld', 'denied'] as const;
export type ProtestOutcome = (typeof PROTEST_OUTCOMES)[number];

export interface InstallmentView {
  number: number;
  dueDate: string;
  amount: string;
  status: 'scheduled' | 'paid' | 'missed';
  paidOn: string | null;
  paidAmount: string | null;
}

export interface ResolutionView {
  id: string;
  noticeId: string;
  type: ResolutionType;
  status: string;
  allowedNextStatuses: string[];
  /** Payment amount, plan balance, amount offered or waived, by type. */
  amount: string | null;
  /** Payment date, request/submission/filing date, by type. */
  date: string | null;
  /** The fields of this type (method, confirmation, grounds, narrative, ...). */
  details: Record<string, unknown>;
  installments: InstallmentView[];
  /** Plain-words cautions, e.g. "An offer of compromise stops no deadline". */
  warnings: string[];
  createdBy: { id: string; fullName: string } | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}
