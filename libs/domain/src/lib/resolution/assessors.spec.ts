import { assessFullPayment } from './full-payment';
import { assessHardshipSuspension } from './hardship-suspension';
import { assessInstallmentPlan } from './installment-plan';
import { assessOfferOfCompromise } from './offer-of-compromise';
import { assessPayUnderProtest } from './pay-under-protest';
import { assessPenaltyWaiver } from './penalty-waiver';
import { assessProtestAppeal } from './protest-appeal';
import { resolutionCase } from './resolution.fixtures';
import { parseResolutionCase } from './resolution-case';

// Each option's assessor on its own; the scenarios under ./scenarios exercise their reasons in depth.
describe('option assessors', () => {
  const ordinary = parseResolutionCase(resolutionCase());
  // A waiver is considered only once the tax and interest are paid (PS 2013(5)): only the penalty is left.
  const penaltyLeft = parseResolutionCase(resolutionCase({ balance: '200.00', unpaidTaxAndInterest: '0.00' }));

  it.each([
    ['full_payment', assessFullPayment, false],
    ['installment_plan', assessInstallmentPlan, false],
    ['penalty_waiver', assessPenaltyWaiver, true],
    ['offer_of_compromise', assessOfferOfCompromise, false],
    ['protest_appeal', assessProtestAppeal, true],
    ['hardship_suspension', assessHardshipSuspension, false],
    ['pay_under_protest', assessPayUnderProtest, false],
  ] as const)('%s is open for an ordinary case; open once paid: %s', (option, assess, openWhenPaid) => {
    const facts = option === 'penalty_waiver' ? penaltyLeft : ordinary;
    const result = assess(facts);
    expect(result.option).toBe(option);
    expect(result.open).toBe(true);
    expect(assess({ ...facts, status: 'paid' }).open).toBe(openWhenPaid);
  });
});
