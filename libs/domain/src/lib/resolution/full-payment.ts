import { formatDollars } from '../money/money';
import { assessment, nothingOwed, type ResolutionCase } from './resolution-case';
import type { ResolutionAssessment } from './resolution-types';

/** Paying in full stops penalty and interest accrual (seed). */
export function assessFullPayment(facts: ResolutionCase): ResolutionAssessment {
  const row = facts.rules.general.resolution.full_payment;
  const closed = nothingOwed(facts);
  const warnings = ['Include the account number and correspondence ID so DRS applies the payment to this notice.'];
  if (facts.withCollectionAgency) {
    warnings.push('The account is with a collection agency: confirm the payoff, which can include collection costs, and where to pay.');
  }
  return assessment('full_payment', row, {
    open: closed === undefined,
    reasons: closed ? [closed] : [`paying ${formatDollars(facts.balance)} in full stops penalty and interest from accruing`],
    needs: ['Account number and correspondence ID from the notice', 'Proof of payment (confirmation, bank record or money-order stub)'],
    warnings,
  });
}
