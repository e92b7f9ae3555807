import { RESOLUTION_OPTIONS, type ResolutionOption } from '../vocabulary/vocabulary';
import { assessFullPayment } from './full-payment';
import { assessHardshipSuspension } from './hardship-suspension';
import { assessInstallmentPlan } from './installment-plan';
import { assessOfferOfCompromise } from './offer-of-compromise';
import { assessPayUnderProtest } from './pay-under-protest';
import { assessPenaltyWaiver } from './penalty-waiver';
import { assessProtestAppeal } from './protest-appeal';
import { parseResolutionCase, type ResolutionCase } from './resolution-case';
import type { ResolutionAssessment, ResolutionCaseInput } from './resolution-types';

const ASSESSORS: Readonly<Record<ResolutionOption, (facts: ResolutionCase) => ResolutionAssessment>> = {
  full_payment: assessFullPayment,
  installment_plan: assessInstallmentPlan,
  penalty_waiver: assessPenaltyWaiver,
  offer_of_compromise: assessOfferOfCompromise,
  protest_appeal: assessProtestAppeal,
  hardship_suspension: assessHardshipSuspension,
  pay_under_protest: assessPayUnderProtest,
};

/**
 * Every resolution option for a case, in a fixed order: open or not, why, the documents it needs, the form
 * and where it goes, warnings, and the rule behind it.
 */
export function resolutionOptions(input: ResolutionCaseInput): ResolutionAssessment[] {
  const facts = parseResolutionCase(input);
  return RESOLUTION_OPTIONS.map((option) => ASSESSORS[option](facts));
}
