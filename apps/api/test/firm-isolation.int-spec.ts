import { Client } from '../src/clients/client.entity';
import { bearer, createFirm, TestFirm } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

describe('firm isolation', () => {
  let testApp: TestApp;
  let north: TestFirm;
  let south: TestFirm;
  let southClientId: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    north = await createFirm(testApp, 'North Haven Tax');
    south = await createFirm(testApp, 'South Windsor Accounting');
    const created = await testApp.http
      .post('/api/clients')
      .set(bearer(south.tokens.manager))
      .send({ kind: 'individual', legalName: 'South Only Client', taxpayerId: '111-22-3333' })
      .expect(201);
    southClientId = created.body.id;
    await testApp.http.post('/api/clients').set(bearer(north.tokens.manager)).send({ kind: 'individual', legalName: 'North Only Client' }).expect(201);
  });
  afterAll(() => testApp.close());

  it("answers 404 for reading, changing or deleting another firm's client, and changes nothing", async () => {
    const asNorth = bearer(north.tokens.manager);
    const read = await testApp.http.get(`/api/clients/${southClientId}`).set(asNorth).expect(404);
    const missing = await testApp.http.get('/api/clients/6f1c3a52-8a2b-4c1e-9d7e-1a2b3c4d5e6f').set(asNorth).expect(404);
    expect(read.body.message.replace(southClientId, 'ID')).toBe(missing.body.message.replace('6f1c3a52-8a2b-4c1e-9d7e-1a2b3c4d5e6f', 'ID'));
    await testApp.http.patch(`/api/clients/${southClientId}`).set(asNorth).send({ version: 1, legalName: 'Hijacked' }).expect(404);
    await testApp.http.delete(`/api/clients/${southClientId}`).set(asNorth).expect(404);
    const row = await testApp.dataSource.getRepository(Client).findOneByOrFail({ id: southClientId });
    expect(row).toMatchObject({ legalName: 'South Only Client', version: 1, deletedAt: null });
  });

  it("never lists another firm's clients, users or audit events", async () => {
    const clients = await testApp.http.get('/api/clients?pageSize=100').set(bearer(north.tokens.manager)).expect(200);
    expect(clients.body.items.map((c: { legalName: string }) => c.legalName)).toEqual(['North Only Client']);
    const users = await testApp.http.get('/api/users').set(bearer(north.tokens.assistant)).expect(200);
    expect(users.body.every((u: { email: string }) => u.email.endsWith('@north-haven-tax.test'))).toBe(true);
    const audit = await testApp.http.get('/api/audit-events').set(bearer(north.tokens.manager)).expect(200);
    expect(audit.body.items.map((e: { entityId: string }) => e.entityId)).not.toContain(southClientId);
  });

  it("refuses to assign another firm's practitioner", async () => {
    const response = await testApp.http
      .post('/api/clients')
      .set(bearer(north.tokens.manager))
      .send({ kind: 'individual', legalName: 'Cross Firm', assignedPractitionerId: south.users.practitioner.id })
      .expect(400);
    expect(Object.keys(response.body.fields)).toEqual(['assignedPractitionerId']);
  });

  it('ignores a firm id smuggled into the body (refused as an unknown field)', async () => {
    const response = await testApp.http
      .post('/api/clients')
      .set(bearer(north.tokens.manager))
      .send({ kind: 'individual', legalName: 'Smuggler', firmId: south.firm.id })
      .expect(400);
    expect(response.body.fields).toEqual({ firmId: ['firmId is not a known field'] });
  });
});
