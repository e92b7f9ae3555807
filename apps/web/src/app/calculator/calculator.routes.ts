import type { Routes } from '@angular/router';
import { permissionGuard } from '../core/auth/auth.guards';

export const calculatorRoutes: Routes = [
  {
    path: '',
    title: 'Calculator · Nutmeg',
    canMatch: [permissionGuard('calculator:use')],
    loadComponent: () => import('./calculator-page').then((m) => m.CalculatorPage),
  },
];
