import { canTransition, ChecklistItemView, LEGITIMACY_CHECKS, NOTICE_STATUSES, NoticeFigures, NoticeListItem } from '@nutmeg/contracts';
import { IsoDate } from '@nutmeg/domain';
import { CaseRead } from './case-read';
import { toDeadlineView } from './notice-figures';
import { NoticeCheck } from './notice-check.entity';

/** A case as lists show it: the view without the checklist. */
export function toNoticeListItem(read: CaseRead, figures: NoticeFigures, today: IsoDate): NoticeListItem {
  return {
    id: read.id,
    client: { id: read.clientId, legalName: read.clientName },
    kind: read.kind,
    taxType: read.taxType,
    taxPeriods: read.taxPeriods,
    noticeDate: read.noticeDate,
    receivedDate: read.receivedDate,
    taxDueDate: read.taxDueDate,
    taxDueDateAssumed: read.taxDueDateAssumed,
    penaltyKind: read.penaltyKind,
    extendedDueDate: read.extendedDueDate,
    accountNumber: read.accountNumber,
    correspondenceId: read.correspondenceId,
    reason: read.reason,
    stated: read.stated,
    assignee: read.assigneeId && read.assigneeName !== null ? { id: read.assigneeId, fullName: read.assigneeName } : null,
    status: read.status,
    allowedTransitions: NOTICE_STATUSES.filter((to) => canTransition(read.status, to)),
    responseStatus: read.responseStatus,
    possibleScam: read.possibleScam,
    notes: read.notes,
    deadlines: read.deadlines.map((deadline) => toDeadlineView(deadline, today)),
    figures,
    version: read.version,
    createdAt: read.createdAt.toISOString(),
    updatedAt: read.updatedAt.toISOString(),
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
