import { AuditEvent } from '../src/audit/audit-event.entity';
import { PoaAuthorization } from '../src/poa/poa-authorization.entity';
import { bearer, createFirm, TestFirm } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

const TODAY = '2026-11-10';

describe('powers of attorney (LGL-001)', () => {
  let testApp: TestApp;
  let firm: TestFirm;
  let other: TestFirm;
  let businessId: string;
  let individualId: string;

  const asManager = () => bearer(firm.tokens.manager);
  const asPractitioner = () => bearer(firm.tokens.practitioner);
  const asAssistant = () => bearer(firm.tokens.assistant);

  async function newClient(body: Record<string, unknown>): Promise<string> {
    return (await testApp.http.post('/api/clients').set(asManager()).send(body).expect(201)).body.id;
  }

  /** An active LGL-001 for sales tax 2019–2024 naming the practitioner, unless told otherwise. */
  function activePoa(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      clientId: businessId,
      representativeId: firm.users.practitioner.id,
      taxTypes: ['sales'],
      periods: [{ fromYear: 2019, toYear: 2024 }],
      powers: ['receive_refund_checks'],
      status: 'active',
      signedOn: '2025-01-10',
      filedOn: '2025-01-12',
      confirmationNumber: 'LGL-100200',
      effectiveOn: '2025-01-15',
      expiresOn: '2028-01-14',
      ...overrides,
    };
  }

  async function record(body: Record<string, unknown>, as = asPractitioner()) {
    return (await testApp.http.post('/api/poa').set(as).send(body).expect(201)).body;
  }

  async function counts(): Promise<number[]> {
    return Promise.all([
      testApp.dataSource.getRepository(PoaAuthorization).count(),
      testApp.dataSource.getRepository(AuditEvent).count(),
    ]);
  }

  beforeAll(async () => {
    testApp = await createTestApp({}, { today: TODAY });
    firm = await createFirm(testApp, 'Power Partners CPAs');
    other = await createFirm(testApp, 'Elsewhere LLP');
    individualId = await newClient({ kind: 'individual', legalName: 'Maria Rossi' });
  });
  beforeEach(async () => {
    // A fresh client per test, so one test's authorizations never revoke another's.
    businessId = await newClient({
      kind: 'business',
      legalName: `Nutmeg Hardware ${Math.random().toString(36).slice(2, 8)} LLC`,
    });
  });
  afterAll(() => testApp.close());

  it('records an active authorization, lists it for the client and reads it back, with its expiry figures', async () => {
    const created = await record(activePoa(), asAssistant());
    expect(created).toMatchObject({
      client: { id: businessId },
      representative: { id: firm.users.practitioner.id, fullName: 'Power Partners CPAs practitioner' },
      taxTypes: ['sales'],
      periods: [{ fromYear: 2019, toYear: 2024 }],
      periodLabels: ['2019–2024'],
      powers: ['receive_refund_checks'],
      includesSpouse: false,
      status: 'active',
      allowedTransitions: ['revoked'],
      expiresOn: '2028-01-14',
      renewBy: '2027-12-15',
      expiringSoon: false,
      revoked: [],
      version: 1,
    });
    expect(created.daysToExpiry).toBe(430);
    const listed = await testApp.http.get(`/api/poa?clientId=${businessId}`).set(asAssistant()).expect(200);
    expect(listed.body).toMatchObject({ total: 1, items: [{ id: created.id }] });
    const read = await testApp.http.get(`/api/poa/${created.id}`).set(asAssistant()).expect(200);
    expect(read.body).not.toHaveProperty('revoked');
    expect(read.body).toMatchObject({ id: created.id, status: 'active', confirmationNumber: 'LGL-100200' });
    const trail = await testApp.http.get(`/api/audit-events?entityId=${created.id}`).set(asManager()).expect(200);
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual(['create']);
  });

  it('walks draft → filed → active, taking the filing day as effective when none is given, and refuses other moves', async () => {
    const draft = await record({
      clientId: businessId,
      representativeId: firm.users.manager.id,
      taxTypes: ['business_withholding'],
      periods: [{ year: 2025, quarter: 2 }],
    });
    expect(draft).toMatchObject({ status: 'draft', allowedTransitions: ['filed'], signedOn: null });
    const early = await testApp.http
      .patch(`/api/poa/${draft.id}`)
      .set(asAssistant())
      .send({ status: 'active', signedOn: '2026-11-01', filedOn: '2026-11-02', version: 1 })
      .expect(409);
    expect(early.body).toMatchObject({ allowedNextStates: ['filed'] });
    const unsigned = await testApp.http
      .patch(`/api/poa/${draft.id}`)
      .set(asAssistant())
      .send({ status: 'filed', version: 1 })
      .expect(400);
    expect(Object.keys(unsigned.body.fields)).toEqual(['signedOn']);
    const filed = await testApp.http
      .patch(`/api/poa/${draft.id}`)
      .set(asAssistant())
      .send({
        status: 'filed',
        signedOn: '2026-11-01',
        filedOn: '2026-11-02',
        confirmationNumber: 'MCT-0001',
        version: 1,
      })
      .expect(200);
    expect(filed.body).toMatchObject({ status: 'filed', version: 2, allowedTransitions: ['active', 'revoked'] });
    const active = await testApp.http
      .patch(`/api/poa/${draft.id}`)
      .set(asAssistant())
      .send({ status: 'active', version: 2 })
      .expect(200);
    expect(active.body).toMatchObject({
      status: 'active',
      effectiveOn: '2026-11-02',
      expiresOn: null,
      daysToExpiry: null,
      expiringSoon: false,
      revoked: [],
    });
    const stale = await testApp.http
      .patch(`/api/poa/${draft.id}`)
      .set(asAssistant())
      .send({ notes: 'late edit', version: 2 })
      .expect(409);
    expect(stale.body.message).toMatch(/changed by someone else/);
    const back = await testApp.http
      .patch(`/api/poa/${draft.id}`)
      .set(asAssistant())
      .send({ status: 'draft', version: 3 })
      .expect(409);
    expect(back.body.allowedNextStates).toEqual(['revoked']);
  });

  it('revokes earlier authorizations for shared matters in the same transaction, audited, and leaves the others', async () => {
    const salesOld = await record(activePoa());
    const incomeSameYears = await record(activePoa({ taxTypes: ['business_withholding'], periods: [{ year: 2024 }] }));
    const salesLaterYears = await record(activePoa({ periods: [{ year: 2025 }] }));
    const draft = await record(
      activePoa({ status: 'draft', signedOn: null, filedOn: null, effectiveOn: null, confirmationNumber: null }),
    );
    const auditsBefore = await testApp.dataSource.getRepository(AuditEvent).count();

    const replacing = await record(
      activePoa({
        representativeId: firm.users.manager.id,
        periods: [{ year: 2024, quarter: 3 }],
        signedOn: '2026-11-02',
        filedOn: '2026-11-03',
        effectiveOn: '2026-11-05',
        expiresOn: null,
      }),
    );
    expect(replacing.revoked).toEqual([
      {
        id: salesOld.id,
        representative: { id: firm.users.practitioner.id, fullName: 'Power Partners CPAs practitioner' },
        taxTypes: ['sales'],
        periodLabels: ['2019–2024'],
        overlap: { taxTypes: ['sales'], periodLabels: ['2019–2024'] },
      },
    ]);
    const old = (await testApp.http.get(`/api/poa/${salesOld.id}`).set(asAssistant()).expect(200)).body;
    expect(old).toMatchObject({
      status: 'revoked',
      revokedOn: '2026-11-05',
      revokedByPoaId: replacing.id,
      version: 2,
      allowedTransitions: [],
    });
    expect(old.revocationReason).toMatch(/Replaced by the LGL-001 signed on 2026-11-02 for sales tax 2019–2024/);
    for (const untouched of [incomeSameYears, salesLaterYears, draft]) {
      const row = (await testApp.http.get(`/api/poa/${untouched.id}`).set(asAssistant()).expect(200)).body;
      expect({ id: row.id, status: row.status, version: row.version }).toEqual({
        id: untouched.id,
        status: untouched.status,
        version: 1,
      });
    }
    // One create for the new authorization and one update for the revoked one.
    expect(await testApp.dataSource.getRepository(AuditEvent).count()).toBe(auditsBefore + 2);
    const trail = await testApp.http.get(`/api/audit-events?entityId=${salesOld.id}`).set(asManager()).expect(200);
    expect(trail.body.items[0]).toMatchObject({
      action: 'update',
      before: { status: 'active' },
      after: { status: 'revoked', revokedByPoaId: replacing.id },
    });

    // The revoked one still answered for the days before the replacement took effect.
    const before = await testApp.http
      .get(
        `/api/poa/coverage?clientId=${businessId}&userId=${firm.users.practitioner.id}&taxType=sales&period=2024-Q3&date=2026-11-04`,
      )
      .set(asAssistant())
      .expect(200);
    expect(before.body).toMatchObject({ covered: true, poa: { id: salesOld.id } });
  });

  it('leaves exactly one active when two LGL-001s for the same matters are recorded at the same moment', async () => {
    const [first, second] = await Promise.all([
      testApp.http.post('/api/poa').set(asPractitioner()).send(activePoa()),
      testApp.http
        .post('/api/poa')
        .set(asManager())
        .send(activePoa({ representativeId: firm.users.manager.id })),
    ]);
    expect([first.status, second.status]).toEqual([201, 201]);
    const listed = await testApp.http.get(`/api/poa?clientId=${businessId}`).set(asAssistant()).expect(200);
    expect(listed.body.items.map((poa: { status: string }) => poa.status).sort()).toEqual(['active', 'revoked']);
  });

  it('refuses to make an older LGL-001 active over one signed later for the same matters, and writes nothing', async () => {
    await record(activePoa({ signedOn: '2026-10-01', filedOn: '2026-10-02', effectiveOn: '2026-10-05' }));
    const before = await counts();
    const response = await testApp.http
      .post('/api/poa')
      .set(asPractitioner())
      .send(
        activePoa({
          signedOn: '2026-09-01',
          filedOn: '2026-09-02',
          effectiveOn: '2026-09-05',
          periods: [{ year: 2023 }],
        }),
      )
      .expect(409);
    expect(response.body.message).toMatch(/signed later \(2026-10-01/);
    expect(await counts()).toEqual(before);
  });

  it('answers coverage with a reason: yes, the wrong person, expired, another tax type, another period', async () => {
    const covering = await record(activePoa({ taxTypes: ['sales', 'business_use'] }));
    const url = (params: Record<string, string>) =>
      `/api/poa/coverage?${new URLSearchParams({ clientId: businessId, userId: firm.users.practitioner.id, taxType: 'sales', period: '2024-Q3', ...params })}`;

    const yes = await testApp.http.get(url({})).set(asAssistant()).expect(200);
    expect(yes.body).toMatchObject({
      covered: true,
      code: 'covered',
      asOf: TODAY,
      poa: { id: covering.id, representative: { id: firm.users.practitioner.id } },
    });
    const month = await testApp.http
      .get(url({ period: '2019-01', taxType: 'business_use' }))
      .set(asAssistant())
      .expect(200);
    expect(month.body.covered).toBe(true);

    const wrongPerson = await testApp.http
      .get(url({ userId: firm.users.assistant.id }))
      .set(asAssistant())
      .expect(200);
    expect(wrongPerson.body).toMatchObject({ covered: false, code: 'other_representative' });
    expect(wrongPerson.body.reason).toBe(
      'POA names Power Partners CPAs practitioner, not Power Partners CPAs assistant, for sales tax 2024-Q3',
    );

    const otherTaxType = await testApp.http
      .get(url({ taxType: 'corporation' }))
      .set(asAssistant())
      .expect(200);
    expect(otherTaxType.body).toMatchObject({ covered: false, code: 'other_tax_type' });
    expect(otherTaxType.body.reason).toMatch(
      /No active POA for corporation business tax 2024-Q3: .*covers sales tax, business use tax only/,
    );

    const otherPeriod = await testApp.http
      .get(url({ period: '2025' }))
      .set(asAssistant())
      .expect(200);
    expect(otherPeriod.body).toMatchObject({ covered: false, code: 'other_period' });
    expect(otherPeriod.body.reason).toMatch(/No active POA for sales tax 2025: .* covers 2019–2024/);

    const later = await testApp.http
      .get(url({ date: '2028-01-15' }))
      .set(asAssistant())
      .expect(200);
    expect(later.body).toMatchObject({
      covered: false,
      code: 'expired',
      reason: expect.stringMatching(/^POA expired on 2028-01-14/),
    });

    const bare = await newClient({ kind: 'business', legalName: 'No Paperwork Inc' });
    const nothing = await testApp.http
      .get(url({ clientId: bare }))
      .set(asAssistant())
      .expect(200);
    expect(nothing.body).toMatchObject({
      covered: false,
      code: 'no_poa',
      reason: 'No active POA for sales tax 2024-Q3 names Power Partners CPAs practitioner on 2026-11-10',
    });
  });

  it('reads an active authorization past its expiry as expired, today, in lists and filters', async () => {
    const lapsed = await record(activePoa({ expiresOn: '2026-06-30' }));
    expect(lapsed).toMatchObject({
      status: 'expired',
      daysToExpiry: -133,
      expiringSoon: false,
      allowedTransitions: [],
    });
    const coverage = await testApp.http
      .get(`/api/poa/coverage?clientId=${businessId}&userId=${firm.users.practitioner.id}&taxType=sales&period=2024`)
      .set(asAssistant())
      .expect(200);
    expect(coverage.body).toMatchObject({
      covered: false,
      code: 'expired',
      reason: expect.stringMatching(/^POA expired on 2026-06-30/),
    });
    const expired = await testApp.http
      .get(`/api/poa?clientId=${businessId}&status=expired`)
      .set(asAssistant())
      .expect(200);
    expect(expired.body.items.map((p: { id: string }) => p.id)).toEqual([lapsed.id]);
    const active = await testApp.http
      .get(`/api/poa?clientId=${businessId}&status=active`)
      .set(asAssistant())
      .expect(200);
    expect(active.body.total).toBe(0);
    await testApp.http.post(`/api/poa/${lapsed.id}/revoke`).set(asAssistant()).send({ version: 1 }).expect(409);
  });

  it('refuses the spouse line for sales tax (and for a business) with 400 naming the field, and allows it for personal income tax', async () => {
    const before = await counts();
    const sales = await testApp.http
      .post('/api/poa')
      .set(asPractitioner())
      .send(activePoa({ clientId: individualId, includesSpouse: true }))
      .expect(400);
    expect(Object.keys(sales.body.fields)).toEqual(['includesSpouse']);
    expect(sales.body.message).toMatch(/individual income tax or individual use tax/);
    const business = await testApp.http
      .post('/api/poa')
      .set(asPractitioner())
      .send(activePoa({ taxTypes: ['individual_income'], includesSpouse: true }))
      .expect(400);
    expect(Object.keys(business.body.fields)).toEqual(['includesSpouse']);
    expect(await counts()).toEqual(before);
    const income = await record(
      activePoa({
        clientId: individualId,
        taxTypes: ['individual_income', 'individual_use'],
        includesSpouse: true,
        periods: [{ year: 2020 }],
      }),
    );
    expect(income.includesSpouse).toBe(true);
  });

  it('builds the coverage grid: tax types by periods on file, each cell the authorization in force', async () => {
    await record(activePoa({ periods: [{ fromYear: 2022, toYear: 2023 }], expiresOn: '2026-11-30' }));
    await record(
      activePoa({
        representativeId: firm.users.manager.id,
        taxTypes: ['business_withholding'],
        periods: [{ year: 2024, quarter: 3 }],
        expiresOn: null,
      }),
    );
    await testApp.http
      .post('/api/notices')
      .set(asPractitioner())
      .send({
        clientId: businessId,
        kind: 'business_tax_balance_due',
        taxType: 'sales',
        taxPeriods: [{ year: 2024, quarter: 3 }],
        noticeDate: '2026-11-02',
        accountNumber: '987654321',
        correspondenceId: `G${Date.now()}`.slice(0, 12),
        stated: { tax: '500.00', penalty: '75.00', interest: '20.00', credits: '0.00', balanceDue: '595.00' },
      })
      .expect(201);
    const grid = await testApp.http.get(`/api/poa/grid?clientId=${businessId}`).set(asAssistant()).expect(200);
    expect(grid.body).toMatchObject({ clientId: businessId, asOf: TODAY, periods: ['2022', '2023', '2024-Q3'] });
    expect(grid.body.rows.map((row: { taxType: string }) => row.taxType)).toEqual(['business_withholding', 'sales']);
    const sales = grid.body.rows.find((row: { taxType: string }) => row.taxType === 'sales');
    expect(sales.cells[0]).toMatchObject({
      period: '2022',
      poa: {
        representative: { id: firm.users.practitioner.id },
        expiresOn: '2026-11-30',
        daysToExpiry: 20,
        expiringSoon: true,
      },
    });
    expect(sales.cells[2]).toEqual({ period: '2024-Q3', poa: null });
    const withholding = grid.body.rows.find((row: { taxType: string }) => row.taxType === 'business_withholding');
    expect(withholding.cells.map((cell: { poa: unknown }) => cell.poa !== null)).toEqual([false, false, true]);
    expect(withholding.cells[2].poa).toMatchObject({
      representative: { id: firm.users.manager.id },
      expiresOn: null,
      expiringSoon: false,
    });
  });

  it('revokes on request from a day, once, with the current version', async () => {
    const poa = await record(activePoa());
    await testApp.http.post(`/api/poa/${poa.id}/revoke`).set(asAssistant()).send({ version: 2 }).expect(409);
    const future = await testApp.http
      .post(`/api/poa/${poa.id}/revoke`)
      .set(asAssistant())
      .send({ version: 1, revokedOn: '2026-11-11' })
      .expect(400);
    expect(Object.keys(future.body.fields)).toEqual(['revokedOn']);
    const revoked = await testApp.http
      .post(`/api/poa/${poa.id}/revoke`)
      .set(asAssistant())
      .send({ version: 1, revokedOn: '2026-11-01', reason: 'Client changed firms' })
      .expect(201);
    expect(revoked.body).toMatchObject({
      status: 'revoked',
      revokedOn: '2026-11-01',
      revocationReason: 'Client changed firms',
      version: 2,
    });
    const again = await testApp.http
      .post(`/api/poa/${poa.id}/revoke`)
      .set(asAssistant())
      .send({ version: 2 })
      .expect(409);
    expect(again.body.message).toMatch(/cannot be revoked/);
    await testApp.http
      .patch(`/api/poa/${poa.id}`)
      .set(asAssistant())
      .send({ expiresOn: '2030-01-01', version: 2 })
      .expect(409);
    await testApp.http
      .patch(`/api/poa/${poa.id}`)
      .set(asAssistant())
      .send({ notes: 'Letter from the client on file', version: 2 })
      .expect(200);
  });

  it("answers 404 for another firm's authorization or client, and refuses another firm's client or user in a body", async () => {
    const poa = await record(activePoa());
    const asOther = bearer(other.tokens.manager);
    await testApp.http.get(`/api/poa/${poa.id}`).set(asOther).expect(404);
    await testApp.http.patch(`/api/poa/${poa.id}`).set(asOther).send({ notes: 'x', version: 1 }).expect(404);
    await testApp.http.post(`/api/poa/${poa.id}/revoke`).set(asOther).send({ version: 1 }).expect(404);
    await testApp.http
      .get(`/api/poa/coverage?clientId=${businessId}&userId=${other.users.manager.id}&taxType=sales&period=2024`)
      .set(asOther)
      .expect(404);
    await testApp.http.get(`/api/poa/grid?clientId=${businessId}`).set(asOther).expect(404);
    expect((await testApp.http.get(`/api/poa?clientId=${businessId}`).set(asOther).expect(200)).body.total).toBe(0);
    const foreignClient = await testApp.http
      .post('/api/poa')
      .set(asOther)
      .send(activePoa({ representativeId: other.users.manager.id }))
      .expect(400);
    expect(Object.keys(foreignClient.body.fields)).toEqual(['clientId']);
    const foreignUser = await testApp.http
      .post('/api/poa')
      .set(asPractitioner())
      .send(activePoa({ representativeId: other.users.manager.id }))
      .expect(400);
    expect(Object.keys(foreignUser.body.fields)).toEqual(['representativeId']);
    const row = await testApp.dataSource.getRepository(PoaAuthorization).findOneByOrFail({ id: poa.id });
    expect(row).toMatchObject({ status: 'active', version: 1, notes: null });
  });

  describe('bad input: 400 naming the field, nothing written', () => {
    it.each([
      ['a missing clientId', { clientId: undefined }, ['clientId']],
      ['a missing representative', { representativeId: undefined }, ['representativeId']],
      ['no tax types', { taxTypes: [] }, ['taxTypes']],
      ['an unknown tax type', { taxTypes: ['dog_licence'] }, ['taxTypes']],
      ['a repeated tax type', { taxTypes: ['sales', 'sales'] }, ['taxTypes']],
      ['tax types as a string', { taxTypes: 'sales' }, ['taxTypes']],
      ['no periods', { periods: [] }, ['periods']],
      [
        'a period with neither a year nor a range',
        { periods: [{}] },
        ['periods.0.fromYear', 'periods.0.toYear', 'periods.0.year'],
      ],
      ['a year out of range', { periods: [{ year: 1989 }] }, ['periods.0.year']],
      ['a year as a string', { periods: [{ year: '2024' }] }, ['periods.0.year']],
      ['a quarter out of range', { periods: [{ year: 2024, quarter: 5 }] }, ['periods.0.quarter']],
      [
        'a year and a range together',
        { periods: [{ year: 2024, fromYear: 2019, toYear: 2024 }] },
        ['periods.0.fromYear'],
      ],
      ['a range backwards', { periods: [{ fromYear: 2024, toYear: 2019 }] }, ['periods.0.toYear']],
      ['an unknown power', { powers: ['endorse_refund_checks'] }, ['powers']],
      ['an unknown status', { status: 'revoked' }, ['status']],
      ['an impossible date', { signedOn: '2025-02-30' }, ['signedOn']],
      ['a date out of range', { expiresOn: '2150-01-01' }, ['expiresOn']],
      ['a filing in the future', { filedOn: '2026-11-11' }, ['filedOn']],
      ['an expiry before it takes effect', { expiresOn: '2025-01-14' }, ['expiresOn']],
      ['an active one without a signature', { signedOn: null }, ['signedOn']],
      ['a malformed confirmation number', { confirmationNumber: 'see the portal' }, ['confirmationNumber']],
      ['includesSpouse as a string', { includesSpouse: 'yes' }, ['includesSpouse']],
      ['oversize notes', { notes: 'x'.repeat(5001) }, ['notes']],
      ['oversize other acts', { otherActs: 'x'.repeat(501) }, ['otherActs']],
      ['an unknown field', { firmId: '6f1c3a52-8a2b-4c1e-9d7e-1a2b3c4d5e6f' }, ['firmId']],
    ])('POST refuses %s', async (_label, overrides, fields) => {
      const body = activePoa(overrides);
      for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
      const before = await counts();
      const response = await testApp.http.post('/api/poa').set(asPractitioner()).send(body).expect(400);
      expect(Object.keys(response.body.fields).sort()).toEqual(fields);
      expect(await counts()).toEqual(before);
    });

    it.each([
      ['no version', { notes: 'x' }, ['version']],
      ['a negative version', { version: -1 }, ['version']],
      [
        'a clientId (an authorization stays with its client)',
        { clientId: '6f1c3a52-8a2b-4c1e-9d7e-1a2b3c4d5e6f', version: 1 },
        ['clientId'],
      ],
      ['clearing the tax types', { taxTypes: null, version: 1 }, ['taxTypes']],
      ['clearing the representative', { representativeId: null, version: 1 }, ['representativeId']],
      ['a negative month', { periods: [{ year: 2024, month: -1 }], version: 1 }, ['periods.0.month']],
      ['the spouse line on sales tax', { includesSpouse: true, version: 1 }, ['includesSpouse']],
    ])('PATCH refuses %s', async (_label, body, fields) => {
      const poa = await record(activePoa());
      const before = await counts();
      const response = await testApp.http.patch(`/api/poa/${poa.id}`).set(asPractitioner()).send(body).expect(400);
      expect(Object.keys(response.body.fields).sort()).toEqual(fields);
      expect(await counts()).toEqual(before);
      expect((await testApp.dataSource.getRepository(PoaAuthorization).findOneByOrFail({ id: poa.id })).version).toBe(
        1,
      );
    });

    it.each([
      ['no version', {}, ['version']],
      ['an impossible day', { version: 1, revokedOn: '2026-13-01' }, ['revokedOn']],
      ['a day before it took effect', { version: 1, revokedOn: '2025-01-01' }, ['revokedOn']],
      ['an oversize reason', { version: 1, reason: 'x'.repeat(501) }, ['reason']],
      ['an unknown field', { version: 1, status: 'revoked' }, ['status']],
    ])('revoke refuses %s', async (_label, body, fields) => {
      const poa = await record(activePoa());
      const before = await counts();
      const response = await testApp.http
        .post(`/api/poa/${poa.id}/revoke`)
        .set(asPractitioner())
        .send(body)
        .expect(400);
      expect(Object.keys(response.body.fields).sort()).toEqual(fields);
      expect(await counts()).toEqual(before);
    });

    it.each([
      ['no clientId', { clientId: undefined }, ['clientId']],
      ['a malformed userId', { userId: 'alice' }, ['userId']],
      ['an unknown tax type', { taxType: 'speeding' }, ['taxType']],
      ['a malformed period', { period: '2024-Q5' }, ['period']],
      ['a period before 1990', { period: '1989' }, ['period']],
      ['an impossible date', { date: '2026-02-30' }, ['date']],
      ['an unknown parameter', { colour: 'red' }, ['colour']],
      ['a user of another firm', { userId: 'OTHER' }, ['userId']],
    ])('coverage refuses %s', async (_label, overrides, fields) => {
      const params: Record<string, string | undefined> = {
        clientId: businessId,
        userId: firm.users.practitioner.id,
        taxType: 'sales',
        period: '2024',
        ...overrides,
      };
      if (params['userId'] === 'OTHER') params['userId'] = other.users.manager.id;
      const query = new URLSearchParams(
        Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined),
      );
      const response = await testApp.http.get(`/api/poa/coverage?${query}`).set(asAssistant()).expect(400);
      expect(Object.keys(response.body.fields).sort()).toEqual(fields);
    });

    it('list and grid refuse malformed filters', async () => {
      expect(
        Object.keys((await testApp.http.get('/api/poa?status=lapsed').set(asAssistant()).expect(400)).body.fields),
      ).toEqual(['status']);
      expect(
        Object.keys((await testApp.http.get('/api/poa?clientId=42').set(asAssistant()).expect(400)).body.fields),
      ).toEqual(['clientId']);
      expect(
        Object.keys((await testApp.http.get('/api/poa?pageSize=1000').set(asAssistant()).expect(400)).body.fields),
      ).toEqual(['pageSize']);
      expect(Object.keys((await testApp.http.get('/api/poa/grid').set(asAssistant()).expect(400)).body.fields)).toEqual(
        ['clientId'],
      );
      expect(
        Object.keys(
          (await testApp.http.get(`/api/poa/grid?clientId=${businessId}&date=tomorrow`).set(asAssistant()).expect(400))
            .body.fields,
        ),
      ).toEqual(['date']);
    });
  });
});
