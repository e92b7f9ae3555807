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

  /** Moves the case along the workflow; 409 when the move makes no sense from its status or `version` is stale. */
  transition(id: string, to: NoticeStatus, version: number): Observable<NoticeView> {
    return this.http.post<NoticeView>(`/api/notices/${encodeURIComponent(id)}/transition`, { to, version });
  }
}
