import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { Router } from '@angular/router';
import {
  type LoginRequest,
  type LoginResponse,
  type Permission,
  roleHasPermission,
  type SessionUser,
} from '@nutmeg/contracts';
import { map, type Observable, tap } from 'rxjs';

/** What survives a page reload: the token, when it stops working, and who it belongs to. */
export interface StoredSession {
  accessToken: string;
  expiresAt: string;
  user: SessionUser;
}

/**
 * sessionStorage, not localStorage: the token dies with the tab, so a shared office computer does not keep
 * a practitioner signed in after the browser window closes.
 */
export const SESSION_STORAGE_KEY = 'nutmeg.session';

function readStoredSession(): StoredSession | null {
  try {
    const raw = sessionStorage.getItem(SESSION_STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredSession>;
    if (typeof parsed.accessToken !== 'string' || typeof parsed.expiresAt !== 'string' || !parsed.user) return null;
    return parsed as StoredSession;
  } catch {
    return null;
  }
}

function hasExpired(session: StoredSession, now = Date.now()): boolean {
  const expiresAt = Date.parse(session.expiresAt);
  return Number.isNaN(expiresAt) || expiresAt <= now;
}

@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly session = signal<StoredSession | null>(readStoredSession());

  readonly user = computed(() => this.session()?.user ?? null);
  readonly accessToken = computed(() => this.session()?.accessToken ?? null);

  /** True while a token is held that has not passed its expiry. */
  isSignedIn(): boolean {
    const session = this.session();
    if (session && hasExpired(session)) {
      this.clear();
      return false;
    }
    return session !== null;
  }

  can(permission: Permission): boolean {
    const user = this.user();
    return user !== null && roleHasPermission(user.role, permission);
  }

  login(credentials: LoginRequest): Observable<SessionUser> {
    return this.http.post<LoginResponse>('/api/auth/login', credentials).pipe(
      tap((response) =>
        this.store({ accessToken: response.accessToken, expiresAt: response.expiresAt, user: response.user }),
      ),
      map((response) => response.user),
    );
  }

  /** Re-reads the signed-in user (a name or role may have changed since the token was issued). */
  refreshUser(): Observable<SessionUser> {
    return this.http.get<SessionUser>('/api/auth/me').pipe(
      tap((user) => {
        const session = this.session();
        if (session) this.store({ ...session, user });
      }),
    );
  }

  signOut(): void {
    this.clear();
    void this.router.navigateByUrl('/login');
  }

  /** The api refused the token: forget it and send the user to sign in, then back to where they were. */
  sessionRejected(): void {
    if (!this.session()) return;
    this.clear();
    const returnUrl = this.router.url;
    void this.router.navigate(['/login'], {
      queryParams: returnUrl && !returnUrl.startsWith('/login') ? { returnUrl, expired: 1 } : { expired: 1 },
    });
  }

  private store(session: StoredSession): void {
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    this.session.set(session);
  }

  private clear(): void {
    sessionStorage.removeItem(SESSION_STORAGE_KEY);
    this.session.set(null);
  }
}
