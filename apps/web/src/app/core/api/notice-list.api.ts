import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { NoticeListFilter, NoticeListItem, Page } from '@nutmeg/contracts';
import type { Observable } from 'rxjs';

/**
 * What the cases list can narrow by: the dashboard's figure filters plus the notice kind.
 * The names are GET /api/notices' query parameters, and the cases page uses them as its own URL's too, so a
 * link from a dashboard figure, the page's address and the api request all say the same thing.
 */
export type CaseListFilter = NoticeListFilter & {
  kind?: string;
};

/** Every filter key, in the order the list shows them as chips. */
export const CASE_FILTER_KEYS = [
  'status',
  'kind',
  'assigneeId',
  'unassigned',
  'riskLevel',
  'overdue',
  'dueWithinDays',
  'agingBucket',
  'mechanism',
  'mechanismLevel',
  'open',
] as const satisfies readonly (keyof CaseListFilter)[];
export type CaseFilterKey = (typeof CASE_FILTER_KEYS)[number];

/** { overdue: true, dueWithinDays: 7 } → { overdue: 'true', dueWithinDays: '7' }; unset keys are left out. */
export function filterParams(filter: CaseListFilter): Record<string, string> {
  const params: Record<string, string> = {};
  for (const key of CASE_FILTER_KEYS) {
    const value = filter[key];
    if (value === undefined || value === null || value === '') continue;
    params[key] = String(value);
  }
  return params;
}

export interface CaseListQuery {
  filter: CaseListFilter;
  /** 1-based, as the api counts. */
  page: number;
  /** At most 100. */
  pageSize: number;
}

/** The filtered, paged list of notices behind the cases page (GET /api/notices). */
@Injectable({ providedIn: 'root' })
export class NoticeListApi {
  private readonly http = inject(HttpClient);

  /** Ordered by the next hard deadline, soonest first. */
  list(query: CaseListQuery): Observable<Page<NoticeListItem>> {
    const params = new HttpParams({ fromObject: filterParams(query.filter) })
      .set('page', query.page)
      .set('pageSize', query.pageSize);
    return this.http.get<Page<NoticeListItem>>('/api/notices', { params });
  }
}
