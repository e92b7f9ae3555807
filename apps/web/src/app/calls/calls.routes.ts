import type { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/auth.guards';

export const callsRoutes: Routes = [
  {
    path: '',
    title: 'Calls · Nutmeg',
    canMatch: [permissionGuard('calls:read')],
    loadComponent: () => import('./calls-page').then((m) => m.CallsPage),
  },
];
