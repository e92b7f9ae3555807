import type { DeadlineView, NoticeListItem } from '@nutmeg/contracts';
import {
  deadlineLabelOf,
  labelOf,
  NOTICE_KIND_LABELS,
  periodsLabel,
  RISK_LEVEL_LABELS,
  STATUS_LABELS,
  TAX_TYPE_LABELS,
} from '../board/notice-labels';
import { formatUsd } from '../shared/money';

/** One row of the cases list, in words. */
export interface CaseRow {
  id: string;
  client: string;
  kind: string;
  taxType: string;
  periods: string;
  status: string;
  assignee: string | null;
  balance: string;
  deadline: ReturnType<typeof deadlineLabelOf>;
  riskLevel: string;
  riskLabel: string;
}

/**
 * The deadline a reader needs to see: the longest-overdue one when any is past due (open, or marked missed by
 * the sweep), else the next one. The api's next deadline skips past-due ones, so a case in the overdue list
 * would otherwise read "15 days left".
 */
export function urgentDeadlineOf(notice: NoticeListItem): DeadlineView | null {
  const overdue = notice.deadlines
    .filter((deadline) => (deadline.status === 'open' || deadline.status === 'missed') && deadline.daysLeft < 0)
    .sort((a, b) => a.daysLeft - b.daysLeft);
  return overdue[0] ?? notice.figures.nextDeadline;
}

export function caseRowOf(notice: NoticeListItem): CaseRow {
  return {
    id: notice.id,
    client: notice.client.legalName,
    kind: labelOf(NOTICE_KIND_LABELS, notice.kind),
    taxType: labelOf(TAX_TYPE_LABELS, notice.taxType),
    periods: periodsLabel(notice.taxPeriods),
    status: labelOf(STATUS_LABELS, notice.status),
    assignee: notice.assignee?.fullName ?? null,
    balance: formatUsd(notice.figures.balanceNow),
    deadline: deadlineLabelOf(urgentDeadlineOf(notice)),
    riskLevel: notice.figures.risk.level,
    riskLabel: labelOf(RISK_LEVEL_LABELS, notice.figures.risk.level),
  };
}
