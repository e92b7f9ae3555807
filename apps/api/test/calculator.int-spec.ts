import { bearer, createFirm, TestFirm } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

describe('calculator and rules', () => {
  let testApp: TestApp;
  let firm: TestFirm;
  let other: TestFirm;
  const seedExample = { taxType: 'individual_income', tax: '2000.00', dueDate: '2026-04-15', asOf: '2026-10-15' };

  beforeAll(async () => {
    testApp = await createTestApp();
    firm = await createFirm(testApp, 'Calculating CPAs');
    other = await createFirm(testApp, 'Other Firm');
  });
  afterAll(() => testApp.close());

  it("holds the seed's example exactly: $2,000 unpaid six months is $2,320, one day more $2,340", async () => {
    const six = await testApp.http.post('/api/calculator/quote').set(bearer(firm.tokens.assistant)).send(seedExample).expect(200);
    expect(six.body).toMatchObject({ months: 6, penalty: '200.00', interest: '120.00', total: '2320.00' });
    expect(six.body.breakdown).toHaveLength(6);
    expect(six.body.rules.map((rule: { id: string }) => rule.id)).toEqual(
      expect.arrayContaining(['tax.individual_income.late_payment_penalty', 'tax.individual_income.interest']),
    );
    expect(six.body.rules.every((rule: { citation: { reference: string } }) => rule.citation.reference.length > 0)).toBe(true);
    expect(six.body.costOfWaiting).toMatchObject({ payoffOnPayDate: '2320.00', nextIncreaseDate: '2026-10-16', extraCost: '20.00' });

    const seven = await testApp.http.post('/api/calculator/quote').set(bearer(firm.tokens.assistant)).send({ ...seedExample, asOf: '2026-10-16' }).expect(200);
    expect(seven.body).toMatchObject({ months: 7, penalty: '200.00', interest: '140.00', total: '2340.00' });
  });

  it('takes payments into account, money always as strings', async () => {
    const response = await testApp.http
      .post('/api/calculator/quote')
      .set(bearer(firm.tokens.practitioner))
      .send({ ...seedExample, payments: [{ date: '2026-07-15', amount: '1000.00' }] })
      .expect(200);
    expect(typeof response.body.total).toBe('string');
    expect(Number(response.body.total)).toBeLessThan(2320);
    expect(response.body.paid).toBe('1000.00');
  });

  it('projects the payoff by day as runs, for the balance chart', async () => {
    const response = await testApp.http
      .post('/api/calculator/projection')
      .set(bearer(firm.tokens.practitioner))
      .send({ taxType: 'individual_income', tax: '2000.00', dueDate: '2026-04-15', from: '2026-10-01', to: '2026-12-31' })
      .expect(200);
    expect(response.body.runs[0]).toMatchObject({ from: '2026-10-01', through: '2026-10-15', payoff: '2320.00', monthsLate: 6 });
    expect(response.body.runs[1]).toMatchObject({ from: '2026-10-16', payoff: '2340.00', monthsLate: 7 });
  });

  it('lists the deadlines an R859 notice starts, with rule and citation', async () => {
    const response = await testApp.http
      .post('/api/calculator/deadlines')
      .set(bearer(firm.tokens.assistant))
      .send({ noticeKind: 'r859_referral', noticeDate: '2026-11-02' })
      .expect(200);
    const referral = response.body.deadlines.find((d: { kind: string }) => d.kind === 'private_collection_referral');
    expect(referral).toMatchObject({ dueDate: '2026-11-12', hard: true, citation: { source: 'seed' } });
    expect(referral.rule).toMatch(/10 days/);
  });

  it('rolls a statutory deadline that lands on a weekend to the next business day and says why', async () => {
    // 2026-11-04 + 10 days = Saturday 2026-11-14.
    const response = await testApp.http
      .post('/api/calculator/deadlines')
      .set(bearer(firm.tokens.assistant))
      .send({ noticeKind: 'business_tax_balance_due', noticeDate: '2026-11-04', taxType: 'sales' })
      .expect(200);
    const respond = response.body.deadlines.find((d: { kind: string }) => d.kind === 'respond_or_pay');
    expect(respond).toMatchObject({ computedDate: '2026-11-14', dueDate: '2026-11-16', rolledForward: true });
    expect(respond.rollReason).toMatch(/Saturday/);
  });

  it('keeps a letter-set R-859 referral date on its Saturday and says to act the Friday before', async () => {
    const response = await testApp.http
      .post('/api/calculator/deadlines')
      .set(bearer(firm.tokens.assistant))
      .send({ noticeKind: 'r859_referral', noticeDate: '2026-11-04' })
      .expect(200);
    const referral = response.body.deadlines.find((d: { kind: string }) => d.kind === 'private_collection_referral');
    expect(referral).toMatchObject({ computedDate: '2026-11-14', dueDate: '2026-11-14', rolledForward: false });
    expect(referral.note).toContain('act by Friday 2026-11-13');
  });

  it('builds an installment schedule of 2–12 months with a level monthly amount', async () => {
    const response = await testApp.http
      .post('/api/calculator/installment-plan')
      .set(bearer(firm.tokens.practitioner))
      .send({ taxType: 'individual_income', balance: '2000.00', dueDate: '2026-04-15', months: 6, startDate: '2026-12-01' })
      .expect(200);
    expect(response.body.payments).toHaveLength(6);
    expect(response.body.payments.map((p: { date: string }) => p.date)).toEqual([
      '2026-12-01', '2027-01-01', '2027-02-01', '2027-03-01', '2027-04-01', '2027-05-01',
    ]);
    const sum = response.body.payments.reduce((total: number, p: { amount: string }) => total + Math.round(Number(p.amount) * 100), 0);
    expect(sum).toBe(Math.round(Number(response.body.payoffTotal) * 100));
    expect(response.body.payments.at(-1).remainingBalance).toBe('0.00');
  });

  it('keeps the interest of months that begin between a known penalty-and-interest figure and a later plan start', async () => {
    // $320 owed on 2026-10-15 (6 months); a plan starting 2026-12-01 opens at 8 months: $360.
    const response = await testApp.http
      .post('/api/calculator/installment-plan')
      .set(bearer(firm.tokens.practitioner))
      .send({
        taxType: 'individual_income',
        balance: '2000.00',
        dueDate: '2026-04-15',
        months: 6,
        startDate: '2026-12-01',
        penaltyAndInterestAlreadyDue: '320.00',
        penaltyAndInterestAsOf: '2026-10-15',
      })
      .expect(200);
    expect(response.body.opening).toEqual({ tax: '2000.00', penaltyAndInterest: '360.00', total: '2360.00' });
  });

  it('spares the penalty under the §12-723 extension safe harbour', async () => {
    const response = await testApp.http
      .post('/api/calculator/quote')
      .set(bearer(firm.tokens.assistant))
      .send({
        taxType: 'individual_income',
        tax: '10000.00',
        dueDate: '2026-04-15',
        extendedDueDate: '2026-10-15',
        asOf: '2026-10-15',
        payments: [{ date: '2026-04-15', amount: '9200.00' }],
      })
      .expect(200);
    expect(response.body).toMatchObject({ penalty: '0.00', interest: '48.00', total: '848.00' });
    const fraud = await testApp.http.post('/api/calculator/quote').set(bearer(firm.tokens.assistant)).send({ ...seedExample, penaltyKind: 'fraud' }).expect(200);
    expect(fraud.body).toMatchObject({ penalty: '500.00', total: '2620.00' });
    await testApp.http
      .post('/api/calculator/quote')
      .set(bearer(firm.tokens.assistant))
      .send({ ...seedExample, extendedDueDate: '2026-04-01' })
      .expect(400);
  });

  it('charges nothing for income tax due Saturday 2023-04-15 and paid the next business day, 2023-04-18 (§12-39a)', async () => {
    const response = await testApp.http
      .post('/api/calculator/quote')
      .set(bearer(firm.tokens.assistant))
      .send({ taxType: 'individual_income', tax: '1000.00', dueDate: '2023-04-15', asOf: '2023-05-01', payments: [{ date: '2023-04-18', amount: '1000.00' }] })
      .expect(200);
    expect(response.body).toMatchObject({ months: 0, penalty: '0.00', interest: '0.00', total: '0.00', timelyThrough: '2023-04-18' });
  });

  describe('bad input answers 400 naming the field', () => {
    it.each([
      ['quote', { ...seedExample, taxType: 'estate' }, 'taxType'],
      ['quote', { ...seedExample, tax: '-5.00' }, 'tax'],
      ['quote', { ...seedExample, tax: 2000 }, 'tax'],
      ['quote', { ...seedExample, tax: '10.001' }, 'tax'],
      ['quote', { ...seedExample, dueDate: '2026-02-30' }, 'dueDate'],
      ['quote', { ...seedExample, asOf: 'tomorrow' }, 'asOf'],
      ['quote', { ...seedExample, payments: [{ date: '2026-05-01', amount: 'lots' }] }, 'payments.0.amount'],
      ['quote', { ...seedExample, payments: Array.from({ length: 121 }, () => ({ date: '2026-05-01', amount: '1.00' })) }, 'payments'],
      ['quote', { ...seedExample, rate: '0.5' }, 'rate'],
      ['quote', { ...seedExample, penaltyKind: 'parking' }, 'penaltyKind'],
      ['deadlines', { noticeKind: 'parking_ticket', noticeDate: '2026-11-02' }, 'noticeKind'],
      ['deadlines', { noticeKind: 'r859_referral' }, 'noticeDate'],
      ['installment-plan', { taxType: 'individual_income', balance: '2000.00', dueDate: '2026-04-15', months: 13, startDate: '2026-12-01' }, 'months'],
      ['installment-plan', { taxType: 'individual_income', balance: '2000.00', dueDate: '2026-04-15', months: 1, startDate: '2026-12-01' }, 'months'],
      ['installment-plan', { taxType: 'individual_income', balance: '2000.00', dueDate: '2026-04-15', months: 6, startDate: '2026-12-01', penaltyAndInterestAlreadyDue: '320.00', penaltyAndInterestAsOf: '2026-12-02' }, 'penaltyAndInterestAsOf'],
    ])('%s with %j → %s', async (endpoint, body, field) => {
      const response = await testApp.http.post(`/api/calculator/${endpoint}`).set(bearer(firm.tokens.practitioner)).send(body).expect(400);
      expect(Object.keys(response.body.fields)).toEqual([field]);
    });

    it('passes the rules engine’s own refusals through as field errors', async () => {
      const response = await testApp.http
        .post('/api/calculator/projection')
        .set(bearer(firm.tokens.practitioner))
        .send({ taxType: 'individual_income', tax: '2000.00', dueDate: '2026-04-15', from: '2026-12-31', to: '2026-10-01' })
        .expect(400);
      expect(Object.keys(response.body.fields)).toEqual(['to']);
    });
  });

  describe('rule tables', () => {
    it('lists every effective rule with its citation, read-only for every role', async () => {
      const response = await testApp.http.get('/api/rules').set(bearer(firm.tokens.assistant)).expect(200);
      expect(response.body.rows.length).toBeGreaterThan(20);
      // The rules the Connecticut review added, each listed with its citation.
      expect(response.body.rows.map((row: { id: string }) => row.id)).toEqual(
        expect.arrayContaining([
          'calendar.payment_due_date_roll',
          'tax.sales.return_due_date',
          'tax.business_withholding.return_due_date',
          'payment.period_order',
          'penalty.extension_safe_harbour',
          'penalty.late_filing_no_tax_due',
          'penalty.commissioner_return',
          'penalty.deficiency_negligence',
          'penalty.deficiency_fraud',
          'penalty_waiver.compliance_first',
          'installment.not_under_criminal_investigation',
          'enforcement.warrant_served_by',
          'deadlines.protest_from_service',
          'alerts.hard_deadline_days',
          'notice.jeopardy_assessment.written_protest',
          'notice.collection_notice.respond_or_pay',
        ]),
      );
      for (const row of response.body.rows) {
        expect(row.citation.reference).toEqual(expect.any(String));
        expect(row.overridden).toBe(false);
      }
      await testApp.http.put('/api/rules/overrides').set(bearer(firm.tokens.practitioner)).send({ overrides: {} }).expect(403);
    });

    it("applies a firm's override to its own numbers only, and audits it", async () => {
      const overrides = { taxTypes: { individual_income: { latePaymentPenalty: { value: { rate: '0.15' } } } } };
      const saved = await testApp.http.put('/api/rules/overrides').set(bearer(firm.tokens.manager)).send({ overrides }).expect(200);
      const row = saved.body.rows.find((r: { id: string }) => r.id === 'tax.individual_income.late_payment_penalty');
      expect(row).toMatchObject({ overridden: true, value: { rate: '0.15' } });

      const ours = await testApp.http.post('/api/calculator/quote').set(bearer(firm.tokens.manager)).send(seedExample).expect(200);
      expect(ours.body).toMatchObject({ penalty: '300.00', total: '2420.00' });
      const theirs = await testApp.http.post('/api/calculator/quote').set(bearer(other.tokens.manager)).send(seedExample).expect(200);
      expect(theirs.body).toMatchObject({ penalty: '200.00', total: '2320.00' });

      const trail = await testApp.http.get('/api/audit-events?entityType=firm_rules').set(bearer(firm.tokens.manager)).expect(200);
      expect(trail.body.items[0].after).toEqual({ overrides });
    });

    it('refuses an invalid override naming its path, and keeps the previous rules', async () => {
      const response = await testApp.http
        .put('/api/rules/overrides')
        .set(bearer(firm.tokens.manager))
        .send({ overrides: { taxTypes: { sales: { latePaymentPenalty: { value: { rate: 'lots' } } } } } })
        .expect(400);
      expect(Object.keys(response.body.fields)[0]).toMatch(/taxTypes\.sales\.latePaymentPenalty/);
      const quote = await testApp.http.post('/api/calculator/quote').set(bearer(firm.tokens.manager)).send(seedExample).expect(200);
      expect(quote.body.penalty).toBe('300.00');
    });
  });
});
