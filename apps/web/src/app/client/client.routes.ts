import type { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/auth.guards';

/** /clients/:id — the `id` reaches the page as an input (withComponentInputBinding). */
export const clientRoutes: Routes = [
  {
    path: '',
    title: 'Client · Nutmeg',
    canMatch: [permissionGuard('clients:read')],
    loadComponent: () => import('./client-page').then((m) => m.ClientPage),
  },
];
