/**
 * The manager dashboard (GET /api/dashboard). Every figure is aggregated in SQL over the figures the
 * sweep and every edit store on each notice (balance_now, risk_level, mechanism levels, next hard
 * deadline), as of `asOf` (today in America/New_York). Each figure carries the notice-list filter that
 * reproduces it, so the web app can open "the list behind the number".
 */

/** Open notices by age since the notice date: 0–30, 31–60, 61–90 and over 90 days. */
export const AGING_BUCKETS = ['0-30', '31-60', '61-90', '90+'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** Query parameters of GET /api/notices that list the notices behind a figure. */
export interface NoticeListFilter {
  status?: string;
  assigneeId?: string;
  /** `none` lists unassigned notices. */
  unassigned?: boolean;
  riskLevel?: string;
  overdue?: boolean;
  dueWithinDays?: number;
  agingBucket?: AgingBucket;
  mechanism?: string;
  mechanismLevel?: string;
  open?: boolean;
}

export interface DashboardFigure {
  notices: number;
  /** Sum of the stored accrued balances (balance now), exact, as a decimal string. */
  balance: string;
  filter: NoticeListFilter;
}

export interface DashboardSummary {
  asOf: string;
  /** Open notices (not resolved, not closed). */
  open: DashboardFigure;
  /** Open notices with at least one open hard or soft deadline whose due date has passed, or a missed hard deadline. */
  overdue: DashboardFigure & { deadlines: number };
  /** Open notices with an open deadline due today through the next 7 days. */
  dueThisWeek: DashboardFigure & { deadlines: number };
  aging: Array<DashboardFigure & { bucket: AgingBucket }>;
  /** Dollar exposure by overall escalation risk level (low, elevated, high, critical). */
  exposureByRisk: Array<DashboardFigure & { level: string }>;
  /** One row per practitioner and manager (and one for unassigned when any), busiest first. */
  workload: Array<{
    assignee: { id: string; fullName: string; role: string } | null;
    open: number;
    overdue: number;
    balance: string;
    filter: NoticeListFilter;
  }>;
  /** Mechanism (lien, wage_garnishment, …) × level → open notices. */
  heatmap: Array<{ mechanism: string; level: string; notices: number; filter: NoticeListFilter }>;
  sweep: {
    enabled: boolean;
    /** The cron expression, e.g. "0 * * * *". */
    schedule: string | null;
    lastRun: { id: string; asOf: string; startedAt: string; finishedAt: string | null; outcome: string; alertsRaised: number | null; durationMs: number | null } | null;
    nextRunAt: string | null;
    unreadAlerts: number;
  };
}

/** Weekly trend for the charts (GET /api/dashboard/trends?weeks=N, default 12). */
export interface DashboardTrendPoint {
  /** Monday of the week (America/New_York). */
  weekStart: string;
  /** Notices received (notice date) that week. */
  received: number;
  /** Notices moved to resolved or closed that week (from the audit trail). */
  resolved: number;
  /** Deadlines that became missed that week. */
  missed: number;
}

export interface DashboardTrends {
  asOf: string;
  weeks: DashboardTrendPoint[];
}
