import { ConflictException, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { SweepCounts, SweepTrigger } from '@nutmeg/contracts';
import { alertThresholds, effectiveRules, IsoDate, PaymentInput, RuleOverrides, RuleTables } from '@nutmeg/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock';
import { CaseRow, ComputedPage, computeCasePage } from './case-figures';
import { SweepRun } from './sweep-run.entity';
import * as SQL from './sweep-sql';
import { paymentInputOf, PaymentRow } from '../resolutions/payment-rows';

// Any fixed 64-bit number, unique among Nutmeg's advisory locks (migrations use 7261001, seeding 7261002).
export const SWEEP_LOCK_KEY = 7_261_003;
const FIRST_UUID = '00000000-0000-0000-0000-000000000000';
const LAST_UUID = 'ffffffff-ffff-ffff-ffff-ffffffffffff';

/** Splits the id space into `parts` ranges (after, upTo] of about equal size (ids are random v4 uuids). */
export function idRanges(parts: number): Array<{ after: string; upTo: string }> {
  const bounds = Array.from({ length: parts - 1 }, (_, i) => `${Math.floor(((i + 1) * 0x1_0000_0000) / parts).toString(16).padStart(8, '0')}-0000-0000-0000-000000000000`);
  const edges = [FIRST_UUID, ...bounds, LAST_UUID];
  return bounds.concat(LAST_UUID).map((upTo, i) => ({ after: edges[i], upTo }));
}

/** Splits blocks [0, blocks) into `parts` adjoining ranges [from, to) of about equal size. */
export function blockRanges(blocks: number, parts: number): Array<{ from: number; to: number }> {
  return Array.from({ length: parts }, (_, i) => ({ from: Math.floor((i * blocks) / parts), to: Math.floor(((i + 1) * blocks) / parts) })).filter(
    (range) => range.to > range.from,
  );
}

/** Where a worker reads next: after an id (one firm's cases, by id), or from a block (every firm's, on-disk order). */
type Cursor = { kind: 'id'; after: string; upTo: string } | { kind: 'block'; from: number; to: number; step: number };

export interface SweepRequest {
  asOf?: IsoDate;
  trigger: SweepTrigger;
  /** Sweep one firm (a manager's "run now"); undefined sweeps every firm (the schedule). */
  firmId?: string;
  startedById?: string;
}

export interface SweepTuning {
  batchSize: number;
  /**
   * Batches worked at once, each on its own connection. PostgreSQL runs one statement on one core, so a
   * single worker leaves the other cores idle; rows never overlap (SKIP LOCKED, or disjoint id ranges).
   */
  workers?: number;
  /** Fault injection for tests: throw after this many batches, as a crash would. */
  failAfterBatches?: number;
}

/** Each firm's rule tables by firm id, compiled from its overrides once per sweep. */
type FirmRules = Map<string, RuleTables>;

interface CasePage {
  rows: CaseRow[];
  payments: Map<string, PaymentInput[]>;
}

export class SweepAlreadyRunning extends ConflictException {
  constructor() {
    super('A deadline sweep is already running (here or on another server); try again when it has finished');
  }
}

/**
 * The deadline sweep: one at a time across every api replica (a PostgreSQL advisory lock held on a
 * dedicated connection), in set-based statements over bounded batches, each batch its own transaction.
 */
@Injectable()
export class SweepService {
  private readonly logger = new Logger('Sweep');
  tuning: SweepTuning = { batchSize: 5000, workers: 2 };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Runs a sweep, or throws SweepAlreadyRunning when another holds the lock. */
  async run(request: SweepRequest): Promise<SweepRun> {
    const lock = this.dataSource.createQueryRunner();
    await lock.connect();
    try {
      const [{ locked }] = await lock.query('SELECT pg_try_advisory_lock($1) AS locked', [SWEEP_LOCK_KEY]);
      if (!locked) throw new SweepAlreadyRunning();
      try {
        return await this.sweep(request);
      } finally {
        await lock.query('SELECT pg_advisory_unlock($1)', [SWEEP_LOCK_KEY]);
      }
    } finally {
      await lock.release();
    }
  }

  private async sweep(request: SweepRequest): Promise<SweepRun> {
    const asOf = request.asOf ?? this.clock.today();
    const runs = this.dataSource.getRepository(SweepRun);
    const run = await runs.save(
      runs.create({ trigger: request.trigger, firmId: request.firmId ?? null, startedById: request.startedById ?? null, asOf, outcome: 'running', counts: {} }),
    );
    const started = Date.now();
    const counts: SweepCounts = { deadlinesMissed: 0, deadlinesMet: 0, plansDefaulted: 0, alertsRaised: 0, noticesRecomputed: 0, riskLevelChanges: 0 };
    const scope: Scope = { asOf, firmId: request.firmId ?? null, batches: 0 };
    const durations: Record<string, number> = {};
    counts.durationsMs = durations;
    const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
      const stepStarted = Date.now();
      try {
        return await work();
      } finally {
        durations[name] = Date.now() - stepStarted;
      }
    };
    try {
      counts.deadlinesMet += (await step('markMet', () => this.untilDone(scope, SQL.MARK_MET))).changed;
      const missed = await step('markMissed', () => this.untilDone(scope, SQL.MARK_MISSED));
      counts.deadlinesMissed += missed.changed;
      // One worker: two would only queue on the same plan's row lock.
      const defaulted = await step('defaultPlans', () => this.untilDone(scope, SQL.DEFAULT_PLANS, 1));
      counts.plansDefaulted += defaulted.changed;
      counts.alertsRaised += missed.alerts + defaulted.alerts;
      const alertRules = await this.alertRules(scope);
      counts.alertsRaised += await step('dueSoonAlerts', () => this.walk(scope, SQL.DUE_SOON, alertRules));
      counts.alertsRaised += await step('staleAlerts', () => this.walk(scope, SQL.STALE_NOTICES, alertRules));
      counts.alertsRaised += await step('poaAlerts', () => this.walk(scope, SQL.POA_EXPIRY, alertRules));
      const refreshed = await step('refreshFigures', () => this.refreshFigures(scope));
      counts.noticesRecomputed += refreshed.recomputed;
      counts.riskLevelChanges += refreshed.levelChanges;
      counts.alertsRaised += refreshed.alerts;
      Object.assign(run, { outcome: 'succeeded', counts });
    } catch (error) {
      this.logger.error(`Sweep ${run.id} as of ${asOf} failed: ${error instanceof Error ? error.stack : String(error)}`);
      Object.assign(run, { outcome: 'failed', counts, error: error instanceof Error ? error.message : String(error) });
    }
    run.finishedAt = new Date();
    run.durationMs = Date.now() - started;
    await runs.save(run);
    this.logger.log(`Sweep as of ${asOf} ${run.outcome} in ${run.durationMs} ms: ${JSON.stringify(counts)}`);
    return run;
  }

  /**
   * Repeats a self-limiting statement (it changes rows out of its own WHERE) until a batch changes none,
   * on `workers` connections at once. SKIP LOCKED keeps their batches apart; a worker whose batch comes
   * back short has taken every row nobody else holds, so it may stop.
   */
  private async untilDone(scope: Scope, sql: string, workers = this.workerCount()): Promise<{ changed: number; alerts: number }> {
    const total = { changed: 0, alerts: 0 };
    await this.inParallel(scope, workers, async () => {
      for (;;) {
        const [row] = await this.dataSource.query(sql, [scope.asOf, scope.firmId, this.tuning.batchSize]);
        this.batchDone(scope);
        total.changed += row.changed;
        total.alerts += row.alerts;
        if (row.changed < this.tuning.batchSize) return;
      }
    });
    return total;
  }

  /**
   * Runs `work` on `workers` connections and waits for every one to end, even when one fails (a failed
   * sweep must not leave statements running once its lock is released); the others stop at their next batch.
   */
  private async inParallel(scope: Scope, workers: number, work: (worker: number) => Promise<void>): Promise<void> {
    const results = await Promise.allSettled(Array.from({ length: workers }, (_, worker) => work(worker)));
    const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
    if (failed) throw failed.reason;
  }

  private workerCount(): number {
    return Math.max(1, this.tuning.workers ?? 1);
  }

  /**
   * The alert thresholds of the firms in scope, as the alert statements' $5: the defaults (firm null) and
   * each firm that overrides any rule, from libs/domain so the numbers are the rule tables' own.
   */
  private async alertRules(scope: Scope): Promise<string> {
    const firms: Array<{ id: string; rule_overrides: RuleOverrides }> = await this.dataSource.query(
      `SELECT id, rule_overrides FROM firm WHERE ($1::uuid IS NULL OR id = $1::uuid) AND rule_overrides <> '{}'::jsonb`,
      [scope.firmId],
    );
    const row = (firmId: string | null, rules?: RuleTables) => {
      const thresholds = alertThresholds(rules);
      return {
        firm_id: firmId,
        due_days: thresholds.hardDeadlineDays,
        max_due: Math.max(...thresholds.hardDeadlineDays),
        stale_days: thresholds.staleAfterDays,
        scam_days: thresholds.possibleScamUntouchedDays,
        poa_lead: thresholds.poaRenewalLeadDays,
      };
    };
    return JSON.stringify([row(null), ...firms.map((firm) => row(firm.id, effectiveRules(firm.rule_overrides)))]);
  }

  /** Walks candidates by id, one page per statement, raising alerts; returns the alerts raised. */
  private async walk(scope: Scope, sql: string, alertRules: string): Promise<number> {
    let lastId = FIRST_UUID;
    let alerts = 0;
    for (;;) {
      const [row] = await this.dataSource.query(sql, [scope.asOf, scope.firmId, this.tuning.batchSize, lastId, alertRules]);
      this.batchDone(scope);
      alerts += row.alerts;
      if (row.seen < this.tuning.batchSize || !row.last_id) return alerts;
      lastId = row.last_id;
    }
  }

  /**
   * Balance and risk need the rules engine, so open cases are streamed in pages, computed in TypeScript
   * with the same function a read uses (assessCase), and written back with one statement per page. Each
   * worker walks its own range of ids; within it the next page is read, and the previous one written,
   * while this one is computed, so PostgreSQL and Node work at the same time; at most one write per
   * worker is in flight.
   */
  private async refreshFigures(scope: Scope): Promise<{ recomputed: number; levelChanges: number; alerts: number }> {
    const firms: FirmRules = new Map();
    const totals = { recomputed: 0, levelChanges: 0, alerts: 0 };
    const cursors = await this.startCursors(scope);
    await this.inParallel(scope, cursors.length, (worker) => this.refreshRange(scope, cursors[worker], firms, totals));
    return totals;
  }

  /**
   * One firm (a manager's "run now"): its cases by id, through the firm's index. Every firm (the schedule):
   * the whole table in the order it lies on disk, in pages of about `batchSize` rows.
   */
  private async startCursors(scope: Scope): Promise<Cursor[]> {
    if (scope.firmId) return idRanges(this.workerCount()).map((range) => ({ kind: 'id', ...range }));
    const [{ blocks, rows_per_block }]: Array<{ blocks: string; rows_per_block: number }> = await this.dataSource.query(SQL.NOTICE_BLOCKS);
    const step = Math.max(1, Math.round(this.tuning.batchSize / rows_per_block));
    // One block more than the table has now: rows a concurrent insert adds at the end are not missed.
    return blockRanges(Number(blocks) + 1, this.workerCount()).map((range) => ({ kind: 'block', ...range, step }));
  }

  private async refreshRange(
    scope: Scope,
    start: Cursor,
    firms: FirmRules,
    totals: { recomputed: number; levelChanges: number; alerts: number },
  ): Promise<void> {
    let cursor = start;
    let pending = this.readCases(scope, cursor);
    let writing: Promise<void> = Promise.resolve();
    try {
      for (;;) {
        const page = await pending;
        const next = this.advance(cursor, page.rows);
        if (next) {
          pending = this.readCases(scope, next);
          pending.catch(() => undefined); // surfaced by the next `await pending`
        }
        if (page.rows.length > 0) {
          await this.loadRules(page.rows, firms);
          const computed = computeCasePage(page.rows, page.payments, (firmId) => firms.get(firmId) as RuleTables, scope.asOf);
          await writing;
          writing = this.writePage(scope, computed, totals);
          writing.catch(() => undefined); // surfaced by the next `await writing`
          totals.recomputed += page.rows.length;
          totals.levelChanges += computed.changes.length;
        }
        this.batchDone(scope);
        if (!next) break;
        cursor = next;
      }
      await writing;
    } catch (error) {
      // Never leave a write running behind a failed sweep: the lock is released right after this.
      await writing.catch(() => undefined);
      throw error;
    }
  }

  /** The page after this one, or null when the worker's range is done. */
  private advance(cursor: Cursor, rows: CaseRow[]): Cursor | null {
    if (cursor.kind === 'id') return rows.length === this.tuning.batchSize ? { ...cursor, after: rows[rows.length - 1].id } : null;
    const from = cursor.from + cursor.step;
    return from < cursor.to ? { ...cursor, from } : null;
  }

  /** One transaction per page: the figures, and an alert and an audit event for each change of risk level. */
  private async writePage(scope: Scope, page: ComputedPage, totals: { alerts: number }): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (page.ids.length > 0) {
        await manager.query(SQL.WRITE_FIGURES, [scope.asOf, page.ids, page.balances, page.scores, page.levels, page.nextHard, page.mechanisms, page.stableUntil]);
      }
      if (page.changes.length > 0) {
        const [raised] = await manager.query(SQL.RISK_CHANGES, [
          scope.asOf,
          page.changes.map((c) => c.id),
          page.changes.map((c) => c.firm_id),
          page.changes.map((c) => c.assignee_id),
          page.changes.map((c) => c.client_id),
          page.changes.map((c) => c.risk_level),
          page.changedLevels,
          page.changes.map((c, i) => `${c.legal_name}: escalation risk went from ${c.risk_level} to ${page.changedLevels[i]}`),
        ]);
        totals.alerts += raised.alerts;
      }
    });
  }

  /** One page of cases and, in two grouped reads, their next hard deadlines and payments. */
  private async readCases(scope: Scope, cursor: Cursor): Promise<CasePage> {
    const rows: CaseRow[] =
      cursor.kind === 'id'
        ? await this.dataSource.query(SQL.CASES_PAGE, [scope.asOf, scope.firmId, this.tuning.batchSize, cursor.after, cursor.upTo])
        : await this.dataSource.query(SQL.CASES_IN_BLOCKS, [scope.asOf, scope.firmId, `(${cursor.from},0)`, `(${Math.min(cursor.from + cursor.step, cursor.to)},0)`]);
    const ids = rows.map((row) => row.id);
    if (ids.length === 0) return { rows, payments: new Map() };
    const payments: PaymentRow[] = await this.dataSource.query(SQL.PAGE_PAYMENTS, [ids]);
    const byNotice = new Map<string, PaymentInput[]>();
    for (const payment of payments) {
      const list = byNotice.get(payment.notice_id) ?? [];
      list.push(paymentInputOf(payment));
      byNotice.set(payment.notice_id, list);
    }
    return { rows, payments: byNotice };
  }

  private async loadRules(rows: CaseRow[], firms: FirmRules): Promise<void> {
    const missing = [...new Set(rows.map((row) => row.firm_id))].filter((id) => !firms.has(id));
    if (missing.length === 0) return;
    const found: Array<{ id: string; rule_overrides: RuleOverrides }> = await this.dataSource.query(
      'SELECT id, rule_overrides FROM firm WHERE id = ANY($1::uuid[])',
      [missing],
    );
    for (const firm of found) firms.set(firm.id, effectiveRules(firm.rule_overrides));
  }

  /** Counts a finished batch; stops this worker when another has failed (or the fault injection says so). */
  private batchDone(scope: Scope): void {
    if (scope.failed) throw scope.failed;
    scope.batches += 1;
    if (this.tuning.failAfterBatches !== undefined && scope.batches >= this.tuning.failAfterBatches) {
      scope.failed = new Error(`simulated crash after batch ${scope.batches}`);
      throw scope.failed;
    }
  }
}

interface Scope {
  asOf: IsoDate;
  firmId: string | null;
  batches: number;
  /** Set by the first worker to fail, so the others stop at their next batch. */
  failed?: Error;
}
