import type { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/auth.guards';

export const boardRoutes: Routes = [
  {
    path: '',
    title: 'Caseload · Nutmeg',
    canMatch: [permissionGuard('notices:read')],
    loadComponent: () => import('./board-page').then((m) => m.BoardPage),
  },
];
