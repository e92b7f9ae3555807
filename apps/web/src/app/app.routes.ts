import { inject } from '@angular/core';
import type { Routes } from '@angular/router';
import { signedInGuard, signedOutGuard } from './core/auth/auth.guards';
import { AuthService } from './core/auth/auth.service';
import { landingPath } from './shell/nav-items';

export const routes: Routes = [
  {
    path: 'login',
    title: 'Sign in · Nutmeg',
    canMatch: [signedOutGuard],
    loadComponent: () => import('./login/login-page').then((m) => m.LoginPage),
  },
  {
    path: '',
    canMatch: [signedInGuard],
    loadComponent: () => import('./shell/shell').then((m) => m.Shell),
    children: [
      {
        path: 'board',
        loadChildren: () => import('./board/board.routes').then((m) => m.boardRoutes),
      },
      {
        path: 'triage',
        loadChildren: () => import('./triage/triage.routes').then((m) => m.triageRoutes),
      },
      {
        path: 'clients',
        loadChildren: () => import('./clients/clients.routes').then((m) => m.clientsRoutes),
      },
      {
        path: 'notices',
        loadChildren: () => import('./case/case.routes').then((m) => m.caseRoutes),
      },
      {
        path: 'clients/:id',
        loadChildren: () => import('./client/client.routes').then((m) => m.clientRoutes),
      },
      {
        path: 'calls',
        loadChildren: () => import('./calls/calls.routes').then((m) => m.callsRoutes),
      },
      {
        path: 'calculator',
        loadChildren: () => import('./calculator/calculator.routes').then((m) => m.calculatorRoutes),
      },
      {
        path: 'cases',
        loadChildren: () => import('./cases/cases.routes').then((m) => m.casesRoutes),
      },
      {
        path: 'dashboard',
        loadChildren: () => import('./dashboard/dashboard.routes').then((m) => m.dashboardRoutes),
      },
      {
        path: '',
        pathMatch: 'full',
        // Land on the role's start page in the navigation (the caseload board, or clients for assistants).
        redirectTo: () => {
          const role = inject(AuthService).user()?.role;
          return role ? landingPath(role) : 'clients';
        },
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
