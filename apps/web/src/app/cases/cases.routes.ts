import type { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/auth.guards';

export const casesRoutes: Routes = [
  {
    path: '',
    title: 'Cases · Nutmeg',
    canMatch: [permissionGuard('notices:read')],
    loadComponent: () => import('./cases-page').then((m) => m.CasesPage),
  },
];
