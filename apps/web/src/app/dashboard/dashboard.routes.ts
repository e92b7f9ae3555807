import type { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/auth.guards';

export const dashboardRoutes: Routes = [
  {
    path: '',
    title: 'Dashboard · Nutmeg',
    canMatch: [permissionGuard('dashboard:read')],
    loadComponent: () => import('./dashboard-page').then((m) => m.DashboardPage),
  },
];
