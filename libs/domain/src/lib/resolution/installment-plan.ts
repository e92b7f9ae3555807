import { formatDollars, money } from '../money/money';
import { assessment, nothingOwed, type ResolutionCase } from './resolution-case';
import type { ResolutionAssessment } from './resolution-types';

const SECONDARY = '(2021 quote of DRS criteria, a secondary source; the firm may turn it off)';

/**
 * Installment plans: all returns filed and no active bankruptcy (seed), 2–12 months; the 2021 secondary
 * criteria (no collection agency, no warrant, no criminal investigation, balance ≤ $10,000 — exactly $10,000
 * qualifies) apply while their rows are on.
 */
export function assessInstallmentPlan(facts: ResolutionCase): ResolutionAssessment {
  const plan = facts.rules.general.installmentPlan;
  const row = facts.rules.general.resolution.installment_plan;
  const blockers: string[] = [];
  const closed = nothingOwed(facts);
  if (closed) blockers.push(closed);
  if (facts.status === 'plan_active') blockers.push('an installment plan is already active');
  if (plan.allReturnsFiled.value && facts.unfiledReturns) {
    blockers.push('installment plan: unfiled returns on record; file every past-due return first');
  }
  if (plan.notInBankruptcy.value && facts.exposure.inBankruptcy) blockers.push('installment plan: the debt is tied to an active bankruptcy case');
  if (plan.notWithCollectionAgency.value && facts.withCollectionAgency) {
    const why = facts.inferred.withCollectionAgency ? `: ${facts.inferred.withCollectionAgency}` : '';
    blockers.push(`installment plan: the account is with a collection agency${why} ${SECONDARY}`);
  }
  if (plan.noWarrant.value && facts.hasWarrant) {
    const why = facts.inferred.hasWarrant ? `: ${facts.inferred.hasWarrant}` : '';
    blockers.push(`installment plan: a tax warrant has been issued${why} ${SECONDARY}`);
  }
  if (plan.notUnderCriminalInvestigation.value && facts.exposure.underCriminalInvestigation) {
    blockers.push(`installment plan: the taxpayer is under criminal investigation ${SECONDARY}`);
  }
  if (plan.maxBalance.value !== null && facts.balance.gt(plan.maxBalance.value)) {
    blockers.push(
      `installment plan: the balance of ${formatDollars(facts.balance)} is over the ${formatDollars(money(plan.maxBalance.value))} limit ${SECONDARY}`,
    );
  }

  const { min, max } = plan.termMonths.value;
  const warnings = [
    'Interest keeps accruing at the monthly rate on unpaid tax during the plan.',
    'A missed payment defaults the plan and restarts enforcement (garnishments, liens).',
  ];
  if (facts.status === 'plan_defaulted') warnings.push('A previous plan defaulted: expect DRS to ask why and possibly for a larger first payment.');
  return assessment('installment_plan', row, {
    open: blockers.length === 0,
    reasons: blockers.length > 0 ? blockers : [`meets the plan criteria: returns filed, no bankruptcy, repayment in ${min}–${max} months`],
    needs: [
      'Written request to the DRS Collections Unit explaining why the balance cannot be paid in full',
      'Recent pay stubs',
      'Recent bank statements',
      'Proof of monthly expenses',
    ],
    warnings,
    ruleIds: [
      plan.termMonths.id,
      plan.allReturnsFiled.id,
      plan.notInBankruptcy.id,
      plan.notWithCollectionAgency.id,
      plan.noWarrant.id,
      plan.notUnderCriminalInvestigation.id,
      plan.maxBalance.id,
      facts.rules.general.enforcement.warrantServedBy.id,
    ],
  });
}
