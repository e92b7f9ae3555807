/** What a sweep raises an alert about. Each is unique per (subject, kind, threshold): reruns add nothing. */
export const ALERT_KINDS = [
  'deadline_missed',
  'deadline_due_soon',
  'r859_referral_imminent',
  'plan_defaulted',
  'poa_expiring',
  'poa_expired',
  'notice_stale',
  'possible_scam_untouched',
  'risk_level_changed',
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export interface AlertView {
  id: string;
  kind: AlertKind;
  /** Days for due-soon (7, 3, 1) and staleness (14); 0 where no threshold applies. */
  threshold: number;
  noticeId: string | null;
  clientId: string | null;
  message: string;
  createdAt: string;
  readAt: string | null;
}

export const SWEEP_TRIGGERS = ['schedule', 'manual'] as const;
export type SweepTrigger = (typeof SWEEP_TRIGGERS)[number];

export interface SweepCounts {
  deadlinesMissed: number;
  deadlinesMet: number;
  plansDefaulted: number;
  alertsRaised: number;
  noticesRecomputed: number;
  riskLevelChanges: number;
  /** How long each step took, for operators and the benchmark. */
  durationsMs?: Record<string, number>;
}

export interface SweepRunView {
  id: string;
  trigger: SweepTrigger;
  /** null: every firm (the scheduled sweep); else the firm a manager swept. */
  firmId: string | null;
  asOf: string;
  startedAt: string;
  finishedAt: string | null;
  durationMs: number | null;
  outcome: 'running' | 'succeeded' | 'failed';
  /** Per step; hidden (null) on runs across all firms, which would reveal other firms' volumes. */
  counts: SweepCounts | null;
  error: string | null;
}
