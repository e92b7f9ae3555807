import { NoticeListItem, Page } from '@nutmeg/contracts';
import { Clock } from '../src/common/clock';
import { bearer, createFirm, TestFirm } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

const TODAY = '2026-11-10';
const FEED = 'nutmeg-api-caseload-feed';

/**
 * The case lists are kept in memory until PostgreSQL announces a change to the firm's caseload. These prove
 * that a page is served from memory, and that every kind of change — through the api, on another connection
 * (another replica, the sweep CLI, psql), to the client, the deadlines, the payments, the firm's rules or the
 * day — shows on the very next read.
 */
describe('case-list cache', () => {
  let testApp: TestApp;
  let firm: TestFirm;
  let other: TestFirm;
  let clientId: string;
  let noticeId: string;
  let correspondence = 5000;

  const asManager = () => bearer(firm.tokens.manager);
  const sql = (text: string, params: unknown[] = []) => testApp.dataSource.query(text, params);

  async function list(path = '/api/notices?pageSize=25', who = asManager()): Promise<Page<NoticeListItem>> {
    return (await testApp.http.get(path).set(who).expect(200)).body as Page<NoticeListItem>;
  }
  const ourNotice = async (path?: string): Promise<NoticeListItem> => {
    const found = (await list(path)).items.find((item) => item.id === noticeId);
    if (!found) throw new Error('the notice is not on the page');
    return found;
  };

  /** A change PostgreSQL does not announce (its trigger off): only a page read afresh can show it. */
  async function unannouncedRename(name: string): Promise<void> {
    await sql('ALTER TABLE client DISABLE TRIGGER client_caseload_update');
    try {
      await sql('UPDATE client SET legal_name = $1 WHERE id = $2', [name, clientId]);
    } finally {
      await sql('ALTER TABLE client ENABLE TRIGGER client_caseload_update');
    }
  }

  async function feedConnections(): Promise<number> {
    const [{ count }] = await sql('SELECT count(*)::int AS count FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()', [FEED]);
    return count as number;
  }

  beforeAll(async () => {
    testApp = await createTestApp({}, { today: TODAY });
    firm = await createFirm(testApp, 'Cache Street CPAs');
    other = await createFirm(testApp, 'Other Cache LLP');
    const client = await testApp.http.post('/api/clients').set(asManager()).send({ kind: 'individual', legalName: 'Ada Lovelace', hasW2Wages: true }).expect(201);
    clientId = client.body.id;
    correspondence += 1;
    const notice = await testApp.http
      .post('/api/notices')
      .set(asManager())
      .send({
        clientId,
        kind: 'individual_income_balance_due',
        taxType: 'individual_income',
        taxPeriods: [{ year: 2024 }],
        noticeDate: '2026-11-02',
        taxDueDate: '2025-04-15',
        accountNumber: '123456789',
        correspondenceId: `C${correspondence}XY`,
        stated: { tax: '2000.00', penalty: '200.00', interest: '380.00', credits: '0.00', balanceDue: '2580.00', asOf: '2026-11-02' },
      })
      .expect(201);
    noticeId = notice.body.id;
  });
  afterAll(() => testApp.close());

  it('serves a page again from memory, byte for byte, with an ETag that answers 304', async () => {
    const first = await testApp.http.get('/api/notices?pageSize=25').set(asManager()).expect(200);
    await unannouncedRename('Ada King');
    const second = await testApp.http.get('/api/notices?pageSize=25').set(asManager()).expect(200);
    expect(second.text).toBe(first.text);
    expect(second.headers['etag']).toBe(first.headers['etag']);
    await testApp.http.get('/api/notices?pageSize=25').set(asManager()).set('If-None-Match', first.headers['etag']).expect(304);
    // Another query is another page: read afresh, it shows what the database holds.
    expect((await ourNotice('/api/notices?pageSize=24')).client.legalName).toBe('Ada King');
    await sql('UPDATE client SET legal_name = $1 WHERE id = $2', ['Ada Lovelace', clientId]);
  });

  it('shows a change made through the api on the next read', async () => {
    const before = await ourNotice();
    await testApp.http.post(`/api/notices/${noticeId}/transition`).set(asManager()).send({ version: before.version, to: 'triage' }).expect(201);
    const after = await ourNotice();
    expect(after.status).toBe('triage');
    expect((await list('/api/notices/triage?pageSize=25')).items.map((item) => item.id)).toContain(noticeId);
  });

  it('shows changes committed on another connection on the next read: client, deadline, payment, rules', async () => {
    const before = await ourNotice();
    await sql('UPDATE client SET legal_name = $1 WHERE id = $2', ['Augusta Ada King', clientId]);
    expect((await ourNotice()).client.legalName).toBe('Augusta Ada King');

    const deadline = before.deadlines[0];
    await sql(`UPDATE deadline SET due_date = due_date + 1 WHERE id = $1`, [deadline.id]);
    expect((await ourNotice()).deadlines.find((d) => d.id === deadline.id)?.daysLeft).toBe(deadline.daysLeft + 1);

    await sql(
      `INSERT INTO resolution (firm_id, notice_id, type, status, amount, date, details) VALUES ($1, $2, 'payment', 'recorded', 500, '2026-11-05', '{}')`,
      [firm.firm.id, noticeId],
    );
    expect((await ourNotice()).figures.paid).toBe('500.00');

    const penaltyBefore = (await ourNotice()).figures.penaltyNow;
    await sql(`UPDATE firm SET rule_overrides = $1 WHERE id = $2`, [
      JSON.stringify({ taxTypes: { individual_income: { latePaymentPenalty: { value: { rate: '0.15' } } } } }),
      firm.firm.id,
    ]);
    expect((await ourNotice()).figures.penaltyNow).not.toBe(penaltyBefore);
  });

  it('reads the figures as of the new day when the day changes', async () => {
    const clock = testApp.app.get(Clock) as { today: () => string };
    const before = await ourNotice();
    const today = clock.today;
    clock.today = () => '2026-11-11';
    try {
      const after = await ourNotice();
      expect(after.figures.asOf).toBe('2026-11-11');
      expect(after.deadlines[0].daysLeft).toBe(before.deadlines[0].daysLeft - 1);
    } finally {
      clock.today = today;
    }
  });

  it("keeps a firm's pages when only another firm's caseload changes, and forgets all after a TRUNCATE", async () => {
    await list();
    await unannouncedRename('Countess of Lovelace');
    await testApp.http.post('/api/clients').set(bearer(other.tokens.manager)).send({ kind: 'individual', legalName: 'Charles Babbage' }).expect(201);
    expect((await ourNotice()).client.legalName).toBe('Augusta Ada King');
    await sql('TRUNCATE installment');
    expect((await ourNotice()).client.legalName).toBe('Countess of Lovelace');
  });

  it('reads every page afresh while it cannot hear the database, and caches again once it has reconnected', async () => {
    await list();
    expect(await feedConnections()).toBe(1);
    await sql('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND datname = current_database()', [FEED]);
    await unannouncedRename('A. A. Lovelace');
    expect((await ourNotice()).client.legalName).toBe('A. A. Lovelace');
    // It reconnects on its own after half a second.
    for (let waited = 0; (await feedConnections()) === 0 && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await feedConnections()).toBe(1);
    await list();
    await unannouncedRename('Ada');
    expect((await ourNotice()).client.legalName).toBe('A. A. Lovelace');
  });
});
