import type { PoaCoverageAnswer } from './poa';

/** The DRS lines a practitioner calls (DOMAIN.md "DRS contacts"); `other` needs the number in `lineDetail`. */
export const DRS_LINES = ['greater_hartford', 'toll_free_in_ct', 'tty', 'collections', 'other'] as const;
export type DrsLine = (typeof DRS_LINES)[number];

export const DRS_LINE_NUMBERS: Readonly<Record<DrsLine, string | null>> = {
  // Callable from anywhere; the seed calls it the Greater Hartford line.
  greater_hartford: '860-297-5962',
  // Toll-free within Connecticut outside Greater Hartford.
  toll_free_in_ct: '800-382-9463',
  tty: '860-297-4911',
  collections: null,
  other: null,
};

export const CALL_OUTCOMES = [
  'resolved',
  'info_obtained',
  'callback_promised',
  'payment_arranged',
  'transferred',
  'no_answer',
] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

export interface CallView {
  id: string;
  client: { id: string; legalName: string };
  notice: { id: string; correspondenceId: string; taxType: string } | null;
  /** Who spoke to DRS. */
  caller: { id: string; fullName: string };
  /** Who logged it (a manager may log a call for someone else). */
  loggedBy: { id: string; fullName: string } | null;
  line: DrsLine;
  /** The number for the named lines; otherwise what was typed in `lineDetail`. */
  lineNumber: string | null;
  lineDetail: string | null;
  drsEmployeeName: string | null;
  drsEmployeeId: string | null;
  startedAt: string;
  /** The day of `startedAt` in America/New_York: what `?date=` filters on and POA coverage is checked for. */
  callDate: string;
  holdMinutes: number | null;
  talkMinutes: number | null;
  purpose: string;
  outcome: CallOutcome;
  referenceNumber: string | null;
  drsPromises: string | null;
  followUpOn: string | null;
  /** The soft follow-up deadline written on the notice, when a notice was given. */
  followUpDeadline: { id: string; dueDate: string; status: string } | null;
  notes: string | null;
  /** True when the caller had no POA covering the matter and the call was logged with `acknowledgeNoPoa`. */
  flaggedNoPoa: boolean;
  /** The POA check as it stood when the call was logged (or last corrected). */
  poaCoverage: PoaCoverageAnswer;
  version: number;
  createdAt: string;
  updatedAt: string;
}
