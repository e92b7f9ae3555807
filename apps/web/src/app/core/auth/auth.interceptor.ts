import { HttpErrorResponse, type HttpInterceptorFn, HttpStatusCode } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, throwError } from 'rxjs';
import { AuthService } from './auth.service';

const LOGIN_URL = '/api/auth/login';

function isApiRequest(url: string): boolean {
  return url === '/api' || url.startsWith('/api/');
}

/**
 * Adds the bearer token to every api call, and treats a 401 on any call except the login itself as
 * "the session is over" (expired or revoked token): the user goes back to the login page.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const auth = inject(AuthService);
  if (!isApiRequest(request.url) || request.url === LOGIN_URL) return next(request);

  const token = auth.accessToken();
  const authorized = token ? request.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : request;
  return next(authorized).pipe(
    catchError((error: unknown) => {
      if (error instanceof HttpErrorResponse && error.status === HttpStatusCode.Unauthorized) auth.sessionRejected();
      return throwError(() => error);
    }),
  );
};
