import { Inject, Injectable } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { AGING_BUCKETS, DashboardFigure, DashboardSummary, DashboardTrends, NoticeListFilter } from '@nutmeg/contracts';
import { addDays, dayOfWeek, RISK_LEVELS, RISK_MECHANISMS } from '@nutmeg/domain';
import { CronTime } from 'cron';
import { DataSource, IsNull } from 'typeorm';
import { AlertsService } from '../alerts/alerts.service';
import { Actor } from '../common/actor';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { SweepRun } from '../sweeps/sweep-run.entity';
import { User } from '../users/user.entity';
import { CASELOAD, CaseloadRow, HEATMAP, HeatmapRow, TRENDS, TrendRow } from './dashboard-sql';

/** The name SweepScheduler registers its cron job under (sweeps/sweep.scheduler.ts). */
const SWEEP_JOB = 'deadline-sweep';
const WORKLOAD_ROLES: ReadonlySet<string> = new Set(['practitioner', 'manager']);
const ZERO: CaseloadRow = {
  dimension: 'all',
  key: null,
  notices: 0,
  balance: '0.00',
  overdue_notices: 0,
  overdue_balance: '0.00',
  overdue_deadlines: 0,
  due_notices: 0,
  due_balance: '0.00',
  due_deadlines: 0,
};
type Workload = DashboardSummary['workload'][number];

/**
 * The manager dashboard: a handful of set-based statements over the figures stored on each notice, run in
 * parallel on the pool, each scoped to the actor's firm. Figures are as of today in America/New_York.
 */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly alerts: AlertsService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scheduler: SchedulerRegistry,
  ) {}

  async summary(actor: Actor): Promise<DashboardSummary> {
    const today = this.clock.today();
    const [caseload, heatmap, users, lastRun, { unread }] = await Promise.all([
      this.dataSource.query<CaseloadRow[]>(CASELOAD, [actor.firmId, today, addDays(today, 7)]),
      this.dataSource.query<HeatmapRow[]>(HEATMAP, [actor.firmId]),
      this.dataSource
        .getRepository(User)
        .find({ where: { firmId: actor.firmId }, select: { id: true, fullName: true, role: true, active: true } }),
      // The firm's own runs and the scheduled ones across every firm, as GET /api/sweeps shows them.
      this.dataSource
        .getRepository(SweepRun)
        .findOne({ where: [{ firmId: actor.firmId }, { firmId: IsNull() }], order: { startedAt: 'DESC' } }),
      this.alerts.unreadCount(actor),
    ]);
    const group = (dimension: CaseloadRow['dimension'], key: string | null): CaseloadRow =>
      caseload.find((row) => row.dimension === dimension && row.key === key) ?? ZERO;
    const all = group('all', null);
    const open: NoticeListFilter = { open: true };
    return {
      asOf: today,
      open: { notices: all.notices, balance: all.balance, filter: open },
      overdue: {
        notices: all.overdue_notices,
        balance: all.overdue_balance,
        deadlines: all.overdue_deadlines,
        filter: { ...open, overdue: true },
      },
      dueThisWeek: {
        notices: all.due_notices,
        balance: all.due_balance,
        deadlines: all.due_deadlines,
        filter: { ...open, dueWithinDays: 7 },
      },
      aging: AGING_BUCKETS.map((bucket) => ({
        bucket,
        ...figure(group('aging', bucket), { ...open, agingBucket: bucket }),
      })),
      exposureByRisk: RISK_LEVELS.map((level) => ({
        level,
        ...figure(group('risk', level), { ...open, riskLevel: level }),
      })),
      workload: workloadOf(caseload, users),
      heatmap: RISK_MECHANISMS.flatMap((mechanism) =>
        RISK_LEVELS.map((level) => ({
          mechanism,
          level,
          notices: heatmap.find((row) => row.mechanism === mechanism && row.level === level)?.notices ?? 0,
          filter: { ...open, mechanism, mechanismLevel: level },
        })),
      ),
      sweep: {
        enabled: this.config.sweep.enabled,
        schedule: this.config.sweep.cron,
        lastRun: lastRun && {
          id: lastRun.id,
          asOf: lastRun.asOf,
          startedAt: lastRun.startedAt.toISOString(),
          finishedAt: lastRun.finishedAt?.toISOString() ?? null,
          outcome: lastRun.outcome,
          // A sweep across every firm counts every firm's rows: only the firm's own runs show their counts.
          alertsRaised: lastRun.firmId === actor.firmId ? (lastRun.counts.alertsRaised ?? null) : null,
          durationMs: lastRun.durationMs,
        },
        nextRunAt: this.nextSweepAt(),
        unreadAlerts: unread,
      },
    };
  }

  /** `weeks` weeks ending with this one, oldest first. */
  async trends(actor: Actor, weeks: number): Promise<DashboardTrends> {
    const today = this.clock.today();
    const thisMonday = addDays(today, -((dayOfWeek(today) + 6) % 7));
    const firstMonday = addDays(thisMonday, -7 * (weeks - 1));
    const rows = await this.dataSource.query<TrendRow[]>(TRENDS, [
      actor.firmId,
      firstMonday,
      weeks,
      this.config.timezone,
      today,
    ]);
    return {
      asOf: today,
      weeks: rows.map((row) => ({
        weekStart: row.week_start,
        received: row.received,
        resolved: row.resolved,
        missed: row.missed,
      })),
    };
  }

  /**
   * The schedule's next start: from this replica's cron job when it runs one, otherwise worked out from
   * SWEEP_CRON (a replica with SWEEP_ENABLED=false still shows when the others will sweep).
   */
  private nextSweepAt(): string | null {
    const next = this.scheduler.doesExist('cron', SWEEP_JOB)
      ? this.scheduler.getCronJob(SWEEP_JOB).nextDate()
      : new CronTime(this.config.sweep.cron, this.config.timezone).sendAt();
    return next.toUTC().toISO();
  }
}

function figure(row: CaseloadRow, filter: NoticeListFilter): DashboardFigure {
  return { notices: row.notices, balance: row.balance, filter };
}

/**
 * Every active practitioner and manager, busy or not, and anyone else still holding open cases (a
 * deactivated colleague's caseload must not vanish); busiest first, then unassigned cases last.
 */
function workloadOf(
  caseload: CaseloadRow[],
  users: Array<Pick<User, 'id' | 'fullName' | 'role' | 'active'>>,
): Workload[] {
  const byAssignee = new Map(caseload.filter((row) => row.dimension === 'assignee').map((row) => [row.key, row]));
  const rows: Workload[] = users
    .filter((user) => (user.active && WORKLOAD_ROLES.has(user.role)) || byAssignee.has(user.id))
    .map((user) => {
      const row = byAssignee.get(user.id) ?? ZERO;
      return {
        assignee: { id: user.id, fullName: user.fullName, role: user.role },
        open: row.notices,
        overdue: row.overdue_notices,
        balance: row.balance,
        filter: { open: true, assigneeId: user.id },
      };
    })
    .sort(
      (a, b) =>
        b.open - a.open ||
        b.overdue - a.overdue ||
        (a.assignee?.fullName ?? '').localeCompare(b.assignee?.fullName ?? ''),
    );
  const unassigned = byAssignee.get(null);
  if (unassigned) {
    rows.push({
      assignee: null,
      open: unassigned.notices,
      overdue: unassigned.overdue_notices,
      balance: unassigned.balance,
      filter: { open: true, unassigned: true },
    });
  }
  return rows;
}
