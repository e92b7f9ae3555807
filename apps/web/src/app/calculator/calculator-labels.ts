import type { CitationSource, DayOfWeek, DeadlineKind, PenaltyKind } from '@nutmeg/domain';

/** Short names for the deadline table's first column; the rule text says the rest. */
export const DEADLINE_KIND_LABELS: Readonly<Record<DeadlineKind, string>> = {
  private_collection_referral: 'Referral to private collection',
  respond_or_pay: 'Respond or pay',
  written_protest: 'Written protest',
  offset_response: 'Refund offset response',
  superior_court_appeal: 'Superior Court appeal',
  appellate_decision_final: 'Appellate decision final',
  installment_payment: 'Installment payment',
  poa_expiry: 'Power of attorney ends',
  follow_up: 'Follow up with DRS',
};

export const CITATION_SOURCE_LABELS: Readonly<Record<CitationSource, string>> = {
  statute: 'Statute',
  regulation: 'Regulation',
  drs: 'DRS guidance',
  seed: 'Product specification',
  secondary: 'Secondary source',
  firm: 'Nutmeg default',
};

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export function dayNameOf(day: DayOfWeek): string {
  return DAY_NAMES[day];
}

/** What each penalty is, in the words of the statute or regulation that sets it. */
export const PENALTY_KIND_LABELS: Readonly<Record<PenaltyKind, string>> = {
  late_payment: 'Late payment (the usual)',
  late_filing: 'Late filing',
  commissioner_return: 'Return made by the Commissioner',
  negligence: 'Negligence (audit deficiency)',
  fraud: 'Fraud (audit deficiency)',
};
