import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  Page,
  PoaCoverageAnswer,
  PoaGridView,
  PoaPeriod,
  PoaPower,
  PoaRecordedView,
  PoaStatus,
  PoaView,
} from '@nutmeg/contracts';
import type { Observable } from 'rxjs';

/** The statuses a write may set (revoking has its own endpoint; expiry comes with the calendar). */
export type WritablePoaStatus = Extract<PoaStatus, 'draft' | 'filed' | 'active'>;

/**
 * POST /api/poa's body (the api's CreatePoaDto; libs/contracts carries only the answers). A period is a year
 * (with a quarter or a month, or neither) or a range of whole years.
 */
export interface PoaWrite {
  clientId: string;
  representativeId: string;
  taxTypes: string[];
  periods: PoaPeriod[];
  powers?: PoaPower[];
  otherActs?: string | null;
  includesSpouse?: boolean;
  /** `draft` when absent; `active` revokes earlier authorizations for shared matters. */
  status?: WritablePoaStatus;
  signedOn?: string | null;
  filedOn?: string | null;
  confirmationNumber?: string | null;
  effectiveOn?: string | null;
  expiresOn?: string | null;
  notes?: string | null;
}

export interface PoaQuery {
  clientId?: string;
  representativeId?: string;
  status?: PoaStatus;
  page?: number;
  /** At most 100. */
  pageSize?: number;
}

export interface PoaCoverageQuery {
  clientId: string;
  /** The person who wants to discuss the account with DRS. */
  userId: string;
  taxType: string;
  /** "2024", "2024-Q3" or "2024-07". */
  period: string;
  /** YYYY-MM-DD; today (America/New_York) when absent. */
  date?: string;
}

/** Powers of attorney (Form LGL-001). Every role holds 'poa:read' and 'poa:write'. */
@Injectable({ providedIn: 'root' })
export class PoaApi {
  private readonly http = inject(HttpClient);

  /** Newest first. */
  list(query: PoaQuery): Observable<Page<PoaView>> {
    let params = new HttpParams().set('page', query.page ?? 1).set('pageSize', query.pageSize ?? 100);
    if (query.clientId) params = params.set('clientId', query.clientId);
    if (query.representativeId) params = params.set('representativeId', query.representativeId);
    if (query.status) params = params.set('status', query.status);
    return this.http.get<Page<PoaView>>('/api/poa', { params });
  }

  /** Tax types × periods on file for the client, each cell the authorization in force on the day, if any. */
  grid(clientId: string, date?: string): Observable<PoaGridView> {
    let params = new HttpParams().set('clientId', clientId);
    if (date) params = params.set('date', date);
    return this.http.get<PoaGridView>('/api/poa/grid', { params });
  }

  /** May this person discuss this tax type and period with DRS on this day? With the reason either way. */
  coverage(query: PoaCoverageQuery): Observable<PoaCoverageAnswer> {
    let params = new HttpParams()
      .set('clientId', query.clientId)
      .set('userId', query.userId)
      .set('taxType', query.taxType)
      .set('period', query.period);
    if (query.date) params = params.set('date', query.date);
    return this.http.get<PoaCoverageAnswer>('/api/poa/coverage', { params });
  }

  /** Answers with what recording it revoked; 409 when a later LGL-001 is on file for a shared matter. */
  create(poa: PoaWrite): Observable<PoaRecordedView> {
    return this.http.post<PoaRecordedView>('/api/poa', poa);
  }

  update(id: string, change: Partial<Omit<PoaWrite, 'clientId'>> & { version: number }): Observable<PoaRecordedView> {
    return this.http.patch<PoaRecordedView>(`/api/poa/${encodeURIComponent(id)}`, change);
  }

  /** Ends the authority from `revokedOn` (today when absent); 409 when the version is stale. */
  revoke(id: string, body: { version: number; revokedOn?: string; reason?: string }): Observable<PoaView> {
    return this.http.post<PoaView>(`/api/poa/${encodeURIComponent(id)}/revoke`, body);
  }
}
