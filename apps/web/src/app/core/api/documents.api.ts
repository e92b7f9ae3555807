import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { DocumentType, DocumentView } from '@nutmeg/contracts';
import type { Observable } from 'rxjs';

export interface DocumentQuery {
  clientId?: string;
  noticeId?: string;
}

/** The form fields sent with the file (multipart/form-data, field "file" for the file itself). */
export interface DocumentUpload {
  clientId: string;
  noticeId?: string;
  type: DocumentType;
  title: string;
  receivedDate?: string;
}

/** Every role reads and uploads documents ('documents:read', 'documents:write'). */
@Injectable({ providedIn: 'root' })
export class DocumentsApi {
  private readonly http = inject(HttpClient);

  /** Newest first. */
  list(query: DocumentQuery): Observable<DocumentView[]> {
    let params = new HttpParams();
    if (query.clientId) params = params.set('clientId', query.clientId);
    if (query.noticeId) params = params.set('noticeId', query.noticeId);
    return this.http.get<DocumentView[]>('/api/documents', { params });
  }

  /** A PDF, PNG or JPEG of at most 10 MB: 413 when larger, 415 when it is not one of those. */
  upload(upload: DocumentUpload, file: File): Observable<DocumentView> {
    const form = new FormData();
    form.set('clientId', upload.clientId);
    if (upload.noticeId) form.set('noticeId', upload.noticeId);
    form.set('type', upload.type);
    form.set('title', upload.title);
    if (upload.receivedDate) form.set('receivedDate', upload.receivedDate);
    // The file goes last: the api reads the fields before it streams the file.
    form.set('file', file, file.name);
    return this.http.post<DocumentView>('/api/documents', form);
  }

  /**
   * The file itself. Fetched through HttpClient, not a plain link, because the api wants the bearer token,
   * which only the interceptor adds.
   */
  content(id: string): Observable<Blob> {
    return this.http.get(`/api/documents/${encodeURIComponent(id)}/content`, { responseType: 'blob' });
  }
}
