import { CallView, DRS_LINE_NUMBERS } from '@nutmeg/contracts';
import { DrsCall } from './drs-call.entity';

/** The api's view of a logged call, and its audit snapshot. */
export function toCallView(call: DrsCall): CallView {
  if (!call.client || !call.caller) throw new Error('call loaded without its client and caller');
  return {
    id: call.id,
    client: { id: call.client.id, legalName: call.client.legalName },
    notice: call.notice
      ? { id: call.notice.id, correspondenceId: call.notice.correspondenceId, taxType: call.notice.taxType }
      : null,
    caller: { id: call.caller.id, fullName: call.caller.fullName },
    loggedBy: call.loggedBy ? { id: call.loggedBy.id, fullName: call.loggedBy.fullName } : null,
    line: call.line,
    lineNumber: DRS_LINE_NUMBERS[call.line] ?? call.lineDetail,
    lineDetail: call.lineDetail,
    drsEmployeeName: call.drsEmployeeName,
    drsEmployeeId: call.drsEmployeeId,
    startedAt: call.startedAt.toISOString(),
    callDate: call.callDate,
    holdMinutes: call.holdMinutes,
    talkMinutes: call.talkMinutes,
    purpose: call.purpose,
    outcome: call.outcome,
    referenceNumber: call.referenceNumber,
    drsPromises: call.drsPromises,
    followUpOn: call.followUpOn,
    followUpDeadline: call.followUpDeadline
      ? { id: call.followUpDeadline.id, dueDate: call.followUpDeadline.dueDate, status: call.followUpDeadline.status }
      : null,
    notes: call.notes,
    flaggedNoPoa: call.flaggedNoPoa,
    poaCoverage: call.poaCoverage,
    version: call.version,
    createdAt: call.createdAt.toISOString(),
    updatedAt: call.updatedAt.toISOString(),
  };
}
