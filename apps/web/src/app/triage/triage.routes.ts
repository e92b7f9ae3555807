import type { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/auth.guards';

export const triageRoutes: Routes = [
  {
    path: '',
    title: 'Triage · Nutmeg',
    canMatch: [permissionGuard('notices:read')],
    loadComponent: () => import('./triage-page').then((m) => m.TriagePage),
  },
];
