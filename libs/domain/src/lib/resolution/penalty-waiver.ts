import { formatDollars, money } from '../money/money';
import { assessment, type ResolutionCase } from './resolution-case';
import type { ResolutionAssessment } from './resolution-types';

/** Penalty waivers (Form DRS-PW) for reasonable cause; never interest; audit penalties are protested. */
export function assessPenaltyWaiver(facts: ResolutionCase): ResolutionAssessment {
  const waiver = facts.rules.general.penaltyWaiver;
  const taxRules = facts.rules.taxTypes[facts.taxType];
  const row = facts.rules.general.resolution.penalty_waiver;
  const blockers: string[] = [];
  if (!facts.penaltyAmount.gt(0)) blockers.push('penalty waiver: there is no penalty on the account to waive');
  if (!taxRules.penaltyWaivable.value) blockers.push(`penalty waiver: the ${taxRules.label.toLowerCase()} penalty is not waivable under the firm's rules`);
  if (facts.noticeKind === 'proposed_assessment' && waiver.auditPenaltiesProtested.value) {
    blockers.push('penalty waiver: penalties from an audit are protested to the Appellate Division, not waived (see protest_appeal)');
  }
  // PS 2013(5): compliance first, unless the taxpayer keeps to a DRS plan or has a timely protest.
  const compliantOtherwise = facts.status === 'plan_active' || facts.status === 'protested';
  if (waiver.complianceFirst.value && !compliantOtherwise) {
    if (facts.unfiledReturns) blockers.push('penalty waiver: file every past-due return first (DRS considers no waiver while returns are unfiled)');
    if (facts.unpaidTaxAndInterest.gt(0)) {
      blockers.push(
        `penalty waiver: ${formatDollars(facts.unpaidTaxAndInterest)} of tax and interest is unpaid; pay it, keep to a DRS payment plan, or protest in time before asking`,
      );
    }
  }

  const warnings: string[] = [];
  if (!taxRules.interestWaivable.value) warnings.push('Interest is never waived; only the penalty can be.');
  if (waiver.taxAndInterestFirst.value) warnings.push('DRS expects the tax and interest to be paid before it considers the waiver.');
  const threshold = money(waiver.committeeThreshold.value);
  if (facts.penaltyAmount.gt(threshold)) {
    warnings.push(
      `The penalty of ${formatDollars(facts.penaltyAmount)} is over ${formatDollars(threshold)}: the waiver needs the Penalty Review Committee's approval (sources give $500, $1,000 or $5,000).`,
    );
  }
  return assessment('penalty_waiver', row, {
    open: blockers.length === 0,
    reasons:
      blockers.length > 0
        ? blockers
        : [`a penalty of ${formatDollars(facts.penaltyAmount)} can be waived for reasonable cause (serious illness, natural disaster, incorrect written DRS advice)`],
    needs: [
      'Form DRS-PW',
      'A written explanation of the reasonable cause, made under penalty of false statement',
      'Supporting records: medical notes, insurance claims, disaster records, or the incorrect written DRS advice',
    ],
    warnings,
    ruleIds: [
      taxRules.penaltyWaivable.id,
      taxRules.interestWaivable.id,
      waiver.committeeThreshold.id,
      waiver.auditPenaltiesProtested.id,
      waiver.taxAndInterestFirst.id,
      waiver.complianceFirst.id,
    ],
  });
}
