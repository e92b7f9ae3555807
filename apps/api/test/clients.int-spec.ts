import { Client } from '../src/clients/client.entity';
import { AuditEvent } from '../src/audit/audit-event.entity';
import { bearer, createFirm, TestFirm } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

describe('clients', () => {
  let testApp: TestApp;
  let firm: TestFirm;
  const asManager = () => bearer(firm.tokens.manager);
  const asPractitioner = () => bearer(firm.tokens.practitioner);

  const individual = {
    kind: 'individual',
    legalName: 'Maria Rossi',
    taxpayerId: '123-45-6789',
    ctAccountNumber: '987001234',
    address: { street: '1 Main St', city: 'Hartford', state: 'CT', postalCode: '06103' },
    phone: '860-555-0100',
    email: 'maria@example.com',
    hasW2Wages: true,
    employerName: 'Travelers',
    knownBankAccounts: 2,
    ownsRealProperty: true,
  };

  async function countRows(): Promise<{ clients: number; audits: number }> {
    return {
      clients: await testApp.dataSource.getRepository(Client).count({ withDeleted: true }),
      audits: await testApp.dataSource.getRepository(AuditEvent).count(),
    };
  }

  beforeAll(async () => {
    testApp = await createTestApp();
    firm = await createFirm(testApp, 'Rossi & Rossi CPAs');
  });
  afterAll(() => testApp.close());

  it('creates a client and returns the taxpayer id only masked', async () => {
    const created = await testApp.http
      .post('/api/clients')
      .set(asPractitioner())
      .send({ ...individual, assignedPractitionerId: firm.users.practitioner.id })
      .expect(201);
    expect(created.body).toMatchObject({
      kind: 'individual',
      legalName: 'Maria Rossi',
      taxpayerIdMasked: '***-**-6789',
      address: individual.address,
      assignedPractitioner: { id: firm.users.practitioner.id, fullName: 'Rossi & Rossi CPAs practitioner' },
      hasW2Wages: true,
      knownBankAccounts: 2,
      inBankruptcy: false,
      version: 1,
    });
    expect(JSON.stringify(created.body)).not.toMatch(/123-?45-?6789/);
  });

  it('encrypts the taxpayer id at rest and never writes it to the audit trail', async () => {
    const rows = await testApp.dataSource.query(
      `SELECT taxpayer_id_cipher, taxpayer_id_last4 FROM client WHERE legal_name = 'Maria Rossi'`,
    );
    expect(rows[0].taxpayer_id_cipher).toMatch(/^v1:/);
    expect(rows[0].taxpayer_id_cipher).not.toContain('123456789');
    expect(rows[0].taxpayer_id_last4).toBe('6789');
    const audit = await testApp.dataSource.query(`SELECT before::text, after::text FROM audit_event`);
    expect(JSON.stringify(audit)).not.toMatch(/123-?45-?6789/);
  });

  it('masks a FEIN as **-***1234', async () => {
    const created = await testApp.http
      .post('/api/clients')
      .set(asManager())
      .send({ kind: 'business', legalName: 'Harbor View Diner LLC', dba: 'Harbor View', taxpayerId: '06-1234567' })
      .expect(201);
    expect(created.body.taxpayerIdMasked).toBe('**-***4567');
  });

  it('refuses a second live client with the same taxpayer id (409 naming the field)', async () => {
    const before = await countRows();
    const response = await testApp.http
      .post('/api/clients')
      .set(asManager())
      .send({ kind: 'individual', legalName: 'Someone Else', taxpayerId: '123456789' })
      .expect(409);
    expect(response.body.fields).toEqual({ taxpayerId: ['taxpayerId is already on file for another client'] });
    expect(await countRows()).toEqual(before);
  });

  it('pages, searches by name or DBA, and filters by assignee', async () => {
    for (const name of ['Elm City Auto Repair', 'Elm Street Bakery', 'Charter Oak Plumbing']) {
      await testApp.http.post('/api/clients').set(asManager()).send({ kind: 'business', legalName: name }).expect(201);
    }
    const page = await testApp.http.get('/api/clients?page=1&pageSize=2').set(asManager()).expect(200);
    expect(page.body).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(page.body.items.map((c: { legalName: string }) => c.legalName)).toEqual(['Charter Oak Plumbing', 'Elm City Auto Repair']);
    const last = await testApp.http.get('/api/clients?page=3&pageSize=2').set(asManager()).expect(200);
    expect(last.body.items).toHaveLength(1);

    const search = await testApp.http.get('/api/clients?search=elm').set(asManager()).expect(200);
    expect(search.body.items.map((c: { legalName: string }) => c.legalName)).toEqual(['Elm City Auto Repair', 'Elm Street Bakery']);
    const byDba = await testApp.http.get('/api/clients?search=harbor%20view').set(asManager()).expect(200);
    expect(byDba.body.total).toBe(1);
    const wildcard = await testApp.http.get('/api/clients?search=%25').set(asManager()).expect(200);
    expect(wildcard.body.total).toBe(0);

    const mine = await testApp.http.get(`/api/clients?assigneeId=${firm.users.practitioner.id}`).set(asManager()).expect(200);
    expect(mine.body.items.map((c: { legalName: string }) => c.legalName)).toEqual(['Maria Rossi']);
  });

  it('updates with the current version and answers 409 for a stale one, keeping the newer data', async () => {
    const created = await testApp.http.post('/api/clients').set(asManager()).send({ kind: 'individual', legalName: 'James Sullivan' }).expect(201);
    const id = created.body.id as string;
    const first = await testApp.http.patch(`/api/clients/${id}`).set(asPractitioner()).send({ version: 1, phone: '203-555-0101' }).expect(200);
    expect(first.body).toMatchObject({ version: 2, phone: '203-555-0101', legalName: 'James Sullivan' });

    const stale = await testApp.http.patch(`/api/clients/${id}`).set(asManager()).send({ version: 1, phone: '203-555-0199' }).expect(409);
    expect(stale.body).toMatchObject({ statusCode: 409, error: 'Conflict', currentVersion: 2 });
    expect(stale.body.message).toMatch(/changed by someone else/);
    const now = await testApp.http.get(`/api/clients/${id}`).set(asManager()).expect(200);
    expect(now.body.phone).toBe('203-555-0101');
  });

  it('lets only one of two simultaneous edits of the same version win', async () => {
    const created = await testApp.http.post('/api/clients').set(asManager()).send({ kind: 'individual', legalName: 'Grace Carter' }).expect(201);
    const id = created.body.id as string;
    const results = await Promise.all(
      ['860-555-0001', '860-555-0002'].map((phone) =>
        testApp.http.patch(`/api/clients/${id}`).set(asManager()).send({ version: 1, phone }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it('clears nullable fields with null and refuses null for required ones', async () => {
    const created = await testApp.http.post('/api/clients').set(asManager()).send({ ...individual, taxpayerId: '222-33-4444', legalName: 'Null Test' }).expect(201);
    const cleared = await testApp.http
      .patch(`/api/clients/${created.body.id}`)
      .set(asManager())
      .send({ version: 1, phone: null, taxpayerId: null })
      .expect(200);
    expect(cleared.body).toMatchObject({ phone: null, taxpayerIdMasked: null });
    const refused = await testApp.http
      .patch(`/api/clients/${created.body.id}`)
      .set(asManager())
      .send({ version: 2, legalName: null, hasW2Wages: null })
      .expect(400);
    expect(Object.keys(refused.body.fields).sort()).toEqual(['hasW2Wages', 'legalName']);
  });

  it('asks for the taxpayer id again when the kind changes', async () => {
    const created = await testApp.http.post('/api/clients').set(asManager()).send({ kind: 'individual', legalName: 'Linh Nguyen', taxpayerId: '321-54-9876' }).expect(201);
    const refused = await testApp.http.patch(`/api/clients/${created.body.id}`).set(asManager()).send({ version: 1, kind: 'business' }).expect(400);
    expect(Object.keys(refused.body.fields)).toEqual(['taxpayerId']);
    const changed = await testApp.http
      .patch(`/api/clients/${created.body.id}`)
      .set(asManager())
      .send({ version: 1, kind: 'business', taxpayerId: '06-7654321' })
      .expect(200);
    expect(changed.body.taxpayerIdMasked).toBe('**-***4321');
  });

  it('soft-deletes: gone from the api, kept in the table and the audit trail', async () => {
    const created = await testApp.http.post('/api/clients').set(asManager()).send({ kind: 'individual', legalName: 'Robert Brennan' }).expect(201);
    const id = created.body.id as string;
    await testApp.http.delete(`/api/clients/${id}`).set(asManager()).expect(204);
    await testApp.http.get(`/api/clients/${id}`).set(asManager()).expect(404);
    await testApp.http.delete(`/api/clients/${id}`).set(asManager()).expect(404);
    const [row] = await testApp.dataSource.query('SELECT deleted_at FROM client WHERE id = $1', [id]);
    expect(row.deleted_at).toBeInstanceOf(Date);
    const trail = await testApp.http.get(`/api/audit-events?entityId=${id}`).set(asManager()).expect(200);
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual(['delete', 'create']);
    expect(trail.body.items[0]).toMatchObject({ actorUserId: firm.users.manager.id, entityType: 'client', after: null });
    expect(trail.body.items[0].before).toMatchObject({ legalName: 'Robert Brennan' });
  });

  it('records before and after of an update in the audit trail', async () => {
    const created = await testApp.http.post('/api/clients').set(asManager()).send({ kind: 'individual', legalName: 'Sofia Martinez', taxpayerId: '555-66-7777' }).expect(201);
    await testApp.http.patch(`/api/clients/${created.body.id}`).set(asPractitioner()).send({ version: 1, inBankruptcy: true }).expect(200);
    const trail = await testApp.http.get(`/api/audit-events?entityId=${created.body.id}`).set(asManager()).expect(200);
    const update = trail.body.items[0];
    expect(update).toMatchObject({ action: 'update', actorUserId: firm.users.practitioner.id });
    expect(update.before).toMatchObject({ inBankruptcy: false, version: 1, taxpayerIdMasked: '***-**-7777' });
    expect(update.after).toMatchObject({ inBankruptcy: true, version: 2 });
  });

  it('keeps the audit trail append-only in the database itself', async () => {
    await expect(testApp.dataSource.query(`UPDATE audit_event SET action = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(testApp.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(testApp.dataSource.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
  });

  describe('bad input: a clear 4xx naming the field, and nothing written', () => {
    const cases: Array<[string, Record<string, unknown>, string[]]> = [
      ['a missing legal name', { kind: 'individual' }, ['legalName']],
      ['an unknown kind', { kind: 'trust', legalName: 'X' }, ['kind']],
      ['wrong types', { kind: 'individual', legalName: 42, hasW2Wages: 'yes', knownBankAccounts: 'two' }, ['hasW2Wages', 'knownBankAccounts', 'legalName']],
      ['an unknown field', { kind: 'individual', legalName: 'X', firmId: 'a2f1c1c4-0000-4000-8000-000000000000' }, ['firmId']],
      ['an oversize name', { kind: 'individual', legalName: 'x'.repeat(201) }, ['legalName']],
      ['a malformed SSN', { kind: 'individual', legalName: 'X', taxpayerId: '123-45-678' }, ['taxpayerId']],
      ['a never-issued SSN', { kind: 'individual', legalName: 'X', taxpayerId: '000-12-3456' }, ['taxpayerId']],
      ['an SSN for a business', { kind: 'business', legalName: 'X', taxpayerId: '123-45-6789' }, ['taxpayerId']],
      ['a bad ZIP and state', { kind: 'individual', legalName: 'X', address: { state: 'Connecticut', postalCode: '6103' } }, ['address.postalCode', 'address.state']],
      ['a negative bank-account count', { kind: 'individual', legalName: 'X', knownBankAccounts: -1 }, ['knownBankAccounts']],
      ['a bad email', { kind: 'individual', legalName: 'X', email: 'maria-at-example' }, ['email']],
      ['an assignee id that is not a user', { kind: 'individual', legalName: 'X', assignedPractitionerId: 'f47ac10b-58cc-4372-a567-0e02b2c3d479' }, ['assignedPractitionerId']],
    ];

    it.each(cases)('refuses %s', async (_label, body, fields) => {
      const before = await countRows();
      const response = await testApp.http.post('/api/clients').set(asManager()).send(body).expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(Object.keys(response.body.fields).sort()).toEqual(fields);
      for (const field of fields) expect(response.body.message).toContain(field.split('.').pop());
      expect(await countRows()).toEqual(before);
    });

    it('refuses an assistant as assignee (only practitioners and managers carry cases)', async () => {
      const response = await testApp.http
        .post('/api/clients')
        .set(asManager())
        .send({ kind: 'individual', legalName: 'X', assignedPractitionerId: firm.users.assistant.id })
        .expect(400);
      expect(Object.keys(response.body.fields)).toEqual(['assignedPractitionerId']);
    });

    it('refuses malformed JSON and bad paging parameters', async () => {
      const json = await testApp.http.post('/api/clients').set(asManager()).set('Content-Type', 'application/json').send('{"kind":').expect(400);
      expect(json.body.message).toBe('The request body is not valid JSON');
      const paging = await testApp.http.get('/api/clients?page=0&pageSize=1000').set(asManager()).expect(400);
      expect(Object.keys(paging.body.fields).sort()).toEqual(['page', 'pageSize']);
    });

    it('refuses an update without a version', async () => {
      const [any] = (await testApp.http.get('/api/clients?pageSize=1').set(asManager())).body.items;
      const response = await testApp.http.patch(`/api/clients/${any.id}`).set(asManager()).send({ phone: '860-555-0100' }).expect(400);
      expect(Object.keys(response.body.fields)).toEqual(['version']);
    });
  });
});
