import { SchedulerRegistry } from '@nestjs/schedule';
import { DashboardSummary, NoticeListFilter, NoticeStatus } from '@nutmeg/contracts';
import { RiskLevel, RiskMechanism } from '@nutmeg/domain';
import Decimal from 'decimal.js';
import { Alert } from '../src/alerts/alert.entity';
import { Client } from '../src/clients/client.entity';
import { DeadlineRecord } from '../src/deadlines/deadline.entity';
import { Notice } from '../src/notices/notice.entity';
import { User } from '../src/users/user.entity';
import { bearer, createFirm, TestFirm } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

const TODAY = '2026-11-10'; // a Tuesday: this week starts Monday 2026-11-09

interface CaseSpec {
  status: NoticeStatus;
  assignee: User | null;
  noticeDate: string;
  balance: string;
  risk: RiskLevel;
  mechanisms?: Partial<Record<RiskMechanism, RiskLevel>>;
  deadlines?: Array<{ due: string; status: 'open' | 'missed' | 'met' | 'waived'; hard?: boolean }>;
  deleted?: boolean;
}

describe('manager dashboard', () => {
  let testApp: TestApp;
  let firm: TestFirm;
  let other: TestFirm;
  let idle: User;
  let departed: User;
  let correspondence = 5000;
  const ids: Record<string, string> = {};

  const asManager = () => bearer(firm.tokens.manager);

  async function insertCase(owner: TestFirm, clientId: string, spec: CaseSpec): Promise<string> {
    correspondence += 1;
    const notice = await testApp.dataSource.getRepository(Notice).save({
      firmId: owner.firm.id,
      clientId,
      kind: 'r859_referral',
      taxType: 'individual_income',
      taxPeriods: [{ year: 2024 }],
      noticeDate: spec.noticeDate,
      taxDueDate: '2025-04-15',
      accountNumber: '123456789',
      correspondenceId: `L${correspondence}XY`,
      statedTax: new Decimal('100.00'),
      statedPenalty: new Decimal('0'),
      statedInterest: new Decimal('0'),
      statedCredits: new Decimal('0'),
      statedBalanceDue: new Decimal('100.00'),
      assigneeId: spec.assignee?.id ?? null,
      status: spec.status,
      // The stored figures the dashboard adds up, set by hand so every expected sum is worked out below.
      balanceNow: new Decimal(spec.balance),
      riskLevel: spec.risk,
      mechanismLevels: spec.mechanisms ?? {},
      figuresAsOf: TODAY,
      deletedAt: spec.deleted ? new Date('2026-11-09T12:00:00Z') : null,
    });
    for (const deadline of spec.deadlines ?? []) {
      await testApp.dataSource.getRepository(DeadlineRecord).save({
        firmId: owner.firm.id,
        noticeId: notice.id,
        kind: 'respond_or_pay',
        dueDate: deadline.due,
        computedDate: deadline.due,
        hard: deadline.hard ?? true,
        status: deadline.status,
        ruleId: 'test.rule',
        rule: 'A deadline set by the test',
        citation: { source: 'seed', reference: 'test' },
      });
    }
    return notice.id;
  }

  async function listTotal(filter: NoticeListFilter, token = firm.tokens.manager): Promise<number> {
    const query = Object.entries(filter)
      .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
      .join('&');
    const response = await testApp.http.get(`/api/notices?${query}&pageSize=100`).set(bearer(token)).expect(200);
    expect(response.body.items).toHaveLength(response.body.total);
    return response.body.total;
  }

  async function summary(): Promise<DashboardSummary> {
    return (await testApp.http.get('/api/dashboard').set(asManager()).expect(200)).body;
  }

  beforeAll(async () => {
    testApp = await createTestApp({ SWEEP_CRON: '30 6 * * *' }, { today: TODAY });
    firm = await createFirm(testApp, 'Dashboard Partners');
    other = await createFirm(testApp, 'Elsewhere Tax LLC');
    const users = testApp.dataSource.getRepository(User);
    const person = (fullName: string, role: 'practitioner' | 'manager', active: boolean) =>
      users.save({
        firmId: firm.firm.id,
        email: `${fullName.toLowerCase().replace(/\W+/g, '.')}@dashboard.test`,
        fullName,
        role,
        active,
        passwordHash: 'x',
      });
    idle = await person('Ida Idle', 'practitioner', true);
    departed = await person('Dan Departed', 'practitioner', false);
    await person('Gone Without Cases', 'practitioner', false);
    const client = await testApp.dataSource
      .getRepository(Client)
      .save({ firmId: firm.firm.id, kind: 'individual', legalName: 'Maria Rossi' });
    const otherClient = await testApp.dataSource
      .getRepository(Client)
      .save({ firmId: other.firm.id, kind: 'individual', legalName: 'Not Ours' });
    const { practitioner, manager } = firm.users;

    // The caseload, with today 2026-11-10. Ages are today − notice date.
    ids['N1'] = await insertCase(firm, client.id, {
      status: 'triage',
      assignee: practitioner,
      noticeDate: '2026-11-01',
      balance: '1000.10',
      risk: 'high', // age 9
      mechanisms: { lien: 'high', bank_levy: 'critical' },
      deadlines: [
        { due: '2026-11-05', status: 'open' },
        { due: '2026-11-12', status: 'open', hard: false },
      ], // overdue; due this week
    });
    ids['N2'] = await insertCase(firm, client.id, {
      status: 'response_in_progress',
      assignee: practitioner,
      noticeDate: '2026-10-10',
      balance: '2500.25',
      risk: 'critical', // age 31
      mechanisms: { lien: 'critical', bank_levy: 'critical' },
      deadlines: [
        { due: '2026-10-20', status: 'missed' },
        { due: '2026-10-01', status: 'met' },
        { due: '2026-10-02', status: 'waived' },
      ], // overdue (missed)
    });
    ids['N3'] = await insertCase(firm, client.id, {
      status: 'new',
      assignee: null,
      noticeDate: '2026-09-11',
      balance: '0.05',
      risk: 'low', // age 60
      mechanisms: { lien: 'low' },
      deadlines: [
        { due: '2026-11-17', status: 'open' },
        { due: '2026-11-18', status: 'open' },
      ], // today + 7 is this week, + 8 is not
    });
    ids['N4'] = await insertCase(firm, client.id, {
      status: 'awaiting_drs',
      assignee: manager,
      noticeDate: '2026-09-10',
      balance: '10000.00',
      risk: 'elevated', // age 61
      mechanisms: { lien: 'elevated', wage_garnishment: 'high' },
      deadlines: [{ due: TODAY, status: 'open' }], // due today: this week, not overdue
    });
    ids['N5'] = await insertCase(firm, client.id, {
      status: 'resolved',
      assignee: practitioner,
      noticeDate: '2026-01-05',
      balance: '5000.00',
      risk: 'critical',
      mechanisms: { lien: 'critical' },
      deadlines: [{ due: '2026-10-28', status: 'open' }], // past, but the case is closed: not on the dashboard
    });
    ids['N6'] = await insertCase(firm, client.id, {
      status: 'closed_no_action',
      assignee: null,
      noticeDate: '2026-11-03',
      balance: '7.00',
      risk: 'low',
    });
    ids['N7'] = await insertCase(firm, client.id, {
      status: 'verifying',
      assignee: departed,
      noticeDate: TODAY,
      balance: '300.00',
      risk: 'high', // age 0
      mechanisms: { lien: 'high' },
    });
    ids['N8'] = await insertCase(firm, client.id, {
      status: 'triage',
      assignee: practitioner,
      noticeDate: '2026-11-01',
      balance: '999.00',
      risk: 'critical',
      deleted: true,
      mechanisms: { lien: 'critical' },
      deadlines: [{ due: '2026-11-01', status: 'open' }],
    });
    ids['N9'] = await insertCase(firm, client.id, {
      status: 'awaiting_documents',
      assignee: manager,
      noticeDate: '2026-08-12',
      balance: '0.01',
      risk: 'critical', // age 90
      mechanisms: { lien: 'critical', wage_garnishment: 'high' },
      deadlines: [
        { due: '2026-11-09', status: 'missed' },
        { due: '2026-11-09', status: 'open', hard: false },
        { due: '2026-11-11', status: 'open' },
      ],
    });
    ids['N10'] = await insertCase(firm, client.id, {
      status: 'new',
      assignee: null,
      noticeDate: '2026-08-11',
      balance: '123.45',
      risk: 'high', // age 91
      mechanisms: { lien: 'high' },
    });
    // Another firm's overdue, high-value case: never counted here.
    ids['B1'] = await insertCase(other, otherClient.id, {
      status: 'triage',
      assignee: other.users.practitioner,
      noticeDate: '2026-11-03',
      balance: '77777.77',
      risk: 'critical',
      mechanisms: { lien: 'critical' },
      deadlines: [{ due: '2026-11-03', status: 'open' }],
    });
  });
  afterAll(() => testApp.close());

  it('adds up the open caseload exactly: open, overdue, due this week, aging and dollars by risk', async () => {
    const body = await summary();
    expect(body.asOf).toBe(TODAY);
    // Open: N1 N2 N3 N4 N7 N9 N10 (not the resolved N5, the closed N6, the deleted N8 or the other firm's B1).
    expect(body.open).toEqual({ notices: 7, balance: '13923.86', filter: { open: true } });
    // Overdue: N1 (open, 11-05), N2 (missed 10-20), N9 (missed and open, 11-09); N4's deadline is today.
    expect(body.overdue).toEqual({
      notices: 3,
      balance: '3500.36',
      deadlines: 4,
      filter: { open: true, overdue: true },
    });
    // Due 11-10 through 11-17: N1 (11-12), N3 (11-17), N4 (11-10), N9 (11-11).
    expect(body.dueThisWeek).toEqual({
      notices: 4,
      balance: '11000.16',
      deadlines: 4,
      filter: { open: true, dueWithinDays: 7 },
    });
    expect(body.aging).toEqual([
      { bucket: '0-30', notices: 2, balance: '1300.10', filter: { open: true, agingBucket: '0-30' } }, // N1 (9), N7 (0)
      { bucket: '31-60', notices: 2, balance: '2500.30', filter: { open: true, agingBucket: '31-60' } }, // N2 (31), N3 (60)
      { bucket: '61-90', notices: 2, balance: '10000.01', filter: { open: true, agingBucket: '61-90' } }, // N4 (61), N9 (90)
      { bucket: '90+', notices: 1, balance: '123.45', filter: { open: true, agingBucket: '90+' } }, // N10 (91)
    ]);
    expect(body.exposureByRisk).toEqual([
      { level: 'low', notices: 1, balance: '0.05', filter: { open: true, riskLevel: 'low' } },
      { level: 'elevated', notices: 1, balance: '10000.00', filter: { open: true, riskLevel: 'elevated' } },
      { level: 'high', notices: 3, balance: '1423.55', filter: { open: true, riskLevel: 'high' } },
      { level: 'critical', notices: 2, balance: '2500.26', filter: { open: true, riskLevel: 'critical' } },
    ]);
  });

  it('shows the workload of every active practitioner and manager, busiest first, then the unassigned cases', async () => {
    const { workload } = await summary();
    const { practitioner, manager } = firm.users;
    expect(workload).toEqual([
      {
        assignee: { id: practitioner.id, fullName: practitioner.fullName, role: 'practitioner' },
        open: 2,
        overdue: 2,
        balance: '3500.35',
        filter: { open: true, assigneeId: practitioner.id },
      },
      {
        assignee: { id: manager.id, fullName: manager.fullName, role: 'manager' },
        open: 2,
        overdue: 1,
        balance: '10000.01',
        filter: { open: true, assigneeId: manager.id },
      },
      // Deactivated, but still holding a case: it must not vanish from the manager's view.
      {
        assignee: { id: departed.id, fullName: 'Dan Departed', role: 'practitioner' },
        open: 1,
        overdue: 0,
        balance: '300.00',
        filter: { open: true, assigneeId: departed.id },
      },
      {
        assignee: { id: idle.id, fullName: 'Ida Idle', role: 'practitioner' },
        open: 0,
        overdue: 0,
        balance: '0.00',
        filter: { open: true, assigneeId: idle.id },
      },
      { assignee: null, open: 2, overdue: 0, balance: '123.50', filter: { open: true, unassigned: true } },
    ]);
  });

  it('maps open notices by escalation mechanism and level, the full grid', async () => {
    const { heatmap } = await summary();
    expect(heatmap).toHaveLength(6 * 4);
    const nonZero = heatmap
      .filter((cell) => cell.notices > 0)
      .map(({ mechanism, level, notices }) => `${mechanism}/${level}=${notices}`);
    expect(nonZero.sort()).toEqual([
      'bank_levy/critical=2',
      'lien/critical=2',
      'lien/elevated=1',
      'lien/high=3',
      'lien/low=1',
      'wage_garnishment/high=2',
    ]);
    expect(heatmap.find((cell) => cell.mechanism === 'lien' && cell.level === 'high')?.filter).toEqual({
      open: true,
      mechanism: 'lien',
      mechanismLevel: 'high',
    });
  });

  it('lists, for every figure, exactly the notices it counts (GET /api/notices with its filter)', async () => {
    const body = await summary();
    const figures: Array<[string, number, NoticeListFilter]> = [
      ['open', body.open.notices, body.open.filter],
      ['overdue', body.overdue.notices, body.overdue.filter],
      ['dueThisWeek', body.dueThisWeek.notices, body.dueThisWeek.filter],
      ...body.aging.map((row): [string, number, NoticeListFilter] => [`aging ${row.bucket}`, row.notices, row.filter]),
      ...body.exposureByRisk.map((row): [string, number, NoticeListFilter] => [
        `risk ${row.level}`,
        row.notices,
        row.filter,
      ]),
      ...body.workload.map((row): [string, number, NoticeListFilter] => [
        `workload ${row.assignee?.fullName ?? 'unassigned'}`,
        row.open,
        row.filter,
      ]),
      ...body.heatmap.map((row): [string, number, NoticeListFilter] => [
        `heatmap ${row.mechanism}/${row.level}`,
        row.notices,
        row.filter,
      ]),
    ];
    expect(figures).toHaveLength(3 + 4 + 4 + 5 + 24);
    for (const [label, notices, filter] of figures) {
      expect({ label, total: await listTotal(filter) }).toEqual({ label, total: notices });
    }
  });

  it("never counts another firm's notices, and shows that firm only its own", async () => {
    const theirs = (await testApp.http.get('/api/dashboard').set(bearer(other.tokens.manager)).expect(200))
      .body as DashboardSummary;
    expect(theirs.open).toEqual({ notices: 1, balance: '77777.77', filter: { open: true } });
    expect(theirs.overdue).toMatchObject({ notices: 1, balance: '77777.77', deadlines: 1 });
    expect(theirs.workload.map((row) => row.assignee?.id)).toEqual([
      other.users.practitioner.id,
      other.users.manager.id,
    ]);
    expect(await listTotal(theirs.open.filter, other.tokens.manager)).toBe(1);
  });

  it('is for managers only', async () => {
    for (const role of ['practitioner', 'assistant'] as const) {
      await testApp.http.get('/api/dashboard').set(bearer(firm.tokens[role])).expect(403);
      await testApp.http.get('/api/dashboard/trends').set(bearer(firm.tokens[role])).expect(403);
    }
    await testApp.http.get('/api/dashboard').expect(401);
  });

  it("shows the sweep: the schedule, the latest run this firm may see (another firm's counts hidden) and unread alerts", async () => {
    // Inserted with explicit start times (the entity would stamp "now").
    const run = async (firmId: string | null, startedAt: string, alertsRaised: number): Promise<string> => {
      const [row] = await testApp.dataSource.query(
        `INSERT INTO sweep_run (trigger, firm_id, as_of, started_at, finished_at, duration_ms, outcome, counts)
         VALUES ($1, $2, $3, $4, $4::timestamptz + interval '1.5 seconds', 1500, 'succeeded', $5) RETURNING id`,
        [firmId ? 'manual' : 'schedule', firmId, TODAY, startedAt, { alertsRaised }],
      );
      return row.id;
    };
    await run(firm.firm.id, '2026-11-10T13:00:00Z', 5);
    const scheduled = await run(null, '2026-11-10T14:00:00Z', 40);
    await run(other.firm.id, '2026-11-10T15:00:00Z', 9); // the newest, but another firm's
    const alerts = testApp.dataSource.getRepository(Alert);
    const alert = (firmId: string, readAt: Date | null, n: number) =>
      alerts.save({
        firmId,
        recipientId: null,
        subjectType: 'notice',
        subjectId: ids['N1'],
        kind: 'deadline_missed',
        threshold: n,
        noticeId: ids['N1'],
        message: 'Missed',
        readAt,
      } as Partial<Alert>);
    await alert(firm.firm.id, null, 1);
    await alert(firm.firm.id, null, 2);
    await alert(firm.firm.id, new Date(), 3);
    await alert(other.firm.id, null, 4);

    const { sweep } = await summary();
    expect(sweep).toMatchObject({
      enabled: false,
      schedule: '30 6 * * *',
      // The scheduled run across all firms: visible, but its counts are every firm's, so not shown.
      lastRun: {
        id: scheduled,
        asOf: TODAY,
        startedAt: '2026-11-10T14:00:00.000Z',
        outcome: 'succeeded',
        alertsRaised: null,
        durationMs: 1500,
      },
      unreadAlerts: 2,
    });
    const unread = await testApp.http.get('/api/alerts/unread-count').set(asManager()).expect(200);
    expect(sweep.unreadAlerts).toBe(unread.body.unread);
    // 06:30 in New York is 11:30Z in winter and 10:30Z in summer; the next one is within a day.
    expect(sweep.nextRunAt).toMatch(/^\d{4}-\d\d-\d\dT1[01]:30:00\.000Z$/);
    const wait = new Date(sweep.nextRunAt as string).getTime() - Date.now();
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(24 * 3600 * 1000);

    // The firm's own run, once it is the latest, shows its counts.
    const newest = await run(firm.firm.id, '2026-11-10T16:00:00Z', 3);
    expect((await summary()).sweep.lastRun).toMatchObject({
      id: newest,
      startedAt: '2026-11-10T16:00:00.000Z',
      alertsRaised: 3,
    });
  });

  describe('trends', () => {
    beforeAll(async () => {
      // Inserted with explicit times (the entity would stamp "now"), shaped as the api audits a move.
      const audit = (firmId: string, entityId: string, from: string, to: string, at: string) =>
        testApp.dataSource.query(
          `INSERT INTO audit_event (firm_id, actor_user_id, action, entity_type, entity_id, before, after, occurred_at)
           VALUES ($1, NULL, 'update', 'notice', $2, $3, $4, $5)`,
          [firmId, entityId, { status: from }, { status: to }, at],
        );
      await audit(firm.firm.id, ids['N5'], 'awaiting_drs', 'resolved', '2026-11-02T04:30:00Z'); // Sunday 11-01, 23:30 in New York: week of 10-26
      await audit(firm.firm.id, ids['N6'], 'new', 'closed_no_action', '2026-11-02T05:30:00Z'); // Monday 11-02, 00:30 in New York
      await audit(firm.firm.id, ids['N5'], 'resolved', 'resolved', '2026-11-03T15:00:00Z'); // an edit of a resolved case: not a move
      await audit(firm.firm.id, ids['N2'], 'triage', 'verifying', '2026-11-04T15:00:00Z');
      await audit(firm.firm.id, ids['N1'], 'awaiting_drs', 'resolved', '2026-11-09T15:00:00Z');
      await audit(firm.firm.id, ids['N1'], 'awaiting_drs', 'resolved', '2026-11-10T15:00:00Z'); // the same case again that week: once
      await audit(other.firm.id, ids['B1'], 'awaiting_drs', 'resolved', '2026-11-04T15:00:00Z');
    });

    it('counts per week (Monday start, New York): notices received, resolved or closed, deadlines missed', async () => {
      const response = await testApp.http.get('/api/dashboard/trends?weeks=3').set(asManager()).expect(200);
      expect(response.body).toEqual({
        asOf: TODAY,
        weeks: [
          // Received N1 (11-01). Resolved N5. Missed: N5's 10-28 (the case closed since, the deadline still passed unmet).
          { weekStart: '2026-10-26', received: 1, resolved: 1, missed: 1 },
          // Received N6 (11-03; B1 is another firm's). Closed N6. Missed N1's 11-05.
          { weekStart: '2026-11-02', received: 1, resolved: 1, missed: 1 },
          // Received N7 (today). Resolved N1 (twice, counted once). Missed N9's two of 11-09 (N4's is due today).
          { weekStart: '2026-11-09', received: 1, resolved: 1, missed: 2 },
        ],
      });
    });

    it('gives 12 weeks by default, ending with this one', async () => {
      const response = await testApp.http.get('/api/dashboard/trends').set(asManager()).expect(200);
      expect(response.body.weeks).toHaveLength(12);
      expect(response.body.weeks[0].weekStart).toBe('2026-08-24');
      expect(response.body.weeks[11].weekStart).toBe('2026-11-09');
      // N10 (08-11) and N9 (08-12) fall before the window; N2 (10-10), N3 (09-11) and N4 (09-10) inside it.
      expect(response.body.weeks.reduce((sum: number, week: { received: number }) => sum + week.received, 0)).toBe(6);
    });

    it('reads moves to resolved as the api audits them', async () => {
      const otherClient = await testApp.http
        .post('/api/clients')
        .set(bearer(other.tokens.manager))
        .send({ kind: 'individual', legalName: 'Moved Along' })
        .expect(201);
      const created = await testApp.http
        .post('/api/notices')
        .set(bearer(other.tokens.manager))
        .send({
          clientId: otherClient.body.id,
          kind: 'r859_referral',
          taxType: 'individual_income',
          taxPeriods: [{ year: 2024 }],
          noticeDate: '2026-11-02',
          taxDueDate: '2025-04-15',
          accountNumber: '123456789',
          correspondenceId: 'L9999XY',
          stated: { tax: '2000.00', penalty: '200.00', interest: '380.00', credits: '0.00', balanceDue: '2580.00' },
        })
        .expect(201);
      let version = created.body.version as number;
      for (const to of ['triage', 'response_in_progress', 'resolved']) {
        version = (
          await testApp.http
            .post(`/api/notices/${created.body.id}/transition`)
            .set(bearer(other.tokens.manager))
            .send({ to, version })
            .expect(201)
        ).body.version;
      }
      const [moved] = await testApp.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_event
          WHERE entity_id = $1 AND entity_type = 'notice' AND action = 'update'
            AND after ->> 'status' = 'resolved' AND before ->> 'status' = 'response_in_progress'`,
        [created.body.id],
      );
      expect(moved.n).toBe(1);
    });

    it.each([
      ['weeks=0', 'weeks'],
      ['weeks=53', 'weeks'],
      ['weeks=abc', 'weeks'],
      ['weeks=1.5', 'weeks'],
      ['weeks=4&firmId=x', 'firmId'],
    ])('refuses %s with 400 naming the field', async (query, field) => {
      const response = await testApp.http.get(`/api/dashboard/trends?${query}`).set(asManager()).expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(Object.keys(response.body.fields)).toEqual([field]);
    });
  });

  it('refuses unknown query parameters on the summary', async () => {
    const response = await testApp.http.get('/api/dashboard?firmId=x').set(asManager()).expect(400);
    expect(response.body.fields).toEqual({ firmId: ['firmId is not a known field'] });
  });
});

describe('manager dashboard on a replica that schedules sweeps', () => {
  let testApp: TestApp;
  let firm: TestFirm;

  beforeAll(async () => {
    // A schedule that never fires during the test: 03:00 on 1 January.
    testApp = await createTestApp({ SWEEP_ENABLED: 'true', SWEEP_CRON: '0 3 1 1 *' }, { today: TODAY });
    firm = await createFirm(testApp, 'Scheduled Sweepers');
  });
  afterAll(() => testApp.close());

  it("reports the registered cron job's next start, and zeros for an empty caseload", async () => {
    const body = (await testApp.http.get('/api/dashboard').set(bearer(firm.tokens.manager)).expect(200))
      .body as DashboardSummary;
    const job = testApp.app.get(SchedulerRegistry).getCronJob('deadline-sweep');
    expect(body.sweep).toMatchObject({
      enabled: true,
      schedule: '0 3 1 1 *',
      nextRunAt: job.nextDate().toUTC().toISO(),
      lastRun: null,
      unreadAlerts: 0,
    });
    expect(body.sweep.nextRunAt).toMatch(/-01-01T08:00:00\.000Z$/);
    expect(body.open).toEqual({ notices: 0, balance: '0.00', filter: { open: true } });
    expect(body.overdue).toMatchObject({ notices: 0, balance: '0.00', deadlines: 0 });
    expect(body.aging.map((row) => row.notices)).toEqual([0, 0, 0, 0]);
    expect(body.workload.map((row) => [row.assignee?.role, row.open, row.balance])).toEqual([
      ['manager', 0, '0.00'],
      ['practitioner', 0, '0.00'],
    ]);
  });
});
