import { inject } from '@angular/core';
import { type CanMatchFn, Router } from '@angular/router';
import type { Permission } from '@nutmeg/contracts';
import { AuthService } from './auth.service';

/** Only a signed-in user reaches the shell; anyone else is sent to sign in and brought back afterwards. */
export const signedInGuard: CanMatchFn = (_route, segments) => {
  const auth = inject(AuthService);
  if (auth.isSignedIn()) return true;
  const returnUrl = '/' + segments.map((segment) => segment.path).join('/');
  return inject(Router).createUrlTree(['/login'], {
    queryParams: returnUrl === '/' ? {} : { returnUrl },
  });
};

/** A signed-in user who opens /login goes straight to work. */
export const signedOutGuard: CanMatchFn = () => {
  const auth = inject(AuthService);
  return auth.isSignedIn() ? inject(Router).createUrlTree(['/']) : true;
};

/** Keeps a feature route from a role that lacks its permission (the api refuses it as well). */
export function permissionGuard(permission: Permission): CanMatchFn {
  return () => {
    const auth = inject(AuthService);
    return auth.can(permission) ? true : inject(Router).createUrlTree(['/']);
  };
}
