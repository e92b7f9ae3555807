import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { DashboardSummary, DashboardTrends } from '@nutmeg/contracts';
import type { Observable } from 'rxjs';

/** How many weeks the dashboard's trend charts cover: a quarter, enough to see a direction. */
export const TREND_WEEKS = 12;

/** The manager dashboard: the firm's figures as of today, each with the notice-list filter behind it. */
@Injectable({ providedIn: 'root' })
export class DashboardApi {
  private readonly http = inject(HttpClient);

  summary(): Observable<DashboardSummary> {
    return this.http.get<DashboardSummary>('/api/dashboard');
  }

  /** Notices received and resolved and deadlines missed, week by week (oldest first). */
  trends(weeks: number = TREND_WEEKS): Observable<DashboardTrends> {
    return this.http.get<DashboardTrends>('/api/dashboard/trends', { params: new HttpParams().set('weeks', weeks) });
  }
}
