import { RESOLUTION_LIFECYCLES, ResolutionView } from '@nutmeg/contracts';
import { Installment } from './installment.entity';
import { Resolution } from './resolution.entity';

/** Cautions a practitioner must see every time, not only when the action is recorded. */
function warningsFor(resolution: Resolution): string[] {
  const warnings: string[] = [];
  if (resolution.type === 'offer_of_compromise') {
    warnings.push('An offer of compromise stops no enforcement and extends no deadline unless DRS suspends collection; keep paying while it is pending (§12-2d).');
  }
  if (resolution.type === 'penalty_waiver') warnings.push('A waiver can remove penalty only: interest is never waived.');
  if (resolution.type === 'hardship_suspension') warnings.push('Interest keeps accruing while collection is suspended.');
  if (resolution.type === 'installment_plan') warnings.push('Interest keeps accruing during the plan; a missed payment defaults it and restarts enforcement.');
  if (resolution.details['filedLate'] === true) warnings.push(String(resolution.details['lateNote'] ?? 'Filed after the deadline.'));
  if (typeof resolution.details['eligibilityOverride'] === 'string') {
    warnings.push(`Requested although the rules say it is not open; reason recorded: ${resolution.details['eligibilityOverride']}`);
  }
  return warnings;
}

export function toResolutionView(resolution: Resolution, installments: Installment[]): ResolutionView {
  return {
    id: resolution.id,
    noticeId: resolution.noticeId,
    type: resolution.type,
    status: resolution.status,
    allowedNextStatuses: [...(RESOLUTION_LIFECYCLES[resolution.type][resolution.status] ?? [])],
    amount: resolution.amount?.toFixed(2) ?? null,
    date: resolution.date,
    details: resolution.details,
    installments: installments
      .filter((installment) => installment.resolutionId === resolution.id)
      .sort((a, b) => a.number - b.number)
      .map((installment) => ({
        number: installment.number,
        dueDate: installment.dueDate,
        amount: installment.amount.toFixed(2),
        status: installment.status,
        paidOn: installment.paidOn,
        paidAmount: installment.paidAmount?.toFixed(2) ?? null,
      })),
    warnings: warningsFor(resolution),
    createdBy: resolution.createdBy ? { id: resolution.createdBy.id, fullName: resolution.createdBy.fullName } : null,
    version: resolution.version,
    createdAt: resolution.createdAt.toISOString(),
    updatedAt: resolution.updatedAt.toISOString(),
  };
}
