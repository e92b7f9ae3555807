import { Client as PgClient } from 'pg';
import { RISK_LEVELS, RISK_MECHANISMS } from '@nutmeg/domain';
import { Clock } from '../src/common/clock';
import { SweepService } from '../src/sweeps/sweep.service';
import { bearer, createFirm, TestFirm } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

const TODAY = '2026-11-10';

/** A small caseload with one case for every alert the sweep raises. */
async function buildScenario(testApp: TestApp, name: string): Promise<TestFirm> {
  const firm = await createFirm(testApp, name);
  const as = (role: 'manager' | 'practitioner' | 'assistant') => bearer(firm.tokens[role]);
  const client = (await testApp.http.post('/api/clients').set(as('manager')).send({ kind: 'individual', legalName: 'Daniel Haddad', ownsRealProperty: true, hasW2Wages: true, knownBankAccounts: 2 }).expect(201)).body;
  let serial = 0;
  const notice = async (overrides: Record<string, unknown>) => {
    serial += 1;
    const created = await testApp.http
      .post('/api/notices')
      .set(as('practitioner'))
      .send({
        clientId: client.id,
        kind: 'r859_referral',
        taxType: 'individual_income',
        taxPeriods: [{ year: 2024 }],
        noticeDate: '2026-11-02',
        taxDueDate: '2026-04-15',
        accountNumber: '900100200',
        correspondenceId: `SWEEP-${serial}`,
        assigneeId: firm.users.practitioner.id,
        stated: { tax: '3000.00', penalty: '300.00', interest: '180.00', credits: '0.00', balanceDue: '3480.00' },
        ...overrides,
      })
      .expect(201);
    return created.body;
  };
  await notice({}); // R859 referral on 2026-11-12: imminent
  await notice({ kind: 'intent_to_offset', noticeDate: '2026-09-01' }); // offset window passed 2026-11-02: missed
  const planned = await notice({ kind: 'individual_income_balance_due', noticeDate: '2026-10-20' });
  const plan = await testApp.http.post(`/api/notices/${planned.id}/installment-plans`).set(as('practitioner')).send({ months: 3, startDate: '2026-11-12' }).expect(201);
  await testApp.http.post(`/api/resolutions/${plan.body.resolution.id}/status`).set(as('practitioner')).send({ to: 'approved', version: 1 }).expect(201);
  const stale = await notice({ kind: 'lien_notice', noticeDate: '2026-10-01' });
  const scam = await notice({ kind: 'levy_notice', noticeDate: '2026-11-05' });
  await testApp.http.put(`/api/notices/${scam.id}/checklist/payable_to_commissioner`).set(as('assistant')).send({ result: 'failed', note: 'Payable to an LLC' }).expect(200);
  // Nobody has touched these two since October (the api stamps real time; the scenario is fixed in time).
  await testApp.dataSource.query(`UPDATE notice SET last_activity_at = '2026-10-01T12:00:00Z' WHERE id = ANY($1::uuid[])`, [[stale.id, scam.id]]);
  await testApp.http
    .post('/api/poa')
    .set(as('assistant'))
    .send({
      clientId: client.id,
      representativeId: firm.users.practitioner.id,
      taxTypes: ['individual_income'],
      periods: [{ year: 2024 }],
      powers: ['receive_refund_checks'],
      status: 'active',
      signedOn: '2025-11-20',
      filedOn: '2025-11-20',
      effectiveOn: '2025-11-20',
      expiresOn: '2026-11-30',
    })
    .then((response) => {
      if (response.status !== 201) throw new Error(`POA refused: ${JSON.stringify(response.body)}`);
    });
  return firm;
}

async function alertKinds(testApp: TestApp, firm: TestFirm): Promise<string[]> {
  const rows: Array<{ kind: string; threshold: number; n: number }> = await testApp.dataSource.query(
    'SELECT kind, threshold, count(*)::int AS n FROM alert WHERE firm_id = $1 GROUP BY kind, threshold ORDER BY kind, threshold',
    [firm.firm.id],
  );
  return rows.map((row) => `${row.kind}/${row.threshold} ×${row.n}`);
}

/** Everything a sweep changes, without ids or times, to compare two databases. */
async function outcome(testApp: TestApp, firm: TestFirm): Promise<unknown> {
  const [deadlines, alerts, notices, plans] = await Promise.all([
    testApp.dataSource.query(
      `SELECT n.correspondence_id, d.kind, d.due_date::text, d.status FROM deadline d JOIN notice n ON n.id = d.notice_id WHERE d.firm_id = $1 ORDER BY 1, 2, 3`,
      [firm.firm.id],
    ),
    testApp.dataSource.query(`SELECT kind, threshold, subject_type, message FROM alert WHERE firm_id = $1 ORDER BY 1, 2, 4`, [firm.firm.id]),
    testApp.dataSource.query(
      `SELECT correspondence_id, balance_now::text, risk_score, risk_level, mechanism_levels, next_hard_deadline::text, response_status, figures_as_of::text FROM notice WHERE firm_id = $1 ORDER BY 1`,
      [firm.firm.id],
    ),
    testApp.dataSource.query(`SELECT status FROM resolution WHERE firm_id = $1 AND type = 'installment_plan'`, [firm.firm.id]),
  ]);
  return { deadlines, alerts, notices, plans };
}

/** Every open case's stored figures (what lists sort and dashboards add up) are those a read shows today. */
async function expectStoredFiguresLive(testApp: TestApp, firm: TestFirm): Promise<void> {
  const stored: Array<{ id: string; balance_now: string; risk_score: number; risk_level: string; next_hard_deadline: string | null; mechanism_levels: Record<string, string> }> =
    await testApp.dataSource.query(
      `SELECT id, balance_now::text, risk_score, risk_level, next_hard_deadline::text, mechanism_levels FROM notice WHERE firm_id = $1 AND status NOT IN ('resolved', 'closed_no_action')`,
      [firm.firm.id],
    );
  for (const row of stored) {
    const live = (await testApp.http.get(`/api/notices/${row.id}`).set(bearer(firm.tokens.manager)).expect(200)).body;
    const nextHard = live.deadlines.filter((d: { status: string; hard: boolean }) => d.status === 'open' && d.hard).map((d: { dueDate: string }) => d.dueDate).sort()[0] ?? null;
    expect(row).toEqual({
      id: live.id,
      balance_now: live.figures.balanceNow,
      risk_score: live.figures.risk.score,
      risk_level: live.figures.risk.level,
      next_hard_deadline: nextHard,
      mechanism_levels: Object.fromEntries(live.figures.risk.mechanisms.map((m: { mechanism: string; level: string }) => [m.mechanism, m.level])),
    });
  }
}

describe('deadline sweeps', () => {
  let testApp: TestApp;
  let firm: TestFirm;

  beforeAll(async () => {
    testApp = await createTestApp({}, { today: TODAY });
    firm = await buildScenario(testApp, 'Sweep Street CPAs');
  });
  afterAll(() => testApp.close());

  it('raises each alert exactly once across two sweeps, and marks missed deadlines and defaulted plans', async () => {
    const first = await testApp.http.post('/api/sweeps').set(bearer(firm.tokens.manager)).send({ asOf: '2026-11-20' }).expect(201);
    expect(first.body).toMatchObject({ trigger: 'manual', firmId: firm.firm.id, asOf: '2026-11-20', outcome: 'succeeded' });
    expect(first.body.counts.deadlinesMissed).toBeGreaterThan(0);
    expect(first.body.counts.plansDefaulted).toBe(1);
    const afterFirst = await alertKinds(testApp, firm);
    expect(afterFirst).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^deadline_missed\/0 ×\d+$/),
        'plan_defaulted/0 ×1',
        // Both untouched cases are stale; the possible scam is also flagged on its own.
        'notice_stale/14 ×2',
        'possible_scam_untouched/2 ×1',
        'poa_expiring/30 ×1',
        expect.stringMatching(/^risk_level_changed\/\d ×1$/),
      ]),
    );
    // The heatmap's figures: a level for every mechanism, as the engine computed them for the sweep's day.
    const stored: Array<{ mechanism_levels: Record<string, string> }> = await testApp.dataSource.query(
      `SELECT mechanism_levels FROM notice WHERE firm_id = $1 AND figures_as_of = '2026-11-20'`,
      [firm.firm.id],
    );
    expect(stored.length).toBeGreaterThan(0);
    for (const row of stored) {
      expect(Object.keys(row.mechanism_levels).sort()).toEqual([...RISK_MECHANISMS].sort());
      for (const level of Object.values(row.mechanism_levels)) expect(RISK_LEVELS).toContain(level);
    }
    const audited = await testApp.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE firm_id = $1 AND after->>'source' = 'sweep'`, [firm.firm.id]);
    expect(audited[0].n).toBe(first.body.counts.riskLevelChanges);
    const second = await testApp.http.post('/api/sweeps').set(bearer(firm.tokens.manager)).send({ asOf: '2026-11-20' }).expect(201);
    expect(second.body.counts).toMatchObject({ deadlinesMissed: 0, plansDefaulted: 0, alertsRaised: 0, riskLevelChanges: 0 });
    expect(await alertKinds(testApp, firm)).toEqual(afterFirst);

    const plan = await testApp.dataSource.query(`SELECT r.status, n.response_status FROM resolution r JOIN notice n ON n.id = r.notice_id WHERE r.firm_id = $1 AND r.type = 'installment_plan'`, [firm.firm.id]);
    expect(plan).toEqual([{ status: 'defaulted', response_status: 'plan_defaulted' }]);
  });

  it('raises the R859-imminent and due-soon alerts at the tightest threshold reached', async () => {
    const fresh = await createTestApp({}, { today: TODAY });
    try {
      const other = await buildScenario(fresh, 'Imminent Partners');
      const run = await fresh.http.post('/api/sweeps').set(bearer(other.tokens.manager)).send({ asOf: '2026-11-10' }).expect(201);
      expect(run.body.outcome).toBe('succeeded');
      const kinds = await alertKinds(fresh, other);
      expect(kinds).toContain('r859_referral_imminent/3 ×1');
      // The plan's first payment (hard) is due 2026-11-12, two days on: the 3-day threshold, not the 7-day one.
      expect(kinds).toContain('deadline_due_soon/3 ×1');
      expect(kinds).not.toContain('deadline_due_soon/7 ×1');
      await fresh.http.post('/api/sweeps').set(bearer(other.tokens.manager)).send({ asOf: '2026-11-11' }).expect(201);
      expect(await alertKinds(fresh, other)).toContain('r859_referral_imminent/1 ×1');
      // The POA ends 2026-11-30: expiring is raised once, and expired once it has passed.
      await fresh.http.post('/api/sweeps').set(bearer(other.tokens.manager)).send({ asOf: '2026-12-02' }).expect(201);
      await fresh.http.post('/api/sweeps').set(bearer(other.tokens.manager)).send({ asOf: '2026-12-03' }).expect(201);
      const later = await alertKinds(fresh, other);
      expect(later).toEqual(expect.arrayContaining(['poa_expiring/30 ×1', 'poa_expired/0 ×1']));
    } finally {
      await fresh.close();
    }
  });

  it("raises alerts at each firm's own thresholds (rule tables, not SQL literals), in one sweep of every firm", async () => {
    const fresh = await createTestApp({}, { today: TODAY });
    try {
      const ownRules = await buildScenario(fresh, 'Own Rules LLP');
      const defaults = await buildScenario(fresh, 'Default Rules LLP');
      const overrides = {
        general: {
          alerts: { hardDeadlineDays: { value: [10] }, staleAfterDays: { value: 60 } },
          poa: { renewalLeadDays: { value: 15 } },
        },
      };
      await fresh.http.put('/api/rules/overrides').set(bearer(ownRules.tokens.manager)).send({ overrides }).expect(200);
      const run = await fresh.app.get(SweepService).run({ trigger: 'schedule', asOf: '2026-11-10' });
      expect(run.outcome).toBe('succeeded');
      // The R-859's referral is 2026-11-12, two days on: the firm's only threshold is 10; the defaults say 3.
      const own = await alertKinds(fresh, ownRules);
      expect(own).toContain('r859_referral_imminent/10 ×1');
      // Last touched 2026-10-01 (40 days): stale after 60 for this firm, after 14 by default.
      expect(own.filter((kind) => kind.startsWith('notice_stale'))).toEqual([]);
      // The POA ends 2026-11-30 (20 days): inside the default 30-day lead, outside this firm's 15.
      expect(own.filter((kind) => kind.startsWith('poa_'))).toEqual([]);
      const standard = await alertKinds(fresh, defaults);
      expect(standard).toEqual(expect.arrayContaining(['r859_referral_imminent/3 ×1', 'notice_stale/14 ×2', 'poa_expiring/30 ×1']));
    } finally {
      await fresh.close();
    }
  });

  it('does not call a deadline missed on its own day, only the day after', async () => {
    const fresh = await createTestApp({}, { today: TODAY });
    try {
      const other = await buildScenario(fresh, 'Boundary Day CPAs');
      const status = async () =>
        (
          await fresh.dataSource.query(
            `SELECT d.status FROM deadline d WHERE d.firm_id = $1 AND d.kind = 'private_collection_referral'`,
            [other.firm.id],
          )
        )[0].status;
      // The R-859's referral date is 2026-11-12.
      await fresh.http.post('/api/sweeps').set(bearer(other.tokens.manager)).send({ asOf: '2026-11-12' }).expect(201);
      expect(await status()).toBe('open');
      await fresh.http.post('/api/sweeps').set(bearer(other.tokens.manager)).send({ asOf: '2026-11-13' }).expect(201);
      expect(await status()).toBe('missed');
    } finally {
      await fresh.close();
    }
  });

  it('stores the figures a read shows, and skips cases already computed for the day', async () => {
    const fresh = await createTestApp({}, { today: TODAY });
    try {
      const other = await buildScenario(fresh, 'Figures First LLP');
      const first = await fresh.http.post('/api/sweeps').set(bearer(other.tokens.manager)).send({ asOf: TODAY }).expect(201);
      // Intake and every edit already stored today's figures; only cases whose next hard deadline has just
      // passed (the missed step closed it) are computed again.
      const open: Array<{ n: number }> = await fresh.dataSource.query(
        `SELECT count(*)::int AS n FROM notice WHERE firm_id = $1 AND status NOT IN ('resolved', 'closed_no_action')`,
        [other.firm.id],
      );
      expect(first.body.counts.noticesRecomputed).toBeLessThan(open[0].n);
      const again = await fresh.http.post('/api/sweeps').set(bearer(other.tokens.manager)).send({ asOf: TODAY }).expect(201);
      expect(again.body.counts.noticesRecomputed).toBe(0);
      await expectStoredFiguresLive(fresh, other);
      // Later days: a case is read again only once the day its figures hold until has passed (its next month
      // of interest, age step or deadline threshold), and what is stored is still what a read shows that day.
      const clock = fresh.app.get(Clock) as { today: () => string; now: () => Date };
      const recomputed: number[] = [];
      for (const day of ['2026-11-11', '2026-11-16', '2026-12-01', '2026-12-20', '2027-01-15', '2027-03-01']) {
        clock.today = () => day;
        clock.now = () => new Date(`${day}T15:00:00Z`);
        const run = await fresh.http.post('/api/sweeps').set(bearer(other.tokens.manager)).send({ asOf: day }).expect(201);
        recomputed.push(run.body.counts.noticesRecomputed);
        await expectStoredFiguresLive(fresh, other);
      }
      expect(Math.min(...recomputed)).toBeLessThan(open[0].n);
    } finally {
      await fresh.close();
    }
  });

  it('refuses a second sweep while one holds the lock (409), on any connection', async () => {
    const holder = new PgClient({ connectionString: (testApp.dataSource.options as { url: string }).url });
    await holder.connect();
    try {
      await holder.query('SELECT pg_advisory_lock(7261003)');
      const refused = await testApp.http.post('/api/sweeps').set(bearer(firm.tokens.manager)).send({}).expect(409);
      expect(refused.body.message).toMatch(/already running/);
    } finally {
      await holder.query('SELECT pg_advisory_unlock(7261003)');
      await holder.end();
    }
    await testApp.http.post('/api/sweeps').set(bearer(firm.tokens.manager)).send({}).expect(201);
  });

  it('lets exactly one of two simultaneous sweeps run', async () => {
    const service = testApp.app.get(SweepService);
    const results = await Promise.allSettled([
      service.run({ trigger: 'manual', firmId: firm.firm.id, asOf: '2026-11-21' }),
      service.run({ trigger: 'manual', firmId: firm.firm.id, asOf: '2026-11-21' }),
    ]);
    // Either they overlapped (one refused) or the first finished before the second began; never both at once.
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused.length).toBeLessThanOrEqual(1);
    for (const result of results) if (result.status === 'fulfilled') expect(result.value.outcome).toBe('succeeded');
    const runs = await testApp.dataSource.query(`SELECT started_at, finished_at FROM sweep_run WHERE as_of = '2026-11-21' ORDER BY started_at`);
    for (let i = 1; i < runs.length; i++) expect(runs[i].started_at.getTime()).toBeGreaterThanOrEqual(runs[i - 1].finished_at.getTime());
  });

  it('keeps history to managers, with counts only for their own firm', async () => {
    const history = await testApp.http.get('/api/sweeps').set(bearer(firm.tokens.manager)).expect(200);
    expect(history.body.items.length).toBeGreaterThanOrEqual(3);
    expect(history.body.items.every((run: { firmId: string }) => run.firmId === firm.firm.id)).toBe(true);
    await testApp.http.get('/api/sweeps').set(bearer(firm.tokens.practitioner)).expect(403);
    const detail = await testApp.http.get(`/api/sweeps/${history.body.items[0].id}`).set(bearer(firm.tokens.manager)).expect(200);
    expect(detail.body.counts).not.toBeNull();
  });

  it('shows practitioners their alerts and managers the firm’s, with read marks and the bell count', async () => {
    const mine = await testApp.http.get('/api/alerts?pageSize=100').set(bearer(firm.tokens.practitioner)).expect(200);
    const all = await testApp.http.get('/api/alerts?pageSize=100').set(bearer(firm.tokens.manager)).expect(200);
    expect(mine.body.total).toBeGreaterThan(0);
    expect(all.body.total).toBeGreaterThanOrEqual(mine.body.total);
    const assistants = await testApp.http.get('/api/alerts').set(bearer(firm.tokens.assistant)).expect(200);
    expect(assistants.body.total).toBe(0);
    const before = (await testApp.http.get('/api/alerts/unread-count').set(bearer(firm.tokens.practitioner)).expect(200)).body.unread;
    await testApp.http.post(`/api/alerts/${mine.body.items[0].id}/read`).set(bearer(firm.tokens.practitioner)).expect(200);
    expect((await testApp.http.get('/api/alerts/unread-count').set(bearer(firm.tokens.practitioner))).body.unread).toBe(before - 1);
    await testApp.http.post('/api/alerts/read-all').set(bearer(firm.tokens.practitioner)).expect(200);
    expect((await testApp.http.get('/api/alerts/unread-count').set(bearer(firm.tokens.practitioner))).body.unread).toBe(0);
  });
});

describe('a sweep that crashes half-way', () => {
  it('leaves a consistent state, and the next sweep ends where an uninterrupted one does', async () => {
    const crashed = await createTestApp({}, { today: TODAY });
    const clean = await createTestApp({}, { today: TODAY });
    try {
      const crashedFirm = await buildScenario(crashed, 'Twin Firm');
      const cleanFirm = await buildScenario(clean, 'Twin Firm');
      const service = crashed.app.get(SweepService);
      service.tuning = { batchSize: 1, failAfterBatches: 3 };
      const failed = await service.run({ trigger: 'manual', firmId: crashedFirm.firm.id, asOf: '2026-11-20' });
      expect(failed).toMatchObject({ outcome: 'failed', error: 'simulated crash after batch 3' });
      // Consistent: every deadline the crashed run touched is fully missed with its one alert.
      const orphans = await crashed.dataSource.query(
        `SELECT d.id FROM deadline d WHERE d.status = 'missed' AND NOT EXISTS (SELECT 1 FROM alert a WHERE a.subject_id = d.id AND a.kind = 'deadline_missed')`,
      );
      expect(orphans).toEqual([]);
      service.tuning = { batchSize: 2 };
      const resumed = await service.run({ trigger: 'manual', firmId: crashedFirm.firm.id, asOf: '2026-11-20' });
      const uninterrupted = await clean.app.get(SweepService).run({ trigger: 'manual', firmId: cleanFirm.firm.id, asOf: '2026-11-20' });
      expect([resumed.outcome, uninterrupted.outcome]).toEqual(['succeeded', 'succeeded']);
      expect(uninterrupted.counts.deadlinesMissed).toBeGreaterThan(0);
      expect(await outcome(crashed, crashedFirm)).toEqual(await outcome(clean, cleanFirm));
    } finally {
      await crashed.close();
      await clean.close();
    }
  });

  it('does the same for a sweep of every firm, which reads the cases in on-disk order', async () => {
    const crashed = await createTestApp({}, { today: TODAY });
    const clean = await createTestApp({}, { today: TODAY });
    try {
      const crashedFirm = await buildScenario(crashed, 'Twin Firm');
      const cleanFirm = await buildScenario(clean, 'Twin Firm');
      const service = crashed.app.get(SweepService);
      service.tuning = { batchSize: 1, failAfterBatches: 12 };
      expect(await service.run({ trigger: 'schedule', asOf: '2026-11-20' })).toMatchObject({ outcome: 'failed' });
      service.tuning = { batchSize: 2 };
      const resumed = await service.run({ trigger: 'schedule', asOf: '2026-11-20' });
      const uninterrupted = await clean.app.get(SweepService).run({ trigger: 'schedule', asOf: '2026-11-20' });
      expect([resumed.outcome, uninterrupted.outcome]).toEqual(['succeeded', 'succeeded']);
      expect(uninterrupted.counts.noticesRecomputed).toBeGreaterThan(0);
      expect(await outcome(crashed, crashedFirm)).toEqual(await outcome(clean, cleanFirm));
      // And a firm's own sweep finds nothing left to do.
      const firmRun = await clean.app.get(SweepService).run({ trigger: 'manual', firmId: cleanFirm.firm.id, asOf: '2026-11-20' });
      expect(firmRun.counts).toMatchObject({ deadlinesMissed: 0, alertsRaised: 0, noticesRecomputed: 0 });
    } finally {
      await crashed.close();
      await clean.close();
    }
  });
});
