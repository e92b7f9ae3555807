import { DemoSeedService } from '../src/seed/demo-seed.service';
import { createTestApp, TestApp } from './support/test-app';

describe('platform', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  it('has no drift between the entities and the migrations', async () => {
    const pending = await testApp.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('applied every migration at start', async () => {
    expect(await testApp.dataSource.showMigrations()).toBe(false);
  });

  it('reports health with the database reachable', async () => {
    const response = await testApp.http.get('/api/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('publishes the OpenAPI document and the Swagger UI', async () => {
    const document = await testApp.http.get('/api/docs-json').expect(200);
    expect(document.body.openapi).toMatch(/^3\./);
    expect(Object.keys(document.body.paths)).toEqual(expect.arrayContaining(['/api/auth/login', '/api/clients', '/api/clients/{id}']));
    await testApp.http.get('/api/docs').expect(200).expect('Content-Type', /html/);
  });

  it('sends security headers (helmet) and JSON errors for unknown routes', async () => {
    const response = await testApp.http.get('/api/nothing-here').expect(404);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.body).toEqual({ statusCode: 404, error: 'Not Found', message: 'Cannot GET /api/nothing-here' });
  });

  it('seeds the demo firm once on an empty database, and never again', async () => {
    const seeder = testApp.app.get(DemoSeedService);
    expect(await seeder.seedIfEmpty()).toBe(40);
    expect(await seeder.seedIfEmpty()).toBe(0);
    const login = await testApp.http.post('/api/auth/login').send({ email: 'assistant@demo.test', password: 'nutmeg-demo' }).expect(200);
    expect(login.body.user.firm.name).toBe('Demo CPA Group');
    const clients = await testApp.http.get('/api/clients?pageSize=1').set({ Authorization: `Bearer ${login.body.accessToken}` }).expect(200);
    expect(clients.body.total).toBe(40);
    const token = { Authorization: `Bearer ${login.body.accessToken}` };
    const notices = await testApp.http.get('/api/notices?pageSize=100').set(token).expect(200);
    expect(notices.body.total).toBe(60);
    const statuses = new Set(notices.body.items.map((n: { status: string }) => n.status));
    expect(statuses.size).toBe(8);
    expect(notices.body.items.some((n: { possibleScam: boolean }) => n.possibleScam)).toBe(true);
    // Each notice names a taxpayer who could have received it: business tax notices a business, wage executions a person.
    for (const notice of notices.body.items as Array<{ kind: string; taxType: string }>) {
      if (notice.kind === 'business_tax_balance_due') expect(notice.taxType).not.toBe('individual_income');
      if (notice.kind === 'individual_income_balance_due' || notice.kind === 'wage_execution_notice') expect(notice.taxType).toBe('individual_income');
    }
    const overdue = await testApp.http.get('/api/notices?overdue=true').set(token).expect(200);
    expect(overdue.body.total).toBeGreaterThan(0);
    const flaggedCalls = await testApp.http.get('/api/calls?flaggedNoPoa=true').set(token).expect(200);
    expect(flaggedCalls.body.total).toBe(1);
    const plans = await testApp.dataSource.query(`SELECT status FROM resolution WHERE type = 'installment_plan' ORDER BY status`);
    expect(plans.map((p: { status: string }) => p.status)).toEqual(['approved', 'defaulted']);
    const manager = await testApp.http.post('/api/auth/login').send({ email: 'manager@demo.test', password: 'nutmeg-demo' }).expect(200);
    const alerts = await testApp.http.get('/api/alerts/unread-count').set({ Authorization: `Bearer ${manager.body.accessToken}` }).expect(200);
    expect(alerts.body.unread).toBeGreaterThan(0);
  });
});
