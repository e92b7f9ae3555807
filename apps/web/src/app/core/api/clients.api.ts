import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { ClientUpdate, ClientView, ClientWrite, Page } from '@nutmeg/contracts';
import type { Observable } from 'rxjs';

export interface ClientQuery {
  /** 1-based, as the api counts. */
  page: number;
  pageSize: number;
  search?: string;
  assigneeId?: string | null;
}

@Injectable({ providedIn: 'root' })
export class ClientsApi {
  private readonly http = inject(HttpClient);

  list(query: ClientQuery): Observable<Page<ClientView>> {
    let params = new HttpParams().set('page', query.page).set('pageSize', query.pageSize);
    const search = query.search?.trim();
    if (search) params = params.set('search', search);
    if (query.assigneeId) params = params.set('assigneeId', query.assigneeId);
    return this.http.get<Page<ClientView>>('/api/clients', { params });
  }

  get(id: string): Observable<ClientView> {
    return this.http.get<ClientView>(`/api/clients/${encodeURIComponent(id)}`);
  }

  create(client: ClientWrite): Observable<ClientView> {
    return this.http.post<ClientView>('/api/clients', client);
  }

  update(id: string, change: ClientUpdate): Observable<ClientView> {
    return this.http.patch<ClientView>(`/api/clients/${encodeURIComponent(id)}`, change);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(`/api/clients/${encodeURIComponent(id)}`);
  }
}
