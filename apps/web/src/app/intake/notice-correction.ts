import type { NoticeView } from '@nutmeg/contracts';
import type { NoticeWrite } from './notice-form';

/** One field a correction changes, in words, for the summary shown before saving. */
export interface FieldChange {
  readonly field: string;
  readonly before: string;
  readonly after: string;
}

const periodsText = (periods: NoticeWrite['taxPeriods']): string =>
  periods
    .map((period) => {
      const name = `${period.year}${period.quarter ? `-Q${period.quarter}` : period.month ? `-${String(period.month).padStart(2, '0')}` : ''}`;
      const amounts = period.tax ? ` $${period.tax}` : '';
      return `${name}${amounts}${period.dueDate ? ` due ${period.dueDate}` : ''}`;
    })
    .join(', ');

/**
 * What the correction changes, field by field: the letter's fields as on file against the form's. Assumed
 * due dates are the engine's and do not count as entries.
 */
export function correctionOf(notice: NoticeView, write: NoticeWrite): FieldChange[] {
  const onFile: Array<[string, string, string]> = [
    ['Client', notice.client.id, write.clientId],
    ['Notice kind', notice.kind, write.kind],
    ['Tax type', notice.taxType, write.taxType],
    [
      'Periods',
      periodsText(
        notice.taxPeriods.map(({ dueDateAssumed, dueDate, ...period }) => ({
          ...period,
          ...(dueDateAssumed ? {} : { dueDate }),
        })),
      ),
      periodsText(write.taxPeriods),
    ],
    ['Notice date', notice.noticeDate, write.noticeDate],
    ['Received date', notice.receivedDate ?? '', write.receivedDate ?? ''],
    ['Tax due date', notice.taxDueDateAssumed ? '' : notice.taxDueDate, write.taxDueDate ?? ''],
    ['Penalty', notice.penaltyKind, write.penaltyKind ?? 'late_payment'],
    ['Extended due date', notice.extendedDueDate ?? '', write.extendedDueDate ?? ''],
    ['Account number', notice.accountNumber, write.accountNumber],
    ['Letter ID', notice.correspondenceId, write.correspondenceId],
    ['Reason', notice.reason ?? '', write.reason ?? ''],
    ['Stated tax', notice.stated.tax, write.stated.tax],
    ['Stated penalty', notice.stated.penalty, write.stated.penalty],
    ['Stated interest', notice.stated.interest, write.stated.interest],
    ['Stated credits', notice.stated.credits, write.stated.credits],
    ['Balance due', notice.stated.balanceDue, write.stated.balanceDue],
    ['Balance as of', notice.stated.asOf ?? '', write.stated.asOf ?? ''],
    ['Notes', notice.notes ?? '', write.notes ?? ''],
  ];
  return onFile
    .filter(([, before, after]) => before !== after)
    .map(([field, before, after]) => ({
      field,
      before: field === 'Client' ? (before === notice.client.id ? notice.client.legalName : before) : before || '—',
      after:
        field === 'Client' ? (after === notice.client.id ? notice.client.legalName : 'another client') : after || '—',
    }));
}
