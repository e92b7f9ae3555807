import {
  type CallOutcome,
  type CallView,
  type DrsLine,
  DRS_LINE_NUMBERS,
  type NoticeStatus,
  type NoticeListItem,
} from '@nutmeg/contracts';
import { labelOf, NOTICE_KIND_LABELS, periodsLabel, TAX_TYPE_LABELS } from '../board/notice-labels';

export const DRS_LINE_LABELS: Readonly<Record<DrsLine, string>> = {
  greater_hartford: 'DRS main line',
  toll_free_in_ct: 'Toll-free (in CT)',
  tty: 'TTY',
  collections: 'Collections unit',
  other: 'Other number',
};

export const OUTCOME_LABELS: Readonly<Record<CallOutcome, string>> = {
  resolved: 'Resolved',
  info_obtained: 'Information obtained',
  callback_promised: 'Callback promised',
  payment_arranged: 'Payment arranged',
  transferred: 'Transferred',
  no_answer: 'No answer',
};

/** "DRS main line · 860-297-5962". */
export function lineOptionLabel(line: DrsLine): string {
  const number = DRS_LINE_NUMBERS[line];
  return number ? `${DRS_LINE_LABELS[line]} · ${number}` : DRS_LINE_LABELS[line];
}

/** What was dialled, as the list shows it. */
export function callLineText(call: Pick<CallView, 'line' | 'lineNumber' | 'lineDetail'>): string {
  const number = call.lineNumber ?? call.lineDetail;
  return number ? `${DRS_LINE_LABELS[call.line]} (${number})` : DRS_LINE_LABELS[call.line];
}

/** Cases still being worked: a call is about one of these. */
const CLOSED_STATUSES: ReadonlySet<NoticeStatus> = new Set(['resolved', 'closed_no_action']);

export function isOpenNotice(notice: Pick<NoticeListItem, 'status'>): boolean {
  return !CLOSED_STATUSES.has(notice.status);
}

/** "L00123456 · Income tax balance due · Individual income tax 2024". */
export function noticeOptionLabel(notice: NoticeListItem): string {
  return [
    notice.correspondenceId,
    labelOf(NOTICE_KIND_LABELS, notice.kind),
    `${labelOf(TAX_TYPE_LABELS, notice.taxType)} ${periodsLabel(notice.taxPeriods)}`,
  ].join(' · ');
}

/** "9:05 AM" in the browser's zone; a call's day is shown beside it when it matters. */
export function timeLabel(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
}
