import { type AbstractControl, type NonNullableFormBuilder, type ValidationErrors, Validators } from '@angular/forms';
import type { CallOutcome, DrsLine, NoticeListItem } from '@nutmeg/contracts';
import type { CallWrite } from '../core/api/calls.api';
import { instantOf, localDateTime } from './calendar';

/** A client as the picker holds it once one is chosen (while typing, the control holds the text). */
export interface ClientPick {
  id: string;
  legalName: string;
}

/** Minutes longer than ten hours (hold or talk) are a typing error; the api refuses them too. */
const MAX_MINUTES = 600;
const MINUTES = [Validators.min(0), Validators.max(MAX_MINUTES), Validators.pattern(/^\d+$/)];

/** Typed text is not a choice: the picker's value must be an option. */
function chosen(control: AbstractControl): ValidationErrors | null {
  const value: unknown = control.value;
  return typeof value === 'string' && value.trim() !== '' ? { notChosen: true } : null;
}

export function buildLogCallForm(fb: NonNullableFormBuilder, callerId: string, now = new Date()) {
  return fb.group({
    client: fb.control<ClientPick | string | null>(null, [Validators.required, chosen]),
    notice: fb.control<NoticeListItem | string | null>(null, [chosen]),
    callerId: [callerId, Validators.required],
    startedAt: [localDateTime(now), Validators.required],
    // 860-297-5962: callable from anywhere, the line most calls go to.
    line: fb.control<DrsLine>('greater_hartford'),
    lineDetail: ['', Validators.maxLength(100)],
    drsEmployeeName: ['', Validators.maxLength(120)],
    drsEmployeeId: ['', Validators.maxLength(40)],
    holdMinutes: fb.control<number | string | null>(null, MINUTES),
    talkMinutes: fb.control<number | string | null>(null, MINUTES),
    purpose: ['', [Validators.required, Validators.maxLength(500)]],
    outcome: fb.control<CallOutcome | null>(null, Validators.required),
    referenceNumber: ['', Validators.maxLength(60)],
    drsPromises: ['', Validators.maxLength(2000)],
    notes: ['', Validators.maxLength(5000)],
    followUpOn: [''],
    acknowledgeNoPoa: [false],
  });
}

export type LogCallForm = ReturnType<typeof buildLogCallForm>;
export type LogCallFormValue = ReturnType<LogCallForm['getRawValue']>;

/** The api's field names → the form's (the pickers hold objects, the api wants ids). */
export function controlForField(path: string): string {
  if (path === 'clientId') return 'client';
  if (path === 'noticeId') return 'notice';
  return path;
}

export function pickedClient(value: LogCallFormValue['client']): ClientPick | null {
  return value && typeof value === 'object' ? value : null;
}

export function pickedNotice(value: LogCallFormValue['notice']): NoticeListItem | null {
  return value && typeof value === 'object' ? value : null;
}

function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function minutesOrNull(value: number | string | null): number | null {
  if (value === null || String(value).trim() === '') return null;
  return Number(value);
}

/** What POST /api/calls gets; `selfId` is the signed-in user (the caller is left out when it is them). */
export function toCallWrite(value: LogCallFormValue, selfId: string): CallWrite {
  const client = pickedClient(value.client);
  if (!client) throw new Error('toCallWrite needs a chosen client; validate the form first');
  const write: CallWrite = {
    clientId: client.id,
    noticeId: pickedNotice(value.notice)?.id ?? null,
    line: value.line,
    // Only "other" and the collections unit have no fixed number to record.
    lineDetail: value.line === 'other' || value.line === 'collections' ? textOrNull(value.lineDetail) : null,
    drsEmployeeName: textOrNull(value.drsEmployeeName),
    drsEmployeeId: textOrNull(value.drsEmployeeId),
    holdMinutes: minutesOrNull(value.holdMinutes),
    talkMinutes: minutesOrNull(value.talkMinutes),
    purpose: value.purpose.trim(),
    outcome: value.outcome as CallOutcome,
    referenceNumber: textOrNull(value.referenceNumber),
    drsPromises: textOrNull(value.drsPromises),
    followUpOn: textOrNull(value.followUpOn),
    notes: textOrNull(value.notes),
  };
  const startedAt = instantOf(value.startedAt);
  if (startedAt) write.startedAt = startedAt;
  if (value.callerId && value.callerId !== selfId) write.callerId = value.callerId;
  if (value.acknowledgeNoPoa) write.acknowledgeNoPoa = true;
  return write;
}
