import { ResponseStatus } from '@nutmeg/domain';

export interface ResolutionState {
  type: string;
  status: string;
  details: Record<string, unknown>;
}

const SETTLED = new Set(['denied', 'rejected', 'withdrawn', 'completed', 'ended', 'decided', 'recorded']);

/**
 * What the risk model should believe about the taxpayer's response, from the resolutions on file:
 * nothing owed beats everything; a defaulted plan outweighs any activity (enforcement restarts, seed);
 * then an active plan, a pending protest or money paid under protest, and any other open action.
 */
export function deriveResponseStatus(resolutions: ResolutionState[], nothingOwed: boolean): ResponseStatus {
  if (nothingOwed && resolutions.some((r) => r.type === 'payment' || r.type === 'installment_plan')) return 'paid';
  if (resolutions.some((r) => r.type === 'installment_plan' && r.status === 'defaulted')) return 'plan_defaulted';
  if (resolutions.some((r) => r.type === 'installment_plan' && r.status === 'approved')) return 'plan_active';
  if (resolutions.some((r) => r.type === 'protest' && r.status === 'filed')) return 'protested';
  if (resolutions.some((r) => r.type === 'payment' && r.details['payUnderProtest'] === true)) return 'protested';
  if (resolutions.some((r) => !SETTLED.has(r.status) || r.type === 'payment')) return 'in_progress';
  return 'none';
}
