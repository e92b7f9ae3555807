import { formatDollars } from '../money/money';
import { assessment, describeProtestWindow, nothingOwed, protestWindow, type ResolutionCase } from './resolution-case';
import type { ResolutionAssessment } from './resolution-types';

/**
 * Paying the disputed amount under protest — a deposit in the nature of a cash bond (§12-39m, Form APL-004) —
 * stops interest on the tax it is applied to and is refunded if the appeal succeeds (seed).
 */
export function assessPayUnderProtest(facts: ResolutionCase): ResolutionAssessment {
  const row = facts.rules.general.resolution.pay_under_protest;
  const blockers: string[] = [];
  const closed = nothingOwed(facts);
  if (closed) blockers.push(closed);
  const window = protestWindow(facts);
  if (facts.status !== 'protested') {
    if (!window) blockers.push('pay under protest: no protest right starts with this notice, so there is nothing to pay under protest');
    else if (window.daysLeft < 0) blockers.push(`pay under protest: ${describeProtestWindow(window)}`);
  }
  return assessment('pay_under_protest', row, {
    open: blockers.length === 0,
    reasons:
      blockers.length > 0
        ? blockers
        : [
            `depositing ${formatDollars(facts.balance)} as a cash bond (§12-39m) stops interest on the tax it covers; DRS refunds it if the appeal succeeds`,
          ],
    needs: [
      'Form APL-004, Deposit in the Nature of a Cash Bond, with the payment (designated in writing as a cash bond)',
      'The written protest (or a copy of the one filed)',
    ],
    warnings: ['Pay under protest only together with a timely protest; a payment alone preserves no appeal.'],
  });
}
