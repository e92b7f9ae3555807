import type { DashboardSummary, DashboardTrends } from '@nutmeg/contracts';

/** Test data only (imported by specs): a small firm's dashboard in the api's shape. */
export const PAUL_ID = '0b7a3a52-6a0e-4a8e-9a53-1f0c1c7f2a01';
export const MARIA_ID = '0b7a3a52-6a0e-4a8e-9a53-1f0c1c7f2a02';

export function dashboardSummary(overrides: Partial<DashboardSummary> = {}): DashboardSummary {
  return {
    asOf: '2026-11-25',
    open: { notices: 42, balance: '183200.50', filter: { open: true } },
    overdue: { notices: 7, deadlines: 9, balance: '48210.00', filter: { open: true, overdue: true } },
    dueThisWeek: { notices: 5, deadlines: 6, balance: '12000.00', filter: { open: true, dueWithinDays: 7 } },
    aging: [
      { bucket: '0-30', notices: 12, balance: '30000.00', filter: { open: true, agingBucket: '0-30' } },
      { bucket: '31-60', notices: 10, balance: '40000.00', filter: { open: true, agingBucket: '31-60' } },
      { bucket: '61-90', notices: 8, balance: '50000.00', filter: { open: true, agingBucket: '61-90' } },
      { bucket: '90+', notices: 12, balance: '63200.50', filter: { open: true, agingBucket: '90+' } },
    ],
    exposureByRisk: [
      { level: 'low', notices: 20, balance: '40000.00', filter: { open: true, riskLevel: 'low' } },
      { level: 'elevated', notices: 10, balance: '50000.00', filter: { open: true, riskLevel: 'elevated' } },
      { level: 'high', notices: 8, balance: '60000.00', filter: { open: true, riskLevel: 'high' } },
      { level: 'critical', notices: 4, balance: '33200.50', filter: { open: true, riskLevel: 'critical' } },
    ],
    workload: [
      {
        assignee: { id: PAUL_ID, fullName: 'Paul Ortiz', role: 'practitioner' },
        open: 25,
        overdue: 4,
        balance: '100000.00',
        filter: { open: true, assigneeId: PAUL_ID },
      },
      {
        assignee: { id: MARIA_ID, fullName: 'Maria Manager', role: 'manager' },
        open: 12,
        overdue: 0,
        balance: '60000.00',
        filter: { open: true, assigneeId: MARIA_ID },
      },
      { assignee: null, open: 5, overdue: 3, balance: '23200.50', filter: { open: true, unassigned: true } },
    ],
    heatmap: [
      {
        mechanism: 'lien',
        level: 'low',
        notices: 20,
        filter: { open: true, mechanism: 'lien', mechanismLevel: 'low' },
      },
      {
        mechanism: 'lien',
        level: 'high',
        notices: 6,
        filter: { open: true, mechanism: 'lien', mechanismLevel: 'high' },
      },
      {
        mechanism: 'bank_levy',
        level: 'critical',
        notices: 1,
        filter: { open: true, mechanism: 'bank_levy', mechanismLevel: 'critical' },
      },
    ],
    sweep: {
      enabled: true,
      schedule: '0 * * * *',
      lastRun: {
        id: 'sweep-1',
        asOf: '2026-11-25',
        startedAt: new Date(Date.now() - 20 * 60_000).toISOString(),
        finishedAt: new Date(Date.now() - 20 * 60_000 + 1500).toISOString(),
        outcome: 'succeeded',
        alertsRaised: 11,
        durationMs: 1500,
      },
      nextRunAt: new Date(Date.now() + 40 * 60_000).toISOString(),
      unreadAlerts: 3,
    },
    ...overrides,
  };
}

export function dashboardTrends(): DashboardTrends {
  return {
    asOf: '2026-11-25',
    weeks: [
      { weekStart: '2026-11-09', received: 4, resolved: 2, missed: 1 },
      { weekStart: '2026-11-16', received: 6, resolved: 3, missed: 0 },
      { weekStart: '2026-11-23', received: 1, resolved: 5, missed: 2 },
    ],
  };
}
