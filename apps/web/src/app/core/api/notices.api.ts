import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { NoticeStatus, NoticeView, Page } from '@nutmeg/contracts';
import type { Observable } from 'rxjs';

export interface NoticeQuery {
  status?: NoticeStatus;
  assigneeId?: string | null;
  /** 1-based, as the api counts. */
  page?: number;
  /** At most 100. */
  pageSize?: number;
}

@Injectable({ providedIn: 'root' })
export class NoticesApi {
  private readonly http = inject(HttpClient);

  /** Ordered by the next hard deadline, soonest first. */
  list(query: NoticeQuery): Observable<Page<NoticeView>> {
    let params = new HttpParams().set('page', query.page ?? 1).set('pageSize', query.pageSize ?? 25);
    if (query.status) params = params.set('status', query.status);
    if (query.assigneeId) params = params.set('assigneeId', query.assigneeId);
    return this.http.get<Page<NoticeView>>('/api/notices', { params });
  }

  /** New and triage cases: unassigned first, then new, then most urgent. */
  triage(query: Pick<NoticeQuery, 'page' | 'pageSize'> = {}): Observable<Page<NoticeView>> {
    const params = new HttpParams().set('page', query.page ?? 1).set('pageSize', query.pageSize ?? 25);
    return this.http.get<Page<NoticeView>>('/api/notices/triage', { params });
  }

  /** Assigns the case (null unassigns) — managers only; 409 when `version` is stale. */
  assign(id: string, assigneeId: string | null, version: number): Observable<NoticeView> {
    return this.http.post<NoticeView>(`/api/notices/${encodeURIComponent(id)}/assign`, { assigneeId, version });
  }

  /** Moves the case along the workflow; 409 when the move makes no sense from its status or `version` is stale. */
  transition(id: string, to: NoticeStatus, version: number): Observable<NoticeView> {
    return this.http.post<NoticeView>(`/api/notices/${encodeURIComponent(id)}/transition`, { to, version });
  }
}
