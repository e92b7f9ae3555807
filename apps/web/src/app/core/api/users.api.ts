import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { UserSummary } from '@nutmeg/contracts';
import type { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  /** Everyone in the signed-in user's firm. */
  list(): Observable<UserSummary[]> {
    return this.http.get<UserSummary[]>('/api/users');
  }
}
