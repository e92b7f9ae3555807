import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { NoticeListItem, Page } from '@nutmeg/contracts';
import type { Observable } from 'rxjs';

/**
 * One client's notices (GET /api/notices?clientId=), for the client page and the call log's notice picker.
 * Kept apart from NoticesApi, which the caseload pages own.
 */
@Injectable({ providedIn: 'root' })
export class ClientNoticesApi {
  private readonly http = inject(HttpClient);

  /** Ordered by the next hard deadline, soonest first; the api's largest page (a client rarely has more). */
  list(clientId: string): Observable<Page<NoticeListItem>> {
    const params = new HttpParams().set('clientId', clientId).set('page', 1).set('pageSize', 100);
    return this.http.get<Page<NoticeListItem>>('/api/notices', { params });
  }
}
