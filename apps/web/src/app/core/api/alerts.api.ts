import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AlertView, Page } from '@nutmeg/contracts';
import type { Observable } from 'rxjs';

/** The sweep's alerts: a user's own (a manager's: the firm's), newest first. Every role holds 'alerts:read'. */
@Injectable({ providedIn: 'root' })
export class AlertsApi {
  private readonly http = inject(HttpClient);

  list(pageSize = 20): Observable<Page<AlertView>> {
    return this.http.get<Page<AlertView>>('/api/alerts', { params: new HttpParams().set('pageSize', pageSize) });
  }

  unreadCount(): Observable<{ unread: number }> {
    return this.http.get<{ unread: number }>('/api/alerts/unread-count');
  }

  markRead(id: string): Observable<AlertView> {
    return this.http.post<AlertView>(`/api/alerts/${encodeURIComponent(id)}/read`, {});
  }

  markAllRead(): Observable<{ marked: number }> {
    return this.http.post<{ marked: number }>('/api/alerts/read-all', {});
  }
}
