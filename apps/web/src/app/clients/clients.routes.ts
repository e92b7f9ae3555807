import type { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/auth.guards';

export const clientsRoutes: Routes = [
  {
    path: '',
    title: 'Clients · Nutmeg',
    canMatch: [permissionGuard('clients:read')],
    loadComponent: () => import('./clients-page').then((m) => m.ClientsPage),
  },
];
