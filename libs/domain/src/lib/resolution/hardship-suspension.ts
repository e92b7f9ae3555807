import { assessment, nothingOwed, type ResolutionCase } from './resolution-case';
import type { ResolutionAssessment } from './resolution-types';

const BUSINESS_TAX_TYPES = new Set(['business_withholding', 'sales', 'business_use', 'corporation']);

/** Temporary collection suspension for hardship: enforcement pauses, interest does not. */
export function assessHardshipSuspension(facts: ResolutionCase): ResolutionAssessment {
  const row = facts.rules.general.resolution.hardship_suspension;
  const blockers: string[] = [];
  const closed = nothingOwed(facts);
  if (closed) blockers.push(closed);
  if (facts.exposure.inBankruptcy) blockers.push('hardship suspension: the bankruptcy stay already pauses enforcement');
  const warnings = ['Interest keeps accruing during the suspension, and the balance stays due.'];
  if (BUSINESS_TAX_TYPES.has(facts.taxType)) {
    warnings.push('Hardship suspension is described for individuals; for a business tax DRS usually expects a plan.');
  }
  return assessment('hardship_suspension', row, {
    open: blockers.length === 0,
    reasons:
      blockers.length > 0
        ? blockers
        : ['for a taxpayer who cannot meet essential living expenses if they pay (unemployment, serious illness, other emergencies)'],
    needs: ['Income and expense records', 'Bank statements', 'Pay records', 'Proof of ongoing expenses such as rent and utilities'],
    warnings,
  });
}
