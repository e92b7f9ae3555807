import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CheckResult,
  LegitimacyCheck,
  NoticeListItem,
  NoticeStatus,
  NoticeView,
  NoticeWrite,
  Page,
  TimelineEntry,
} from '@nutmeg/contracts';
import type { ResolutionAssessment } from '@nutmeg/domain';
import type { Observable } from 'rxjs';

export interface NoticeQuery {
  status?: NoticeStatus;
  assigneeId?: string | null;
  /** Cases nobody is assigned to. */
  unassigned?: boolean;
  /** Only cases still being worked (not resolved or closed). */
  open?: boolean;
  kind?: string | null;
  riskLevel?: string | null;
  overdue?: boolean;
  dueWithinDays?: number | null;
  /** 1-based, as the api counts. */
  page?: number;
  /** At most 100. */
  pageSize?: number;
}

@Injectable({ providedIn: 'root' })
export class NoticesApi {
  private readonly http = inject(HttpClient);

  /** Ordered by the next hard deadline, soonest first. */
  list(query: NoticeQuery): Observable<Page<NoticeListItem>> {
    let params = new HttpParams().set('page', query.page ?? 1).set('pageSize', query.pageSize ?? 25);
    if (query.status) params = params.set('status', query.status);
    if (query.assigneeId) params = params.set('assigneeId', query.assigneeId);
    if (query.unassigned) params = params.set('unassigned', true);
    if (query.open) params = params.set('open', true);
    if (query.kind) params = params.set('kind', query.kind);
    if (query.riskLevel) params = params.set('riskLevel', query.riskLevel);
    if (query.overdue) params = params.set('overdue', true);
    if (query.dueWithinDays) params = params.set('dueWithinDays', query.dueWithinDays);
    return this.http.get<Page<NoticeListItem>>('/api/notices', { params });
  }

  /** New and triage cases: unassigned first, then new, then most urgent. */
  triage(query: Pick<NoticeQuery, 'page' | 'pageSize'> = {}): Observable<Page<NoticeListItem>> {
    const params = new HttpParams().set('page', query.page ?? 1).set('pageSize', query.pageSize ?? 25);
    return this.http.get<Page<NoticeListItem>>('/api/notices/triage', { params });
  }

  /** Assigns the case (null unassigns) — managers only; 409 when `version` is stale. */
  assign(id: string, assigneeId: string | null, version: number): Observable<NoticeView> {
    return this.http.post<NoticeView>(`/api/notices/${encodeURIComponent(id)}/assign`, { assigneeId, version });
  }

  /** Moves the case along the workflow; 409 when the move makes no sense from its status or `version` is stale. */
  transition(id: string, to: NoticeStatus, version: number): Observable<NoticeView> {
    return this.http.post<NoticeView>(`/api/notices/${encodeURIComponent(id)}/transition`, { to, version });
  }

  /** Takes in a notice; 400 names the field, 409 when its correspondence ID is on file (existingNoticeId). */
  create(body: NoticeWrite): Observable<NoticeView> {
    return this.http.post<NoticeView>('/api/notices', body);
  }

  /** Corrects the intake; 409 when `version` is stale. */
  update(id: string, body: Partial<NoticeWrite> & { version: number }): Observable<NoticeView> {
    return this.http.patch<NoticeView>(`/api/notices/${encodeURIComponent(id)}`, body);
  }

  /** One case with its live figures, deadlines, checklist and risk. */
  get(id: string): Observable<NoticeView> {
    return this.http.get<NoticeView>(`/api/notices/${encodeURIComponent(id)}`);
  }

  /** The case's history in plain words, newest first. */
  timeline(id: string): Observable<TimelineEntry[]> {
    return this.http.get<TimelineEntry[]>(`/api/notices/${encodeURIComponent(id)}/timeline`);
  }

  /** Each resolution option: open or not and why, what it needs, the form and where to send it. */
  options(id: string): Observable<ResolutionAssessment[]> {
    return this.http.get<ResolutionAssessment[]>(`/api/notices/${encodeURIComponent(id)}/options`);
  }

  /** Records one legitimacy check ('notices:checklist', which assistants hold too); a failure flags a possible scam. */
  setCheck(id: string, item: LegitimacyCheck, result: CheckResult, note?: string): Observable<NoticeView> {
    const body = note ? { result, note } : { result };
    return this.http.put<NoticeView>(
      `/api/notices/${encodeURIComponent(id)}/checklist/${encodeURIComponent(item)}`,
      body,
    );
  }
}
