/**
 * The manager dashboard (GET /api/dashboard). Every figure is aggregated in SQL over the figures the
 * sweep and every edit store on each notice (balance_now, risk_level, mechanism levels, next hard
 * deadline), as of `asOf` (today in America/New_York). Each figure carries the notice-list filter that
 * reproduces it, so the web app can open "the list behind the number".
 */

/** Open notices by age since the notice date: 0–30, 31–60, 61–90 and over 90 days. */
export const AGING_BUCKETS = ['0-30', '31-60', '61-90', '90+'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** The ages (whole days from the notice date to today) each bucket holds, inclusive; null = unbounded. */
export const AGING_BUCKET_DAYS: Readonly<Record<AgingBucket, { from: number | null; to: number | null }>> = {
  // A notice dated after today (a clock corrected backwards) counts as new rather than falling out.
  '0-30': { from: null, to: 30 },
  '31-60': { from: 31, to: 60 },
  '61-90': { from: 61, to: 90 },
  '90+': { from: 91, to: null },
};

/** Statuses of a finished case; every other status is "open" (the dashboard, and the list's `open=true`). */
export const CLOSED_NOTICE_STATUSES = ['resolved', 'closed_no_action'] as const;

/** Query parameters of GET /api/notices that list the notices behind a figure. */
export interface NoticeListFilter {
  status?: string;
  assigneeId?: string;
  /** `true` lists only unassigned notices (`false` only assigned ones). */
  unassigned?: boolean;
  riskLevel?: string;
  /** A deadline past its due date and not met (open, or marked missed by a sweep). */
  overdue?: boolean;
  /** An open deadline due between today and today + N days. */
  dueWithinDays?: number;
  /** Age of the notice date as of today (open notices). */
  agingBucket?: AgingBucket;
  /** Both together: notices whose stored level for this escalation mechanism is `mechanismLevel`. */
  mechanism?: string;
  mechanismLevel?: string;
  /** `true`: not resolved and not closed (`false`: resolved or closed). */
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
  /**
   * Open notices with at least one deadline (hard or soft) past its due date and not met — open, or marked
   * missed by a sweep — exactly the list's `overdue=true`; `deadlines` counts those deadlines.
   */
  overdue: DashboardFigure & { deadlines: number };
  /** Open notices with an open deadline due today through today + 7 (`dueWithinDays=7`); `deadlines` counts them. */
  dueThisWeek: DashboardFigure & { deadlines: number };
  /** Every bucket of AGING_BUCKETS, in order, zeros included. */
  aging: Array<DashboardFigure & { bucket: AgingBucket }>;
  /** Dollar exposure by overall escalation risk level (low, elevated, high, critical), every level, zeros included. */
  exposureByRisk: Array<DashboardFigure & { level: string }>;
  /**
   * One row per active practitioner and manager, with or without open cases (and any other user of the firm
   * still holding open cases), plus one for unassigned when any; busiest first. `overdue` counts notices.
   */
  workload: Array<{
    assignee: { id: string; fullName: string; role: string } | null;
    open: number;
    overdue: number;
    balance: string;
    filter: NoticeListFilter;
  }>;
  /** Mechanism (lien, wage_garnishment, …) × level → open notices; the full grid, zeros included. */
  heatmap: Array<{ mechanism: string; level: string; notices: number; filter: NoticeListFilter }>;
  sweep: {
    /** Whether this api replica runs the scheduled sweep (SWEEP_ENABLED). */
    enabled: boolean;
    /** The cron expression, e.g. "0 * * * *" (SWEEP_CRON, in America/New_York). */
    schedule: string | null;
    /** The latest sweep of this firm or across all firms; `alertsRaised` only for this firm's own runs. */
    lastRun: { id: string; asOf: string; startedAt: string; finishedAt: string | null; outcome: string; alertsRaised: number | null; durationMs: number | null } | null;
    /** When the schedule next fires (ISO instant), or null without a schedule. */
    nextRunAt: string | null;
    /** The manager's unread alerts (as GET /api/alerts/unread-count). */
    unreadAlerts: number;
  };
}

/** Weekly trend for the charts (GET /api/dashboard/trends?weeks=N, 1–52, default 12), oldest week first, ending with this week. */
export interface DashboardTrendPoint {
  /** Monday of the week (America/New_York). */
  weekStart: string;
  /** Notices received (notice date) that week. */
  received: number;
  /** Notices moved to resolved or closed that week (from the audit trail). */
  resolved: number;
  /** Deadlines due that week that passed unmet (marked missed by a sweep, or still open after their day). */
  missed: number;
}

export interface DashboardTrends {
  asOf: string;
  weeks: DashboardTrendPoint[];
}
