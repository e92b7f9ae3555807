import { canTransition, ChecklistItemView, LEGITIMACY_CHECKS, NOTICE_STATUSES, NoticeFigures, NoticeListItem, NoticeView } from '@nutmeg/contracts';
import { IsoDate } from '@nutmeg/domain';
import { DeadlineRecord } from '../deadlines/deadline.entity';
import { toDeadlineView } from './notice-figures';
import { NoticeCheck } from './notice-check.entity';
import { Notice } from './notice.entity';

/** The api's view of a case (also its audit snapshot, minus the live figures). */
export function toNoticeView(
  notice: Notice,
  deadlines: DeadlineRecord[],
  checks: NoticeCheck[],
  figures: NoticeFigures,
  today: IsoDate,
): NoticeView {
  return { ...toNoticeListItem(notice, deadlines, figures, today), checklist: checklistView(checks) };
}

/** A case as lists show it: the view without the checklist. */
export function toNoticeListItem(notice: Notice, deadlines: DeadlineRecord[], figures: NoticeFigures, today: IsoDate): NoticeListItem {
  if (!notice.client) throw new Error('notice loaded without its client');
  return {
    id: notice.id,
    client: { id: notice.client.id, legalName: notice.client.legalName },
    kind: notice.kind,
    taxType: notice.taxType,
    taxPeriods: notice.taxPeriods,
    noticeDate: notice.noticeDate,
    receivedDate: notice.receivedDate,
    taxDueDate: notice.taxDueDate,
    taxDueDateAssumed: notice.taxDueDateAssumed,
    accountNumber: notice.accountNumber,
    correspondenceId: notice.correspondenceId,
    reason: notice.reason,
    stated: {
      tax: notice.statedTax.toFixed(2),
      penalty: notice.statedPenalty.toFixed(2),
      interest: notice.statedInterest.toFixed(2),
      credits: notice.statedCredits.toFixed(2),
      balanceDue: notice.statedBalanceDue.toFixed(2),
      asOf: notice.statedAsOf,
    },
    assignee: notice.assignee ? { id: notice.assignee.id, fullName: notice.assignee.fullName } : null,
    status: notice.status,
    allowedTransitions: NOTICE_STATUSES.filter((to) => canTransition(notice.status, to)),
    responseStatus: notice.responseStatus,
    possibleScam: notice.possibleScam,
    notes: notice.notes,
    deadlines: deadlines.map((deadline) => toDeadlineView(deadline, today)),
    figures,
    version: notice.version,
    createdAt: notice.createdAt.toISOString(),
    updatedAt: notice.updatedAt.toISOString(),
  };
}

/** Every item of the checklist, in DOMAIN.md's order, whether or not anyone has looked at it yet. */
export function checklistView(checks: NoticeCheck[]): ChecklistItemView[] {
  return LEGITIMACY_CHECKS.map((item) => {
    const check = checks.find((candidate) => candidate.item === item);
    return {
      item,
      result: check?.result ?? 'not_checked',
      checkedBy: check?.checkedBy ? { id: check.checkedBy.id, fullName: check.checkedBy.fullName } : null,
      checkedAt: check?.checkedAt?.toISOString() ?? null,
      note: check?.note ?? null,
    };
  });
}
