import { DeadlineRecord } from '../src/deadlines/deadline.entity';
import { Resolution } from '../src/resolutions/resolution.entity';
import { bearer, createFirm, TestFirm } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

const TODAY = '2026-11-10';

describe('resolutions', () => {
  let testApp: TestApp;
  let firm: TestFirm;
  let other: TestFirm;
  let clientId: string;
  let serial = 5000;
  const asPractitioner = () => bearer(firm.tokens.practitioner);

  async function notice(overrides: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
    serial += 1;
    const response = await testApp.http
      .post('/api/notices')
      .set(asPractitioner())
      .send({
        clientId,
        kind: 'r859_referral',
        taxType: 'individual_income',
        taxPeriods: [{ year: 2024 }],
        noticeDate: '2026-11-02',
        taxDueDate: '2026-04-15',
        accountNumber: '123456789',
        correspondenceId: `R859-${serial}`,
        stated: { tax: '2000.00', penalty: '200.00', interest: '120.00', credits: '0.00', balanceDue: '2320.00', asOf: '2026-10-15' },
        ...overrides,
      })
      .expect(201);
    return response.body;
  }

  beforeAll(async () => {
    testApp = await createTestApp({}, { today: TODAY });
    firm = await createFirm(testApp, 'Resolve & Co');
    other = await createFirm(testApp, 'Not Yours LLC');
    clientId = (await testApp.http.post('/api/clients').set(bearer(firm.tokens.manager)).send({ kind: 'individual', legalName: 'James Sullivan', hasW2Wages: true }).expect(201)).body.id;
  });
  afterAll(() => testApp.close());

  it('reads eligibility from the case: an R-859 past its referral date loses the standard plan; unpaid tax closes the waiver', async () => {
    // Dated 2026-10-20: referral 2026-10-30, passed by 2026-11-10.
    const late = await notice({ noticeDate: '2026-10-20' });
    const options = async (query = '') =>
      (await testApp.http.get(`/api/notices/${late.id}/options${query}`).set(asPractitioner()).expect(200)).body as Array<{
        option: string;
        open: boolean;
        reasons: string[];
      }>;
    const byOption = (list: Awaited<ReturnType<typeof options>>, option: string) => list.find((o) => o.option === option);
    const read = await options();
    expect(byOption(read, 'installment_plan')).toMatchObject({ open: false });
    expect(byOption(read, 'installment_plan')?.reasons[0]).toContain('the R-859 referral date 2026-10-30 has passed');
    expect(byOption(read, 'penalty_waiver')).toMatchObject({ open: false });
    expect(byOption(read, 'penalty_waiver')?.reasons.join(' ')).toContain('of tax and interest is unpaid');
    // The practitioner's word overrides what the case suggests.
    expect(byOption(await options('?withCollectionAgency=false'), 'installment_plan')).toMatchObject({ open: true });
  });

  it('walks an R859 notice from intake to resolution', async () => {
    // Intake: $2,000 due 2026-04-15; on 2026-11-10 that is 7 months: $200 penalty + $140 interest.
    const created = await notice();
    const intake = await testApp.http.get(`/api/notices/${created.id}`).set(asPractitioner()).expect(200);
    expect(intake.body.figures).toMatchObject({ balanceNow: '2340.00', monthsLate: 7 });
    expect(intake.body.responseStatus).toBe('none');

    // Triage and verification: the checklist passes.
    await testApp.http.post(`/api/notices/${created.id}/transition`).set(asPractitioner()).send({ to: 'triage', version: 1 }).expect(201);
    await testApp.http.put(`/api/notices/${created.id}/checklist/correspondence_id`).set(bearer(firm.tokens.assistant)).send({ result: 'passed' }).expect(200);
    await testApp.http.post(`/api/notices/${created.id}/transition`).set(asPractitioner()).send({ to: 'verifying', version: 2 }).expect(201);

    // The options: an installment plan is open for a $2,340 balance with returns filed.
    const options = await testApp.http.get(`/api/notices/${created.id}/options`).set(asPractitioner()).expect(200);
    const planOption = options.body.find((o: { option: string }) => o.option === 'installment_plan');
    expect(planOption).toMatchObject({ open: true });
    expect(planOption.needs.length).toBeGreaterThan(0);

    // Request, approve: the schedule comes from the engine and its dates become hard deadlines.
    const requested = await testApp.http.post(`/api/notices/${created.id}/installment-plans`).set(asPractitioner()).send({ months: 3, startDate: '2026-12-01' }).expect(201);
    expect(requested.body.resolution).toMatchObject({ type: 'installment_plan', status: 'requested', allowedNextStatuses: ['approved', 'denied'] });
    expect(requested.body.notice.responseStatus).toBe('in_progress');
    const approved = await testApp.http
      .post(`/api/resolutions/${requested.body.resolution.id}/status`)
      .set(asPractitioner())
      .send({ to: 'approved', version: 1, on: '2026-11-10' })
      .expect(201);
    const plan = approved.body.resolution;
    expect(plan.installments.map((i: { dueDate: string }) => i.dueDate)).toEqual(['2026-12-01', '2027-01-01', '2027-02-01']);
    expect(approved.body.notice.responseStatus).toBe('plan_active');
    const planDeadlines = approved.body.notice.deadlines.filter((d: { kind: string }) => d.kind === 'installment_payment');
    expect(planDeadlines).toHaveLength(3);
    const total = plan.installments.reduce((sum: number, i: { amount: string }) => sum + Math.round(Number(i.amount) * 100), 0);
    expect(total).toBe(Math.round(Number(plan.amount) * 100));

    // The first payment is recorded: it meets its deadline and lowers the balance.
    const paid = await testApp.http
      .post(`/api/resolutions/${plan.id}/installments/1/payment`)
      .set(asPractitioner())
      .send({ paidOn: '2026-11-10', amount: plan.installments[0].amount })
      .expect(201);
    expect(paid.body.resolution.installments[0]).toMatchObject({ status: 'paid', paidOn: '2026-11-10' });
    expect(Number(paid.body.notice.figures.balanceNow)).toBeLessThan(2340);
    expect(paid.body.notice.deadlines.find((d: { kind: string; dueDate: string }) => d.kind === 'installment_payment' && d.dueDate === '2026-12-01').status).toBe('met');

    // The second is missed: the plan defaults and the risk model sees it.
    const missed = await testApp.http.post(`/api/resolutions/${plan.id}/installments/2/missed`).set(asPractitioner()).expect(201);
    expect(missed.body.resolution.status).toBe('defaulted');
    expect(missed.body.notice.responseStatus).toBe('plan_defaulted');

    // The client pays the rest in full: nothing owed, the case is paid and can be resolved.
    const rest = missed.body.notice.figures.balanceNow;
    const full = await testApp.http.post(`/api/notices/${created.id}/payments`).set(asPractitioner()).send({ amount: rest, date: TODAY, method: 'myconnect', confirmation: 'MC-778812' }).expect(201);
    expect(full.body.notice.figures.balanceNow).toBe('0.00');
    expect(full.body.notice.responseStatus).toBe('paid');
    expect(full.body.notice.figures.risk.score).toBe(0);
    let version = full.body.notice.version;
    for (const to of ['response_in_progress', 'resolved']) {
      version = (await testApp.http.post(`/api/notices/${created.id}/transition`).set(asPractitioner()).send({ to, version }).expect(201)).body.version;
    }
    const trail = await testApp.http.get(`/api/audit-events?entityType=resolution`).set(bearer(firm.tokens.manager)).expect(200);
    expect(trail.body.total).toBeGreaterThanOrEqual(5);
  });

  it('refuses an installment plan the rules close, with the reasons, unless overridden with a recorded reason', async () => {
    const created = await notice();
    const before = await testApp.dataSource.getRepository(Resolution).count();
    const refused = await testApp.http
      .post(`/api/notices/${created.id}/installment-plans`)
      .set(asPractitioner())
      .send({ months: 6, startDate: '2026-12-01', unfiledReturns: true })
      .expect(422);
    expect(refused.body.reasons.join(' ')).toMatch(/unfiled returns/i);
    expect(await testApp.dataSource.getRepository(Resolution).count()).toBe(before);
    const overridden = await testApp.http
      .post(`/api/notices/${created.id}/installment-plans`)
      .set(asPractitioner())
      .send({ months: 6, startDate: '2026-12-01', unfiledReturns: true, override: { reason: 'The 2023 return was filed yesterday; DRS has not posted it' } })
      .expect(201);
    expect(overridden.body.resolution.details.eligibilityOverride).toMatch(/filed yesterday/);
    expect(overridden.body.resolution.warnings.join(' ')).toMatch(/reason recorded/);
  });

  it('records a protest on time as meeting its deadline, and a late one as late', async () => {
    const assessment = await notice({ kind: 'proposed_assessment', noticeDate: '2026-08-03' });
    const onTime = await testApp.http
      .post(`/api/notices/${assessment.id}/protests`)
      .set(asPractitioner())
      .send({ level: 'appellate_division', grounds: 'The wages were reported on the 2024 return', filedOn: '2026-09-15' })
      .expect(201);
    expect(onTime.body.resolution.details.filedLate).toBe(false);
    expect(onTime.body.notice.deadlines.find((d: { kind: string }) => d.kind === 'written_protest').status).toBe('met');
    expect(onTime.body.notice.responseStatus).toBe('protested');

    const old = await notice({ kind: 'proposed_assessment', noticeDate: '2026-08-03' });
    const late = await testApp.http
      .post(`/api/notices/${old.id}/protests`)
      .set(asPractitioner())
      .send({ level: 'appellate_division', grounds: 'Late but right', filedOn: '2026-11-09' })
      .expect(201);
    expect(late.body.resolution.details.filedLate).toBe(true);
    expect(late.body.resolution.warnings.join(' ')).toMatch(/after the written protest deadline/);
  });

  it('never waives more than the penalty, and warns that an offer stops no deadline', async () => {
    const created = await notice();
    const waiver = await testApp.http
      .post(`/api/notices/${created.id}/penalty-waivers`)
      .set(asPractitioner())
      .send({ reasonCategory: 'illness', narrative: 'Hospitalised March to May 2025', documents: ['Discharge summary'] })
      .expect(201);
    const id = waiver.body.resolution.id;
    await testApp.http.post(`/api/resolutions/${id}/status`).set(asPractitioner()).send({ to: 'approved', version: 1 }).expect(409);
    await testApp.http.post(`/api/resolutions/${id}/status`).set(asPractitioner()).send({ to: 'submitted', version: 1 }).expect(201);
    const tooMuch = await testApp.http.post(`/api/resolutions/${id}/status`).set(asPractitioner()).send({ to: 'approved', version: 2, amountWaived: '340.00' }).expect(400);
    expect(tooMuch.body.fields.amountWaived[0]).toMatch(/interest is never waived/);
    const approved = await testApp.http.post(`/api/resolutions/${id}/status`).set(asPractitioner()).send({ to: 'approved', version: 2, amountWaived: '200.00' }).expect(201);
    expect(approved.body.resolution).toMatchObject({ status: 'approved', amount: '200.00' });
    // The waiver reaches every figure: the case read, the stored figures the sweep writes, the calculator
    // and the options (nothing left to waive).
    expect(approved.body.notice.figures).toMatchObject({ balanceNow: '2140.00', penaltyNow: '0.00', penaltyWaived: '200.00' });
    const stored = async () =>
      (await testApp.dataSource.query(`SELECT balance_now::text AS balance FROM notice WHERE id = $1`, [created.id]))[0].balance;
    expect(await stored()).toBe('2140.00');
    await testApp.dataSource.query(`UPDATE notice SET figures_as_of = NULL, figures_stable_until = NULL, balance_now = 0 WHERE id = $1`, [created.id]);
    await testApp.http.post('/api/sweeps').set(bearer(firm.tokens.manager)).send({ asOf: TODAY }).expect(201);
    expect(await stored()).toBe('2140.00');
    const quote = await testApp.http
      .post('/api/calculator/quote')
      .set(asPractitioner())
      .send({ taxType: 'individual_income', tax: '2000.00', dueDate: '2026-04-15', asOf: TODAY, penaltyWaived: '200.00' })
      .expect(200);
    expect(quote.body).toMatchObject({ total: '2140.00', penalty: '0.00', penaltyWaived: '200.00' });
    const options = await testApp.http.get(`/api/notices/${created.id}/options`).set(asPractitioner()).expect(200);
    expect(options.body.find((o: { option: string }) => o.option === 'penalty_waiver').reasons).toContain(
      'penalty waiver: there is no penalty on the account to waive',
    );
    await testApp.http.post(`/api/resolutions/${id}/status`).set(asPractitioner()).send({ to: 'approved', version: 2, amountWaived: '200.00' }).expect(409);

    const offer = await testApp.http
      .post(`/api/notices/${created.id}/offers-of-compromise`)
      .set(asPractitioner())
      .send({ basis: 'doubt_as_to_collectibility', amountOffered: '900.00', disclosureComplete: true })
      .expect(201);
    expect(offer.body.resolution.warnings.join(' ')).toMatch(/stops no enforcement/);
  });

  it('keeps assistants and other firms out', async () => {
    const created = await notice();
    await testApp.http.post(`/api/notices/${created.id}/payments`).set(bearer(firm.tokens.assistant)).send({ amount: '1.00', date: TODAY, method: 'check' }).expect(403);
    await testApp.http.post(`/api/notices/${created.id}/payments`).set(bearer(other.tokens.manager)).send({ amount: '1.00', date: TODAY, method: 'check' }).expect(404);
    await testApp.http.get(`/api/notices/${created.id}/resolutions`).set(bearer(other.tokens.manager)).expect(404);
  });

  describe('bad input: 400 naming the field, nothing written', () => {
    it.each([
      ['payments', { amount: '10.001', date: TODAY, method: 'check' }, ['amount']],
      ['payments', { amount: '10.00', date: '2026-13-01', method: 'check' }, ['date']],
      ['payments', { amount: '10.00', date: '2026-12-31', method: 'check' }, ['date']],
      ['payments', { amount: '10.00', date: TODAY, method: 'bitcoin' }, ['method']],
      ['payments', { amount: '10.00', date: TODAY, method: 'check', tip: '1.00' }, ['tip']],
      ['installment-plans', { months: 24, startDate: '2026-12-01' }, ['months']],
      ['installment-plans', { months: 6, startDate: '2026-12-01', override: { reason: 'short' } }, ['override.reason']],
      ['penalty-waivers', { reasonCategory: 'boredom', narrative: 'x' }, ['reasonCategory']],
      ['penalty-waivers', { reasonCategory: 'other', narrative: 'x'.repeat(5001) }, ['narrative']],
      ['offers-of-compromise', { basis: 'both', amountOffered: '-1', disclosureComplete: true }, ['amountOffered']],
      ['protests', { level: 'supreme_court', grounds: 'x', filedOn: TODAY }, ['level']],
      ['protests', { level: 'appellate_division', filedOn: TODAY }, ['grounds']],
      ['hardship-suspensions', { requestedOn: 'soon' }, ['requestedOn']],
    ])('POST %s, case %#', async (endpoint, body, fields) => {
      const created = await notice();
      const [resolutions, deadlines] = [await testApp.dataSource.getRepository(Resolution).count(), await testApp.dataSource.getRepository(DeadlineRecord).count()];
      const response = await testApp.http.post(`/api/notices/${created.id}/${endpoint}`).set(asPractitioner()).send(body).expect(400);
      expect(Object.keys(response.body.fields).sort()).toEqual(fields);
      expect(await testApp.dataSource.getRepository(Resolution).count()).toBe(resolutions);
      expect(await testApp.dataSource.getRepository(DeadlineRecord).count()).toBe(deadlines);
    });
  });
});
