import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CallOutcome, CallView, DrsLine, Page } from '@nutmeg/contracts';
import type { Observable } from 'rxjs';

/** POST /api/calls' body (the api's CreateCallDto; libs/contracts carries only the answer). */
export interface CallWrite {
  clientId: string;
  noticeId?: string | null;
  /** Who spoke to DRS: yourself when absent; someone else only for managers. */
  callerId?: string;
  line: DrsLine;
  /** Required for `other`: the number or unit dialled. */
  lineDetail?: string | null;
  drsEmployeeName?: string | null;
  drsEmployeeId?: string | null;
  /** An instant with its offset; now when absent. */
  startedAt?: string;
  holdMinutes?: number | null;
  talkMinutes?: number | null;
  purpose: string;
  outcome: CallOutcome;
  referenceNumber?: string | null;
  drsPromises?: string | null;
  followUpOn?: string | null;
  notes?: string | null;
  /** Log it although the caller had no covering POA; the call is then flagged. */
  acknowledgeNoPoa?: boolean;
}

export interface CallQuery {
  clientId?: string;
  noticeId?: string;
  /** Calls this user made. */
  userId?: string;
  /** YYYY-MM-DD, a day in America/New_York. */
  date?: string;
  flaggedNoPoa?: boolean;
  page?: number;
  /** At most 100. */
  pageSize?: number;
}

/** Calls with DRS. Every role holds 'calls:read' and 'calls:write'. */
@Injectable({ providedIn: 'root' })
export class CallsApi {
  private readonly http = inject(HttpClient);

  /** Newest first. */
  list(query: CallQuery): Observable<Page<CallView>> {
    let params = new HttpParams().set('page', query.page ?? 1).set('pageSize', query.pageSize ?? 100);
    if (query.clientId) params = params.set('clientId', query.clientId);
    if (query.noticeId) params = params.set('noticeId', query.noticeId);
    if (query.userId) params = params.set('userId', query.userId);
    if (query.date) params = params.set('date', query.date);
    if (query.flaggedNoPoa !== undefined) params = params.set('flaggedNoPoa', query.flaggedNoPoa);
    return this.http.get<Page<CallView>>('/api/calls', { params });
  }

  /** 409 (code `poa_not_covered`, with the coverage) when the caller had no covering POA and it was not acknowledged. */
  create(call: CallWrite): Observable<CallView> {
    return this.http.post<CallView>('/api/calls', call);
  }
}
