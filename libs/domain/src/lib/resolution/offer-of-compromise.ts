import { isoDateFromDayNumber } from '../dates/calendar-date';
import { assessment, nothingOwed, protestWindow, type ResolutionCase } from './resolution-case';
import type { ResolutionAssessment } from './resolution-types';

/** Offers of compromise (§12-2d) for doubt as to liability or collectibility; they stop no deadline. */
export function assessOfferOfCompromise(facts: ResolutionCase): ResolutionAssessment {
  const rule = facts.rules.general.offerOfCompromise.doesNotStopEnforcement;
  const row = facts.rules.general.resolution.offer_of_compromise;
  const blockers: string[] = [];
  const closed = nothingOwed(facts);
  if (closed) blockers.push(closed);
  if (facts.unfiledReturns) blockers.push('offer of compromise: every required return must be filed first');
  if (facts.exposure.underCriminalInvestigation) blockers.push('offer of compromise: not available under criminal investigation');
  if (facts.exposure.inBankruptcy) blockers.push('offer of compromise: not available during an active bankruptcy');

  const warnings: string[] = [];
  if (rule.value) {
    warnings.push('An offer of compromise stops no deadline and no enforcement unless DRS suspends it; keep every protest and appeal date.');
  }
  warnings.push('Keep making voluntary payments while the offer is pending.');
  const window = protestWindow(facts);
  if (window && window.daysLeft >= 0) {
    warnings.push(`The protest window still closes on ${isoDateFromDayNumber(window.dueDay)}: file the protest as well.`);
  }
  return assessment('offer_of_compromise', row, {
    open: blockers.length === 0,
    reasons:
      blockers.length > 0
        ? blockers
        : ['possible when there is genuine doubt about the liability or about collecting it in full'],
    needs: [
      'Full financial disclosure: income, assets and monthly expenses',
      'The grounds: doubt as to liability, collectibility, or both',
      'For doubt as to liability: the notice of assessment (an audit assessment, not a self-assessed tax)',
    ],
    warnings,
    ruleIds: [rule.id],
  });
}
