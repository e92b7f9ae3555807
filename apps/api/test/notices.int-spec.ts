import { AuditEvent } from '../src/audit/audit-event.entity';
import { DeadlineRecord } from '../src/deadlines/deadline.entity';
import { Notice } from '../src/notices/notice.entity';
import { bearer, createFirm, TestFirm } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

const TODAY = '2026-11-10';

describe('notices', () => {
  let testApp: TestApp;
  let firm: TestFirm;
  let other: TestFirm;
  let clientId: string;
  let correspondence = 1000;

  const asManager = () => bearer(firm.tokens.manager);
  const asPractitioner = () => bearer(firm.tokens.practitioner);
  const asAssistant = () => bearer(firm.tokens.assistant);

  function r859(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    correspondence += 1;
    return {
      clientId,
      kind: 'r859_referral',
      taxType: 'individual_income',
      taxPeriods: [{ year: 2024 }],
      noticeDate: '2026-11-02',
      receivedDate: '2026-11-05',
      taxDueDate: '2025-04-15',
      accountNumber: '123456789',
      correspondenceId: `L${correspondence}XY`,
      reason: 'underreported_wages',
      stated: { tax: '2000.00', penalty: '200.00', interest: '380.00', credits: '0.00', balanceDue: '2580.00', asOf: '2026-11-02' },
      ...overrides,
    };
  }

  async function counts(): Promise<number[]> {
    return Promise.all([
      testApp.dataSource.getRepository(Notice).count({ withDeleted: true }),
      testApp.dataSource.getRepository(DeadlineRecord).count(),
      testApp.dataSource.getRepository(AuditEvent).count(),
    ]);
  }

  beforeAll(async () => {
    testApp = await createTestApp({}, { today: TODAY });
    firm = await createFirm(testApp, 'Notice Works CPAs');
    other = await createFirm(testApp, 'Elsewhere LLP');
    const client = await testApp.http
      .post('/api/clients')
      .set(asManager())
      .send({ kind: 'individual', legalName: 'Maria Rossi', hasW2Wages: true, employerName: 'Aetna', ownsRealProperty: true, knownBankAccounts: 2 })
      .expect(201);
    clientId = client.body.id;
  });
  afterAll(() => testApp.close());

  it('takes in an R859 notice and creates its deadlines from the rules engine', async () => {
    const response = await testApp.http.post('/api/notices').set(asPractitioner()).send(r859()).expect(201);
    const notice = response.body;
    expect(notice).toMatchObject({ kind: 'r859_referral', status: 'new', allowedTransitions: ['triage', 'closed_no_action'], possibleScam: false, version: 1 });
    const referral = notice.deadlines.find((d: { kind: string }) => d.kind === 'private_collection_referral');
    expect(referral).toMatchObject({ dueDate: '2026-11-12', hard: true, status: 'open', daysLeft: 2, citation: { source: 'seed' } });
    expect(notice.figures.nextDeadline.kind).toBe('private_collection_referral');
    // $2,000 due 2025-04-15, as of 2026-11-10: month 19 runs 2026-10-16 to 2026-11-15, so 19 months at 1%
    // plus the 10% penalty; the referral deadline (11-12) falls in the same month, so the same balance.
    expect(notice.figures).toMatchObject({ asOf: TODAY, monthsLate: 19, penaltyNow: '200.00', interestNow: '380.00', balanceNow: '2580.00' });
    expect(notice.figures.balanceAtNextDeadline).toBe('2580.00');
    expect(notice.figures.risk.mechanisms.find((m: { mechanism: string }) => m.mechanism === 'private_collection').reasons.join(' ')).toMatch(/R859/);
    expect(notice.checklist).toHaveLength(9);
    expect(notice.checklist.every((item: { result: string }) => item.result === 'not_checked')).toBe(true);
    // The stored figures (for sorting and the dashboard) are the ones the read shows.
    const [stored] = await testApp.dataSource.query('SELECT balance_now::text, risk_level, mechanism_levels FROM notice WHERE id = $1', [notice.id]);
    expect(stored).toEqual({
      balance_now: '2580.00',
      risk_level: notice.figures.risk.level,
      mechanism_levels: Object.fromEntries(notice.figures.risk.mechanisms.map((m: { mechanism: string; level: string }) => [m.mechanism, m.level])),
    });
  });

  it('assumes the tax due date from the period when the notice does not print it, and says so', async () => {
    const body = r859();
    delete body['taxDueDate'];
    const response = await testApp.http.post('/api/notices').set(asPractitioner()).send(body).expect(201);
    expect(response.body).toMatchObject({ taxDueDate: '2025-04-15', taxDueDateAssumed: true });
  });

  it('refuses a duplicate correspondence ID in the firm with 409, but not in another firm', async () => {
    const body = r859({ correspondenceId: 'DUP-0001' });
    const first = await testApp.http.post('/api/notices').set(asPractitioner()).send(body).expect(201);
    const before = await counts();
    const duplicate = await testApp.http.post('/api/notices').set(asManager()).send({ ...body, correspondenceId: 'dup-0001' }).expect(409);
    expect(duplicate.body.fields).toEqual({ correspondenceId: ['correspondenceId is already on file for another notice'] });
    // Intake links to the case on file instead of keying the letter in twice.
    expect(duplicate.body.existingNoticeId).toBe(first.body.id);
    expect(await counts()).toEqual(before);
    const otherClient = await testApp.http.post('/api/clients').set(bearer(other.tokens.manager)).send({ kind: 'individual', legalName: 'X' }).expect(201);
    await testApp.http.post('/api/notices').set(bearer(other.tokens.manager)).send({ ...body, clientId: otherClient.body.id }).expect(201);
  });

  it('walks the workflow and refuses moves that make no sense with the allowed next states', async () => {
    const created = (await testApp.http.post('/api/notices').set(asPractitioner()).send(r859()).expect(201)).body;
    const refused = await testApp.http.post(`/api/notices/${created.id}/transition`).set(asPractitioner()).send({ to: 'resolved', version: 1 }).expect(409);
    expect(refused.body).toMatchObject({ statusCode: 409, allowedNextStates: ['triage', 'closed_no_action'] });
    const triage = await testApp.http.post(`/api/notices/${created.id}/transition`).set(asPractitioner()).send({ to: 'triage', version: 1 }).expect(201);
    expect(triage.body).toMatchObject({ status: 'triage', version: 2 });
    const stale = await testApp.http.post(`/api/notices/${created.id}/transition`).set(asPractitioner()).send({ to: 'verifying', version: 1 }).expect(409);
    expect(stale.body.message).toMatch(/changed by someone else/);
    await testApp.http.post(`/api/notices/${created.id}/transition`).set(asAssistant()).send({ to: 'verifying', version: 2 }).expect(403);
  });

  it('lets only managers assign, to practitioners or managers of the firm', async () => {
    const created = (await testApp.http.post('/api/notices').set(asManager()).send(r859()).expect(201)).body;
    await testApp.http.post(`/api/notices/${created.id}/assign`).set(asPractitioner()).send({ assigneeId: firm.users.practitioner.id, version: 1 }).expect(403);
    const bad = await testApp.http.post(`/api/notices/${created.id}/assign`).set(asManager()).send({ assigneeId: firm.users.assistant.id, version: 1 }).expect(400);
    expect(Object.keys(bad.body.fields)).toEqual(['assigneeId']);
    const assigned = await testApp.http.post(`/api/notices/${created.id}/assign`).set(asManager()).send({ assigneeId: firm.users.practitioner.id, version: 1 }).expect(201);
    expect(assigned.body.assignee).toEqual({ id: firm.users.practitioner.id, fullName: 'Notice Works CPAs practitioner' });
    const viaPatch = await testApp.http.patch(`/api/notices/${created.id}`).set(asPractitioner()).send({ assigneeId: firm.users.manager.id, version: 2 }).expect(400);
    expect(Object.keys(viaPatch.body.fields)).toEqual(['assigneeId']);
  });

  it('records the legitimacy checklist with who and when, and flags a failed item as a possible scam', async () => {
    const created = (await testApp.http.post('/api/notices').set(asPractitioner()).send(r859()).expect(201)).body;
    const passed = await testApp.http.put(`/api/notices/${created.id}/checklist/letterhead`).set(asAssistant()).send({ result: 'passed' }).expect(200);
    expect(passed.body.checklist[0]).toMatchObject({ item: 'letterhead', result: 'passed', checkedBy: { id: firm.users.assistant.id }, checkedAt: expect.any(String) });
    expect(passed.body.possibleScam).toBe(false);
    const failed = await testApp.http
      .put(`/api/notices/${created.id}/checklist/payment_address_matches_drs_site`)
      .set(asAssistant())
      .send({ result: 'failed', note: 'Asks for payment to a PO box in Florida' })
      .expect(200);
    expect(failed.body.possibleScam).toBe(true);
    const listed = await testApp.http.get(`/api/notices?clientId=${clientId}&pageSize=100`).set(asAssistant()).expect(200);
    expect(listed.body.items.find((n: { id: string }) => n.id === created.id).possibleScam).toBe(true);
    const cleared = await testApp.http.put(`/api/notices/${created.id}/checklist/payment_address_matches_drs_site`).set(asAssistant()).send({ result: 'not_checked' }).expect(200);
    expect(cleared.body.possibleScam).toBe(false);
    await testApp.http.put(`/api/notices/${created.id}/checklist/horoscope`).set(asAssistant()).send({ result: 'passed' }).expect(400);
  });

  it('recomputes deadlines when the notice date is corrected', async () => {
    const created = (await testApp.http.post('/api/notices').set(asPractitioner()).send(r859()).expect(201)).body;
    const updated = await testApp.http
      .patch(`/api/notices/${created.id}`)
      .set(asPractitioner())
      .send({ noticeDate: '2026-11-04', receivedDate: '2026-11-06', version: 1 })
      .expect(200);
    const referral = updated.body.deadlines.find((d: { kind: string }) => d.kind === 'private_collection_referral');
    // A letter-set date: not moved off its Saturday (§12-39a does not reach it).
    expect(referral).toMatchObject({ computedDate: '2026-11-14', dueDate: '2026-11-14', rolledForward: false });
    const rows = await testApp.dataSource.getRepository(DeadlineRecord).countBy({ noticeId: created.id, kind: 'private_collection_referral' });
    expect(rows).toBe(1);
    // The case's activity says what the letter really said, before and after.
    await testApp.http
      .patch(`/api/notices/${created.id}`)
      .set(asPractitioner())
      .send({
        accountNumber: '990011223',
        stated: { tax: '2000.00', penalty: '200.00', interest: '380.00', credits: '0.00', balanceDue: '1.00', asOf: '2026-11-02' },
        version: updated.body.version,
      })
      .expect(200);
    const timeline = await testApp.http.get(`/api/notices/${created.id}/timeline`).set(asPractitioner()).expect(200);
    const summaries = timeline.body.map((entry: { summary: string }) => entry.summary);
    expect(summaries[0]).toContain('Account number 123456789');
    expect(summaries[0]).toContain('→ 990011223');
    expect(summaries[0]).toContain('balance due');
    expect(summaries[1]).toContain('Notice date');
  });

  it('lists with filters, most urgent first, and a triage queue with unassigned first', async () => {
    const offset = (await testApp.http.post('/api/notices').set(asPractitioner()).send(r859({ kind: 'intent_to_offset', noticeDate: '2026-09-01', receivedDate: '2026-09-03' })).expect(201)).body;
    // Its 60-day offset window (2026-10-31, a Saturday, not moved: a federal program's date) has passed by 2026-11-10.
    expect(offset.deadlines.find((d: { kind: string }) => d.kind === 'offset_response')).toMatchObject({ dueDate: '2026-10-31', daysLeft: -10 });
    const overdue = await testApp.http.get('/api/notices?overdue=true&pageSize=100').set(asManager()).expect(200);
    expect(overdue.body.items.map((n: { id: string }) => n.id)).toContain(offset.id);
    const notOverdue = await testApp.http.get('/api/notices?overdue=false&pageSize=100').set(asManager()).expect(200);
    expect(notOverdue.body.items.map((n: { id: string }) => n.id)).not.toContain(offset.id);
    expect(overdue.body.total + notOverdue.body.total).toBe((await testApp.http.get('/api/notices').set(asManager())).body.total);
    const soon = await testApp.http.get('/api/notices?dueWithinDays=3&pageSize=100').set(asManager()).expect(200);
    expect(soon.body.items.length).toBeGreaterThan(0);
    expect(soon.body.items.every((n: { figures: { nextDeadline: { daysLeft: number } } }) => n.figures.nextDeadline.daysLeft <= 3)).toBe(true);
    const all = await testApp.http.get('/api/notices?pageSize=100').set(asManager()).expect(200);
    const nextHard = all.body.items.map((n: { deadlines: Array<{ hard: boolean; status: string; dueDate: string }> }) =>
      n.deadlines.find((d) => d.hard && d.status === 'open')?.dueDate ?? '9999-12-31',
    );
    expect(nextHard).toEqual([...nextHard].sort());
    // Lists leave the checklist to the case's own read.
    expect(all.body.items[0]).not.toHaveProperty('checklist');
    expect((await testApp.http.get(`/api/notices/${all.body.items[0].id}`).set(asManager()).expect(200)).body.checklist).toHaveLength(9);
    const byKind = await testApp.http.get('/api/notices?kind=intent_to_offset').set(asManager()).expect(200);
    expect(byKind.body.items.map((n: { id: string }) => n.id)).toEqual([offset.id]);
    const triage = await testApp.http.get('/api/notices/triage?pageSize=100').set(asManager()).expect(200);
    const assignedFlags = triage.body.items.map((n: { assignee: unknown }) => n.assignee !== null);
    expect(assignedFlags).toEqual([...assignedFlags].sort());
    // The triage queue takes the list's filters too.
    const triageOffsets = await testApp.http.get('/api/notices/triage?kind=intent_to_offset').set(asManager()).expect(200);
    expect(triageOffsets.body.items.map((n: { id: string }) => n.id)).toEqual(
      triage.body.items.filter((n: { kind: string }) => n.kind === 'intent_to_offset').map((n: { id: string }) => n.id),
    );
    expect(triageOffsets.body.items.map((n: { id: string }) => n.id)).toContain(offset.id);
    await testApp.http.get('/api/notices/triage?riskLevel=extreme').set(asManager()).expect(400);
  });

  it('filters the list the way the dashboard counts: open, unassigned, aging bucket, mechanism level', async () => {
    const own = (await testApp.http.post('/api/clients').set(asManager()).send({ kind: 'individual', legalName: 'Filter Subject' }).expect(201)).body.id;
    const ids = async (query: string): Promise<string[]> =>
      (await testApp.http.get(`/api/notices?clientId=${own}&pageSize=100&${query}`).set(asManager()).expect(200)).body.items.map((n: { id: string }) => n.id).sort();
    const fresh = (await testApp.http.post('/api/notices').set(asPractitioner()).send(r859({ clientId: own })).expect(201)).body; // dated 11-02: 8 days old
    const closed = (await testApp.http.post('/api/notices').set(asPractitioner()).send(r859({ clientId: own, noticeDate: '2026-09-01', receivedDate: '2026-09-03' })).expect(201)).body; // 70 days
    await testApp.http.post(`/api/notices/${closed.id}/transition`).set(asPractitioner()).send({ to: 'closed_no_action', version: 1 }).expect(201);
    const assigned = (await testApp.http.post('/api/notices').set(asPractitioner()).send(r859({ clientId: own, noticeDate: '2026-10-01', receivedDate: '2026-10-02', assigneeId: firm.users.practitioner.id })).expect(201)).body; // 40 days

    expect(await ids('open=true')).toEqual([fresh.id, assigned.id].sort());
    expect(await ids('open=false')).toEqual([closed.id]);
    expect(await ids('unassigned=true')).toEqual([fresh.id, closed.id].sort());
    expect(await ids('unassigned=false')).toEqual([assigned.id]);
    expect(await ids('open=true&unassigned=true')).toEqual([fresh.id]);
    expect(await ids('agingBucket=0-30')).toEqual([fresh.id]);
    expect(await ids('agingBucket=31-60')).toEqual([assigned.id]);
    expect(await ids('agingBucket=61-90')).toEqual([closed.id]);
    expect(await ids('agingBucket=90%2B')).toEqual([]);
    // The stored level per mechanism is the one the read shows.
    const lien = fresh.figures.risk.mechanisms.find((m: { mechanism: string }) => m.mechanism === 'lien').level as string;
    expect(await ids(`mechanism=lien&mechanismLevel=${lien}&open=true&unassigned=true`)).toEqual([fresh.id]);
    const otherLevel = ['low', 'elevated', 'high', 'critical'].find((level) => level !== lien);
    expect(await ids(`mechanism=lien&mechanismLevel=${otherLevel}&unassigned=true&open=true`)).toEqual([]);
  });

  describe('bad list filters: 400 naming the field', () => {
    it.each([
      ['open=maybe', ['open']],
      ['unassigned=yes', ['unassigned']],
      ['agingBucket=100%2B', ['agingBucket']],
      ['mechanism=lien', ['mechanismLevel']],
      ['mechanismLevel=high', ['mechanism']],
      ['mechanism=teleport&mechanismLevel=high', ['mechanism']],
      ['mechanism=lien&mechanismLevel=extreme', ['mechanismLevel']],
      ['riskLevel=dire', ['riskLevel']],
      ['status=lost', ['status']],
      ['overdue=1', ['overdue']],
      ['dueWithinDays=-1', ['dueWithinDays']],
      ['assigneeId=nobody', ['assigneeId']],
      ['unassigned=true&assigneeId=00000000-0000-4000-8000-000000000000', ['unassigned']],
      ['colour=red', ['colour']],
    ])('refuses %s', async (query, fields) => {
      const response = await testApp.http.get(`/api/notices?${query}`).set(asManager()).expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
      expect(Object.keys(response.body.fields).sort()).toEqual(fields);
    });
  });

  it("answers 404 for another firm's notice, and refuses another firm's client at intake", async () => {
    const created = (await testApp.http.post('/api/notices').set(asPractitioner()).send(r859()).expect(201)).body;
    await testApp.http.get(`/api/notices/${created.id}`).set(bearer(other.tokens.manager)).expect(404);
    await testApp.http.patch(`/api/notices/${created.id}`).set(bearer(other.tokens.manager)).send({ notes: 'x', version: 1 }).expect(404);
    await testApp.http.put(`/api/notices/${created.id}/checklist/letterhead`).set(bearer(other.tokens.assistant)).send({ result: 'failed' }).expect(404);
    const foreign = await testApp.http.post('/api/notices').set(bearer(other.tokens.manager)).send(r859()).expect(400);
    expect(Object.keys(foreign.body.fields)).toEqual(['clientId']);
  });

  it('accepts a notice dated today (the future starts tomorrow) and received today', async () => {
    const today = await testApp.http.post('/api/notices').set(asPractitioner()).send(r859({ noticeDate: TODAY, receivedDate: TODAY })).expect(201);
    expect(today.body).toMatchObject({ noticeDate: TODAY, receivedDate: TODAY });
    await testApp.http.post('/api/notices').set(asPractitioner()).send(r859({ noticeDate: '2026-11-11', receivedDate: undefined })).expect(400);
  });

  describe('bad input: 400 naming the field, nothing written', () => {
    it.each([
      ['a missing kind', { kind: undefined }, ['kind']],
      ['an unknown notice kind', { kind: 'speeding_ticket' }, ['kind']],
      ['no tax periods', { taxPeriods: [] }, ['taxPeriods']],
      ['a quarter out of range', { taxPeriods: [{ year: 2025, quarter: 5 }] }, ['taxPeriods.0.quarter']],
      ['a quarter and a month together', { taxPeriods: [{ year: 2025, quarter: 1, month: 2 }] }, ['taxPeriods.0.month']],
      ['an impossible date', { noticeDate: '2026-02-30' }, ['noticeDate']],
      ['a notice dated in the future', { noticeDate: '2026-12-01', receivedDate: undefined }, ['noticeDate']],
      ['received before it was mailed', { receivedDate: '2026-10-01' }, ['receivedDate']],
      ['a malformed correspondence ID', { correspondenceId: 'see letter' }, ['correspondenceId']],
      ['an amount with 3 decimals', { stated: { tax: '1.005', penalty: '0', interest: '0', credits: '0', balanceDue: '1.00' } }, ['stated.tax']],
      ['a negative amount', { stated: { tax: '-1.00', penalty: '0', interest: '0', credits: '0', balanceDue: '0' } }, ['stated.tax']],
      ['an unknown field', { priority: 'urgent' }, ['priority']],
      ['oversize notes', { notes: 'x'.repeat(5001) }, ['notes']],
      ['a practitioner assigning someone else', { assigneeId: 'SELF-MANAGER' }, ['assigneeId']],
    ])('refuses %s', async (_label, overrides, fields) => {
      const body = r859(overrides);
      if (body['assigneeId'] === 'SELF-MANAGER') body['assigneeId'] = firm.users.manager.id;
      for (const key of Object.keys(body)) if (body[key] === undefined) delete body[key];
      const before = await counts();
      const response = await testApp.http.post('/api/notices').set(asPractitioner()).send(body).expect(400);
      expect(Object.keys(response.body.fields).sort()).toEqual(fields);
      expect(await counts()).toEqual(before);
    });
  });

  it('audits intake and changes without the daily figures', async () => {
    const created = (await testApp.http.post('/api/notices').set(asPractitioner()).send(r859()).expect(201)).body;
    await testApp.http.post(`/api/notices/${created.id}/transition`).set(asPractitioner()).send({ to: 'triage', version: 1 }).expect(201);
    const trail = await testApp.http.get(`/api/audit-events?entityId=${created.id}`).set(asManager()).expect(200);
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(trail.body.items[0].before.status).toBe('new');
    expect(trail.body.items[0].after.status).toBe('triage');
    expect(trail.body.items[0].after).not.toHaveProperty('figures');
  });
});
