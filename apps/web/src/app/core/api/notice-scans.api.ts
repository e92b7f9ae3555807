import { HttpClient, type HttpEvent } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { NoticeScanView, NoticeView, NoticeWrite } from '@nutmeg/contracts';
import type { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class NoticeScansApi {
  private readonly http = inject(HttpClient);

  /** Reads a letter into a draft; the events carry the upload's progress, then the draft. */
  scan(file: File): Observable<HttpEvent<NoticeScanView>> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<NoticeScanView>('/api/notice-scans', body, { reportProgress: true, observe: 'events' });
  }

  /** The confirmed draft becomes a case; the letter becomes its first document. */
  confirm(id: string, notice: NoticeWrite): Observable<NoticeView> {
    return this.http.post<NoticeView>(`/api/notice-scans/${encodeURIComponent(id)}/notice`, notice);
  }
}
