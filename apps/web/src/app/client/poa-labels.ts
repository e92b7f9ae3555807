import type { PoaPower, PoaRevocationView, PoaStatus } from '@nutmeg/contracts';
import { labelOf, TAX_TYPE_LABELS } from '../board/notice-labels';

export const POA_STATUS_LABELS: Readonly<Record<PoaStatus, string>> = {
  draft: 'Draft',
  filed: 'Filed',
  active: 'Active',
  revoked: 'Revoked',
  expired: 'Expired',
};

/** The LGL-001 boxes in the form's own words. */
export const POA_POWER_LABELS: Readonly<Record<PoaPower, string>> = {
  receive_refund_checks: 'Receive (not endorse) refund checks',
  execute_waivers: 'Execute waivers',
  extend_assessment_period: 'Extend the assessment period',
  execute_closing_agreements: 'Execute closing agreements',
  delegate_or_substitute_representative: 'Delegate or substitute a representative',
  sign_returns: 'Sign returns',
};

/** ["individual_income", "sales"] → "Individual income tax, sales tax". */
export function taxTypesLabel(taxTypes: readonly string[]): string {
  const text = taxTypes.map((taxType) => labelOf(TAX_TYPE_LABELS, taxType).toLowerCase()).join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What recording an LGL-001 revoked, in plain words: "Paul Ortiz's POA for individual income tax 2019–2026
 * (shared matters: individual income tax 2024–2026)".
 */
export function revocationSentence(revoked: PoaRevocationView): string {
  const matters = `${taxTypesLabel(revoked.taxTypes).toLowerCase()} ${revoked.periodLabels.join(', ')}`;
  const shared = `${taxTypesLabel(revoked.overlap.taxTypes).toLowerCase()} ${revoked.overlap.periodLabels.join(', ')}`;
  return `${revoked.representative.fullName}'s POA for ${matters} (shared: ${shared})`;
}
