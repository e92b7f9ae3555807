import { AuditEvent } from '../src/audit/audit-event.entity';
import { DrsCall } from '../src/calls/drs-call.entity';
import { DeadlineRecord } from '../src/deadlines/deadline.entity';
import { bearer, createFirm, TestFirm } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

const TODAY = '2026-11-10';

describe('DRS call log', () => {
  let testApp: TestApp;
  let firm: TestFirm;
  let other: TestFirm;
  let clientId: string;
  let noticeId: string;
  let otherNoticeId: string;
  let bareClientId: string;

  const asManager = () => bearer(firm.tokens.manager);
  const asPractitioner = () => bearer(firm.tokens.practitioner);
  const asAssistant = () => bearer(firm.tokens.assistant);

  /** A practitioner's call about the sales-tax notice, answered by DRS. */
  function call(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      clientId,
      noticeId,
      line: 'greater_hartford',
      drsEmployeeName: 'R. Kowalski',
      drsEmployeeId: 'E4471',
      startedAt: '2026-11-10T09:15:00-05:00',
      holdMinutes: 22,
      talkMinutes: 9,
      purpose: 'Confirm the balance and ask for a hold on collection',
      outcome: 'callback_promised',
      referenceNumber: 'CALL-55120',
      drsPromises: 'Collections will call back within 5 business days',
      notes: 'Agent confirmed the Q3 return was received late',
      ...overrides,
    };
  }

  async function counts(): Promise<number[]> {
    return Promise.all([
      testApp.dataSource.getRepository(DrsCall).count(),
      testApp.dataSource.getRepository(DeadlineRecord).count(),
      testApp.dataSource.getRepository(AuditEvent).count(),
    ]);
  }

  async function notice(client: string, correspondenceId: string, taxPeriods: unknown[]): Promise<string> {
    const response = await testApp.http
      .post('/api/notices')
      .set(asPractitioner())
      .send({
        clientId: client,
        kind: 'business_tax_balance_due',
        taxType: 'sales',
        taxPeriods,
        noticeDate: '2026-11-02',
        accountNumber: '987654321',
        correspondenceId,
        stated: { tax: '500.00', penalty: '75.00', interest: '20.00', credits: '0.00', balanceDue: '595.00' },
      })
      .expect(201);
    return response.body.id;
  }

  beforeAll(async () => {
    testApp = await createTestApp({}, { today: TODAY });
    firm = await createFirm(testApp, 'Call Center CPAs');
    other = await createFirm(testApp, 'Elsewhere LLP');
    clientId = (
      await testApp.http
        .post('/api/clients')
        .set(asManager())
        .send({ kind: 'business', legalName: 'Nutmeg Hardware LLC' })
        .expect(201)
    ).body.id;
    bareClientId = (
      await testApp.http
        .post('/api/clients')
        .set(asManager())
        .send({ kind: 'business', legalName: 'No Paperwork Inc' })
        .expect(201)
    ).body.id;
    noticeId = await notice(clientId, 'S2024Q3-0001', [{ year: 2024, quarter: 3 }]);
    otherNoticeId = await notice(bareClientId, 'S2024Q3-0002', [{ year: 2024, quarter: 3 }]);
    // The practitioner holds an active LGL-001 for sales tax 2019–2024; the assistant holds none.
    await testApp.http
      .post('/api/poa')
      .set(asAssistant())
      .send({
        clientId,
        representativeId: firm.users.practitioner.id,
        taxTypes: ['sales'],
        periods: [{ fromYear: 2019, toYear: 2024 }],
        status: 'active',
        signedOn: '2025-01-10',
        filedOn: '2025-01-12',
        effectiveOn: '2025-01-15',
        expiresOn: '2028-01-14',
      })
      .expect(201);
  });
  afterAll(() => testApp.close());

  it('logs a call by the signed-in user with the POA check that covered it', async () => {
    const response = await testApp.http.post('/api/calls').set(asPractitioner()).send(call()).expect(201);
    expect(response.body).toMatchObject({
      client: { id: clientId, legalName: 'Nutmeg Hardware LLC' },
      notice: { id: noticeId, correspondenceId: 'S2024Q3-0001', taxType: 'sales' },
      caller: { id: firm.users.practitioner.id },
      loggedBy: { id: firm.users.practitioner.id },
      line: 'greater_hartford',
      lineNumber: '860-297-5962',
      startedAt: '2026-11-10T14:15:00.000Z',
      callDate: TODAY,
      holdMinutes: 22,
      talkMinutes: 9,
      outcome: 'callback_promised',
      followUpOn: null,
      followUpDeadline: null,
      flaggedNoPoa: false,
      poaCoverage: {
        covered: true,
        code: 'covered',
        asOf: TODAY,
        matter: { taxType: 'sales', periodLabels: ['2024-Q3'] },
      },
      version: 1,
    });
    const trail = await testApp.http.get(`/api/audit-events?entityId=${response.body.id}`).set(asManager()).expect(200);
    expect(trail.body.items.map((e: { action: string; entityType: string }) => `${e.action} ${e.entityType}`)).toEqual([
      'create drs_call',
    ]);
  });

  it('dates a call by its New York day and defaults the start to now', async () => {
    const lateEvening = await testApp.http
      .post('/api/calls')
      .set(asPractitioner())
      .send(call({ startedAt: '2026-11-10T02:30:00Z' }))
      .expect(201);
    expect(lateEvening.body.callDate).toBe('2026-11-09');
    const now = await testApp.http
      .post('/api/calls')
      .set(asPractitioner())
      .send(call({ startedAt: undefined }))
      .expect(201);
    expect(now.body).toMatchObject({ startedAt: `${TODAY}T15:00:00.000Z`, callDate: TODAY });
  });

  it('refuses a call without POA coverage unless acknowledged, writing nothing, then stores it flagged', async () => {
    const before = await counts();
    const refused = await testApp.http
      .post('/api/calls')
      .set(asAssistant())
      .send(call({ followUpOn: '2026-11-20' }))
      .expect(409);
    expect(refused.body).toMatchObject({
      statusCode: 409,
      code: 'poa_not_covered',
      coverage: { covered: false, code: 'other_representative' },
    });
    expect(refused.body.message).toMatch(/should not have discussed/);
    expect(refused.body.message).toMatch(/LGL-001 naming Call Center CPAs assistant for sales tax 2024-Q3/);
    expect(refused.body.message).toMatch(/acknowledgeNoPoa: true/);
    expect(await counts()).toEqual(before);

    const flagged = await testApp.http
      .post('/api/calls')
      .set(asAssistant())
      .send(call({ acknowledgeNoPoa: true }))
      .expect(201);
    expect(flagged.body).toMatchObject({
      flaggedNoPoa: true,
      caller: { id: firm.users.assistant.id },
      poaCoverage: { covered: false, code: 'other_representative' },
    });
    expect(flagged.body.poaCoverage.reason).toMatch(
      /POA names Call Center CPAs practitioner, not Call Center CPAs assistant/,
    );
    const onlyFlagged = await testApp.http
      .get('/api/calls?flaggedNoPoa=true&pageSize=100')
      .set(asManager())
      .expect(200);
    expect(onlyFlagged.body.items.every((c: { flaggedNoPoa: boolean }) => c.flaggedNoPoa)).toBe(true);
    expect(onlyFlagged.body.items.map((c: { id: string }) => c.id)).toContain(flagged.body.id);
  });

  it('checks every period of the notice, and without a notice any authorization in force for the client', async () => {
    const wider = await notice(clientId, 'S2025Q1-0003', [
      { year: 2024, quarter: 4 },
      { year: 2025, quarter: 1 },
    ]);
    const refused = await testApp.http
      .post('/api/calls')
      .set(asPractitioner())
      .send(call({ noticeId: wider }))
      .expect(409);
    expect(refused.body.coverage).toMatchObject({
      code: 'other_period',
      matter: { periodLabels: ['2024-Q4', '2025-Q1'] },
    });
    const general = await testApp.http
      .post('/api/calls')
      .set(asPractitioner())
      .send(call({ noticeId: undefined }))
      .expect(201);
    expect(general.body).toMatchObject({
      notice: null,
      flaggedNoPoa: false,
      poaCoverage: { covered: true, matter: { taxType: null } },
    });
    const bare = await testApp.http
      .post('/api/calls')
      .set(asPractitioner())
      .send(call({ clientId: bareClientId, noticeId: undefined }))
      .expect(409);
    expect(bare.body.coverage).toMatchObject({ code: 'no_poa' });
    expect(bare.body.message).toMatch(/No Paperwork Inc's account/);
  });

  it('turns a follow-up date into a soft follow_up deadline on the notice that notice recomputation keeps', async () => {
    const logged = await testApp.http
      .post('/api/calls')
      .set(asPractitioner())
      .send(call({ followUpOn: '2026-11-21' }))
      .expect(201);
    // 2026-11-21 is a Saturday: the target moves to Monday.
    expect(logged.body.followUpDeadline).toMatchObject({ dueDate: '2026-11-23', status: 'open' });
    const row = await testApp.dataSource
      .getRepository(DeadlineRecord)
      .findOneByOrFail({ id: logged.body.followUpDeadline.id });
    expect(row).toMatchObject({
      noticeId,
      kind: 'follow_up',
      hard: false,
      computedDate: '2026-11-21',
      dueDate: '2026-11-23',
      ruleId: 'follow_up.default',
    });
    expect(row.ruleId.startsWith('notice.')).toBe(false);
    expect(row.rule).toMatch(/Set by Call Center CPAs practitioner's DRS call on 2026-11-10 for 2026-11-21/);

    const shown = await testApp.http.get(`/api/notices/${noticeId}`).set(asAssistant()).expect(200);
    expect(shown.body.deadlines.find((d: { id: string }) => d.id === row.id)).toMatchObject({
      kind: 'follow_up',
      hard: false,
      dueDate: '2026-11-23',
    });
    await testApp.http
      .patch(`/api/notices/${noticeId}`)
      .set(asPractitioner())
      .send({ noticeDate: '2026-11-03', version: shown.body.version })
      .expect(200);
    expect(await testApp.dataSource.getRepository(DeadlineRecord).countBy({ id: row.id, status: 'open' })).toBe(1);

    // Without a notice the date is kept on the call, but there is no case to put a deadline on.
    const general = await testApp.http
      .post('/api/calls')
      .set(asPractitioner())
      .send(call({ noticeId: undefined, followUpOn: '2026-11-20' }))
      .expect(201);
    expect(general.body).toMatchObject({ followUpOn: '2026-11-20', followUpDeadline: null });
  });

  it('lets a manager log a call someone else made, and nobody else', async () => {
    const forPractitioner = await testApp.http
      .post('/api/calls')
      .set(asManager())
      .send(call({ callerId: firm.users.practitioner.id }))
      .expect(201);
    expect(forPractitioner.body).toMatchObject({
      caller: { id: firm.users.practitioner.id },
      loggedBy: { id: firm.users.manager.id },
      flaggedNoPoa: false,
    });
    const refused = await testApp.http
      .post('/api/calls')
      .set(asAssistant())
      .send(call({ callerId: firm.users.practitioner.id }))
      .expect(400);
    expect(Object.keys(refused.body.fields)).toEqual(['callerId']);
  });

  it('lists newest first with filters, and pages', async () => {
    const day = '2026-11-05';
    const first = (
      await testApp.http
        .post('/api/calls')
        .set(asPractitioner())
        .send(call({ startedAt: `${day}T10:00:00-05:00` }))
        .expect(201)
    ).body;
    const second = (
      await testApp.http
        .post('/api/calls')
        .set(asPractitioner())
        .send(call({ startedAt: `${day}T15:30:00-05:00`, outcome: 'resolved' }))
        .expect(201)
    ).body;
    const byDay = await testApp.http.get(`/api/calls?date=${day}`).set(asAssistant()).expect(200);
    expect(byDay.body.items.map((c: { id: string }) => c.id)).toEqual([second.id, first.id]);
    const paged = await testApp.http.get(`/api/calls?date=${day}&pageSize=1&page=2`).set(asAssistant()).expect(200);
    expect(paged.body).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ id: first.id }] });
    const all = await testApp.http.get('/api/calls?pageSize=100').set(asAssistant()).expect(200);
    const starts = all.body.items.map((c: { startedAt: string }) => c.startedAt);
    expect(starts).toEqual([...starts].sort().reverse());
    const byUser = await testApp.http
      .get(`/api/calls?userId=${firm.users.assistant.id}&pageSize=100`)
      .set(asAssistant())
      .expect(200);
    expect(byUser.body.items.every((c: { caller: { id: string } }) => c.caller.id === firm.users.assistant.id)).toBe(
      true,
    );
    expect(byUser.body.total).toBeGreaterThan(0);
    const byNotice = await testApp.http
      .get(`/api/calls?noticeId=${noticeId}&pageSize=100`)
      .set(asAssistant())
      .expect(200);
    expect(byNotice.body.items.every((c: { notice: { id: string } | null }) => c.notice?.id === noticeId)).toBe(true);
    const byClient = await testApp.http.get(`/api/calls?clientId=${bareClientId}`).set(asAssistant()).expect(200);
    expect(byClient.body.total).toBe(0);
    const read = await testApp.http.get(`/api/calls/${first.id}`).set(asAssistant()).expect(200);
    expect(read.body).toMatchObject({ id: first.id, callDate: day });
  });

  it('takes corrections with the current version, audited, rechecking POA and moving the follow-up when they matter', async () => {
    const logged = (
      await testApp.http
        .post('/api/calls')
        .set(asPractitioner())
        .send(call({ followUpOn: '2026-11-20' }))
        .expect(201)
    ).body;
    const notes = await testApp.http
      .patch(`/api/calls/${logged.id}`)
      .set(asAssistant())
      .send({ notes: 'Agent name corrected', drsEmployeeName: 'R. Kowalsky', version: 1 })
      .expect(200);
    expect(notes.body).toMatchObject({
      notes: 'Agent name corrected',
      drsEmployeeName: 'R. Kowalsky',
      version: 2,
      followUpDeadline: { id: logged.followUpDeadline.id },
    });
    const stale = await testApp.http
      .patch(`/api/calls/${logged.id}`)
      .set(asAssistant())
      .send({ notes: 'again', version: 1 })
      .expect(409);
    expect(stale.body.message).toMatch(/changed by someone else/);

    const moved = await testApp.http
      .patch(`/api/calls/${logged.id}`)
      .set(asPractitioner())
      .send({ followUpOn: '2026-11-26', version: 2 })
      .expect(200);
    // Thanksgiving: the target moves to Friday; the old open deadline is replaced, not left behind.
    expect(moved.body.followUpDeadline).toMatchObject({ dueDate: '2026-11-27' });
    expect(await testApp.dataSource.getRepository(DeadlineRecord).countBy({ id: logged.followUpDeadline.id })).toBe(0);

    const before = await counts();
    const recheck = await testApp.http
      .patch(`/api/calls/${logged.id}`)
      .set(asManager())
      .send({ callerId: firm.users.assistant.id, version: 3 })
      .expect(409);
    expect(recheck.body.code).toBe('poa_not_covered');
    expect(await counts()).toEqual(before);
    const flagged = await testApp.http
      .patch(`/api/calls/${logged.id}`)
      .set(asManager())
      .send({ callerId: firm.users.assistant.id, acknowledgeNoPoa: true, version: 3 })
      .expect(200);
    expect(flagged.body).toMatchObject({ caller: { id: firm.users.assistant.id }, flaggedNoPoa: true, version: 4 });
    const cleared = await testApp.http
      .patch(`/api/calls/${logged.id}`)
      .set(asManager())
      .send({ callerId: firm.users.practitioner.id, version: 4 })
      .expect(200);
    expect(cleared.body).toMatchObject({ flaggedNoPoa: false, poaCoverage: { covered: true } });

    const trail = await testApp.http.get(`/api/audit-events?entityId=${logged.id}`).set(asManager()).expect(200);
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual([
      'update',
      'update',
      'update',
      'update',
      'create',
    ]);
    expect(trail.body.items[3]).toMatchObject({
      before: { drsEmployeeName: 'R. Kowalski' },
      after: { drsEmployeeName: 'R. Kowalsky' },
    });
  });

  it("answers 404 for another firm's call, and refuses another firm's client or notice, or a notice of another client", async () => {
    const logged = (await testApp.http.post('/api/calls').set(asPractitioner()).send(call()).expect(201)).body;
    const asOther = bearer(other.tokens.manager);
    await testApp.http.get(`/api/calls/${logged.id}`).set(asOther).expect(404);
    await testApp.http.patch(`/api/calls/${logged.id}`).set(asOther).send({ notes: 'x', version: 1 }).expect(404);
    expect((await testApp.http.get(`/api/calls?clientId=${clientId}`).set(asOther).expect(200)).body.total).toBe(0);
    const before = await counts();
    const foreignClient = await testApp.http.post('/api/calls').set(asOther).send(call()).expect(400);
    expect(Object.keys(foreignClient.body.fields)).toEqual(['clientId']);
    const otherClientsNotice = await testApp.http
      .post('/api/calls')
      .set(asPractitioner())
      .send(call({ noticeId: otherNoticeId }))
      .expect(400);
    expect(Object.keys(otherClientsNotice.body.fields)).toEqual(['noticeId']);
    expect(await counts()).toEqual(before);
    const row = await testApp.dataSource.getRepository(DrsCall).findOneByOrFail({ id: logged.id });
    expect(row).toMatchObject({ version: 1, notes: 'Agent confirmed the Q3 return was received late' });
  });

  describe('bad input: 400 naming the field, nothing written', () => {
    it.each([
      ['a missing client', { clientId: undefined }, ['clientId']],
      ['a malformed notice id', { noticeId: 'L123' }, ['noticeId']],
      ['a missing purpose', { purpose: undefined }, ['purpose']],
      ['a blank purpose', { purpose: '   ' }, ['purpose']],
      ['a missing outcome', { outcome: undefined }, ['outcome']],
      ['an unknown outcome', { outcome: 'hung_up' }, ['outcome']],
      ['an unknown line', { line: '555-1212' }, ['line']],
      ['"other" without the number', { line: 'other' }, ['lineDetail']],
      ['negative hold minutes', { holdMinutes: -1 }, ['holdMinutes']],
      ['talk minutes beyond ten hours', { talkMinutes: 601 }, ['talkMinutes']],
      ['minutes as a string', { holdMinutes: '5' }, ['holdMinutes']],
      ['fractional minutes', { talkMinutes: 2.5 }, ['talkMinutes']],
      ['a start without an offset', { startedAt: '2026-11-10T09:15:00' }, ['startedAt']],
      ['an impossible start', { startedAt: '2026-02-30T09:15:00Z' }, ['startedAt']],
      ['an impossible hour', { startedAt: '2026-11-10T25:15:00Z' }, ['startedAt']],
      ['a start in the future', { startedAt: '2026-11-11T09:15:00-05:00' }, ['startedAt']],
      ['a start before 1990', { startedAt: '1989-12-31T09:15:00-05:00' }, ['startedAt']],
      ['a follow-up before the call', { followUpOn: '2026-11-09' }, ['followUpOn']],
      ['a follow-up more than a year out', { followUpOn: '2027-11-11' }, ['followUpOn']],
      ['an impossible follow-up date', { followUpOn: '2026-11-31' }, ['followUpOn']],
      ['oversize notes', { notes: 'x'.repeat(5001) }, ['notes']],
      ['oversize promises', { drsPromises: 'x'.repeat(2001) }, ['drsPromises']],
      ['an oversize employee name', { drsEmployeeName: 'x'.repeat(121) }, ['drsEmployeeName']],
      ['acknowledgeNoPoa as a string', { acknowledgeNoPoa: 'yes' }, ['acknowledgeNoPoa']],
      ['an unknown field', { flaggedNoPoa: false }, ['flaggedNoPoa']],
      ['a caller who is not a user id', { callerId: 'me' }, ['callerId']],
    ])('POST refuses %s', async (_label, overrides, fields) => {
      const body = call(overrides);
      for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
      const before = await counts();
      const response = await testApp.http.post('/api/calls').set(asPractitioner()).send(body).expect(400);
      expect(Object.keys(response.body.fields).sort()).toEqual(fields);
      expect(await counts()).toEqual(before);
    });

    it.each([
      ['no version', { notes: 'x' }, ['version']],
      ['clearing the purpose', { purpose: null, version: 1 }, ['purpose']],
      ['clearing the outcome', { outcome: null, version: 1 }, ['outcome']],
      ['negative talk minutes', { talkMinutes: -3, version: 1 }, ['talkMinutes']],
      ['a follow-up before the call', { followUpOn: '2026-01-01', version: 1 }, ['followUpOn']],
      ['an unknown field', { poaCoverage: {}, version: 1 }, ['poaCoverage']],
    ])('PATCH refuses %s', async (_label, body, fields) => {
      const logged = (await testApp.http.post('/api/calls').set(asPractitioner()).send(call()).expect(201)).body;
      const before = await counts();
      const response = await testApp.http.patch(`/api/calls/${logged.id}`).set(asPractitioner()).send(body).expect(400);
      expect(Object.keys(response.body.fields).sort()).toEqual(fields);
      expect(await counts()).toEqual(before);
      expect((await testApp.dataSource.getRepository(DrsCall).findOneByOrFail({ id: logged.id })).version).toBe(1);
    });

    it.each([
      ['a malformed client id', 'clientId=42', ['clientId']],
      ['a malformed day', 'date=2026-11-31', ['date']],
      ['a malformed flag', 'flaggedNoPoa=maybe', ['flaggedNoPoa']],
      ['an unknown filter', 'outcome=resolved', ['outcome']],
      ['a zero page', 'page=0', ['page']],
    ])('the list refuses %s', async (_label, query, fields) => {
      const response = await testApp.http.get(`/api/calls?${query}`).set(asAssistant()).expect(400);
      expect(Object.keys(response.body.fields).sort()).toEqual(fields);
    });
  });
});
