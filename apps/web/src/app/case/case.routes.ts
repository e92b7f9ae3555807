import type { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/auth.guards';

export const caseRoutes: Routes = [
  {
    path: ':id',
    title: 'Case · Nutmeg',
    canMatch: [permissionGuard('notices:read')],
    loadComponent: () => import('./case-page').then((m) => m.CasePage),
  },
  // /notices alone has no page of its own: the caseload board lists the cases.
  { path: '', pathMatch: 'full', redirectTo: '/board' },
];
