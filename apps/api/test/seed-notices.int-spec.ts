import { DEFAULT_RULES } from '@nutmeg/domain';
import { Client } from '../src/clients/client.entity';
import { generateClients } from '../src/seed/demo-clients';
import { seedNotices } from '../src/seed/notice-seeder';
import { bearer, createFirm, TestFirm } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

const TODAY = '2026-11-10';

/** The benchmark generator: what it writes must be what the api would have stored (and swept). */
describe('seeding generated notices', () => {
  let testApp: TestApp;
  let firm: TestFirm;

  beforeAll(async () => {
    testApp = await createTestApp({}, { today: TODAY });
    firm = await createFirm(testApp, 'Generated Notices LLC');
    await testApp.dataSource.transaction(async (manager) => {
      const clients = await manager.save(
        generateClients(20, 5).map((client) => manager.create(Client, { ...client, firmId: firm.firm.id })),
      );
      await seedNotices(manager, {
        firmId: firm.firm.id,
        clients,
        users: Object.values(firm.users),
        count: 300,
        asOf: TODAY,
        seed: 3,
        rules: DEFAULT_RULES,
        openOnly: true,
        swept: true,
      });
    });
  });
  afterAll(() => testApp.close());

  it('writes open cases only, with past deadlines missed as daily sweeps would have left them', async () => {
    const [counts] = await testApp.dataSource.query(
      `SELECT count(*)::int AS notices,
              count(*) FILTER (WHERE status IN ('resolved', 'closed_no_action'))::int AS closed,
              (SELECT count(*)::int FROM deadline WHERE firm_id = $1 AND status = 'open' AND due_date < $2) AS open_past,
              (SELECT count(*)::int FROM deadline WHERE firm_id = $1 AND status = 'missed') AS missed
       FROM notice WHERE firm_id = $1`,
      [firm.firm.id, TODAY],
    );
    expect(counts).toMatchObject({ notices: 300, closed: 0, open_past: 0 });
    expect(counts.missed).toBeGreaterThan(0);
  });

  it('stores the figures the api shows for the case', async () => {
    const page = await testApp.http.get('/api/notices?pageSize=20').set(bearer(firm.tokens.manager)).expect(200);
    expect(page.body.total).toBe(300);
    const stored: Array<{ id: string; balance_now: string; risk_level: string; next_hard_deadline: string | null }> = await testApp.dataSource.query(
      'SELECT id, balance_now::text, risk_level, next_hard_deadline::text FROM notice WHERE id = ANY($1::uuid[])',
      [page.body.items.map((item: { id: string }) => item.id)],
    );
    for (const item of page.body.items) {
      const row = stored.find((s) => s.id === item.id);
      const nextHard = item.deadlines.filter((d: { status: string; hard: boolean }) => d.status === 'open' && d.hard).map((d: { dueDate: string }) => d.dueDate).sort()[0] ?? null;
      expect(row).toEqual({ id: item.id, balance_now: item.figures.balanceNow, risk_level: item.figures.risk.level, next_hard_deadline: nextHard });
    }
  });
});
