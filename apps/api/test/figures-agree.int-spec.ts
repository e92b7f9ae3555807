import { bearer, createFirm, TestFirm } from './support/fixtures';
import { createTestApp, TestApp } from './support/test-app';

/**
 * The same figure everywhere (issue 11): for cases whose due dates fall on a weekend, a holiday, a month's
 * last day, with a waiver and with monthly withholding, the calculator's quote, the case read and the figures
 * the sweep stores (what lists sort and the dashboard adds up) agree to the cent.
 */
const TODAY = '2026-11-10';

describe('figures agree across the calculator, the case read and the sweep', () => {
  let testApp: TestApp;
  let firm: TestFirm;
  let clientId: string;
  let serial = 0;

  beforeAll(async () => {
    testApp = await createTestApp({}, { today: TODAY });
    firm = await createFirm(testApp, 'Same Figures LLP');
    clientId = (
      await testApp.http
        .post('/api/clients')
        .set(bearer(firm.tokens.manager))
        .send({ kind: 'business', legalName: 'Agreeable Widgets LLC' })
        .expect(201)
    ).body.id;
  });
  afterAll(() => testApp.close());

  const cases = [
    // Income tax due Saturday 2023-04-15 (timely through Tuesday the 18th); month 1 from April 16.
    { taxType: 'individual_income', taxDueDate: '2023-04-15', tax: '1000.00', kind: 'individual_income_balance_due' },
    // Withholding due on a 30-day month's last day: months end on month ends (Regs. §12-701(b)-1(a)(11)).
    { taxType: 'business_withholding', taxDueDate: '2026-04-30', tax: '2500.00', kind: 'business_tax_balance_due' },
    // Sales tax due on a month's last day: the same day number, clamped (§1-1).
    { taxType: 'sales', taxDueDate: '2026-04-30', tax: '2500.00', kind: 'business_tax_balance_due' },
    // Monthly withholding with no printed due date: assumed the 15th of the next month.
    {
      taxType: 'business_withholding',
      taxDueDate: undefined,
      tax: '800.00',
      kind: 'business_tax_balance_due',
      taxPeriods: [{ year: 2026, month: 3 }],
    },
  ] as const;

  it.each(cases)('$taxType due $taxDueDate', async (spec) => {
    serial += 1;
    const created = await testApp.http
      .post('/api/notices')
      .set(bearer(firm.tokens.practitioner))
      .send({
        clientId,
        kind: spec.kind,
        taxType: spec.taxType,
        taxPeriods: 'taxPeriods' in spec ? spec.taxPeriods : [{ year: 2025 }],
        noticeDate: '2026-10-01',
        ...(spec.taxDueDate ? { taxDueDate: spec.taxDueDate } : {}),
        accountNumber: '700100200',
        correspondenceId: `AGREE-${serial}`,
        stated: { tax: spec.tax, penalty: '0.00', interest: '0.00', credits: '0.00', balanceDue: spec.tax },
      })
      .expect(201);
    const read = created.body;
    if (!spec.taxDueDate) expect(read.taxDueDate).toBe('2026-04-15');
    const quote = await testApp.http
      .post('/api/calculator/quote')
      .set(bearer(firm.tokens.practitioner))
      .send({ taxType: spec.taxType, tax: spec.tax, dueDate: read.taxDueDate, asOf: TODAY })
      .expect(200);
    expect(read.figures).toMatchObject({
      balanceNow: quote.body.total,
      penaltyNow: quote.body.penalty,
      interestNow: quote.body.interest,
      monthsLate: quote.body.months,
    });

    // The sweep recomputes from nothing and stores the same balance.
    await testApp.dataSource.query(
      `UPDATE notice SET figures_as_of = NULL, figures_stable_until = NULL, balance_now = 0 WHERE id = $1`,
      [read.id],
    );
    await testApp.http.post('/api/sweeps').set(bearer(firm.tokens.manager)).send({ asOf: TODAY }).expect(201);
    const [stored] = await testApp.dataSource.query(
      `SELECT balance_now::text AS balance, risk_score FROM notice WHERE id = $1`,
      [read.id],
    );
    expect(stored).toEqual({ balance: quote.body.total, risk_score: read.figures.risk.score });
  });

  it('the weekend case owes from April 16 and the month-end cases differ by the chapter rule', async () => {
    const quote = async (taxType: string, dueDate: string, asOf: string) =>
      (
        await testApp.http
          .post('/api/calculator/quote')
          .set(bearer(firm.tokens.practitioner))
          .send({ taxType, tax: '1000.00', dueDate, asOf })
          .expect(200)
      ).body.months;
    expect(await quote('business_withholding', '2026-04-30', '2026-05-31')).toBe(1);
    expect(await quote('sales', '2026-04-30', '2026-05-31')).toBe(2);
  });

  // A letter that itemizes three quarters of sales tax: each accrues from its own due date (§12-414), so the
  // case is the calculator's quote of each quarter added up, in the read and in the sweep's stored figure.
  const quarters = [
    { year: 2025, quarter: 2, tax: '1200.00', penalty: '180.00', interest: '60.00' },
    { year: 2025, quarter: 3, tax: '800.00', penalty: '120.00', interest: '24.00', dueDate: '2025-10-31' },
    { year: 2025, quarter: 4, tax: '500.00', penalty: '75.00', interest: '5.00' },
  ];
  const itemizedNotice = (correspondenceId: string, overrides: Record<string, unknown> = {}) => ({
    clientId,
    kind: 'business_tax_balance_due',
    taxType: 'sales',
    taxPeriods: quarters,
    noticeDate: '2026-03-02',
    accountNumber: '700100200',
    correspondenceId,
    stated: { tax: '2500.00', penalty: '375.00', interest: '89.00', credits: '0.00', balanceDue: '2964.00' },
    ...overrides,
  });

  it('a notice billing several periods accrues each from its own due date, in the read and the sweep', async () => {
    const created = await testApp.http
      .post('/api/notices')
      .set(bearer(firm.tokens.practitioner))
      .send(itemizedNotice('AGREE-Q234'))
      .expect(201);
    const read = created.body;
    expect(read.taxDueDate).toBe('2025-07-31');
    expect(
      read.taxPeriods.map((period: { dueDate: string; dueDateAssumed: boolean }) => [
        period.dueDate,
        period.dueDateAssumed,
      ]),
    ).toEqual([
      ['2025-07-31', true],
      ['2025-10-31', false],
      // Q4 is due January 31, 2026, a Saturday: the date stays, payment is timely through Monday (§12-39a).
      ['2026-01-31', true],
    ]);
    let total = 0;
    for (const period of read.taxPeriods) {
      const quote = await testApp.http
        .post('/api/calculator/quote')
        .set(bearer(firm.tokens.practitioner))
        .send({ taxType: 'sales', tax: period.tax, dueDate: period.dueDate, asOf: TODAY })
        .expect(200);
      total += Math.round(Number(quote.body.total) * 100);
    }
    const expected = (total / 100).toFixed(2);
    expect(read.figures.balanceNow).toBe(expected);
    // Accrued as one sum from the earliest due date, it would be more: the case shows each period's own.
    const asOne = await testApp.http
      .post('/api/calculator/quote')
      .set(bearer(firm.tokens.practitioner))
      .send({ taxType: 'sales', tax: '2500.00', dueDate: '2025-07-31', asOf: TODAY })
      .expect(200);
    expect(Number(asOne.body.total)).toBeGreaterThan(Number(expected));

    await testApp.dataSource.query(
      `UPDATE notice SET figures_as_of = NULL, figures_stable_until = NULL, balance_now = 0 WHERE id = $1`,
      [read.id],
    );
    await testApp.http.post('/api/sweeps').set(bearer(firm.tokens.manager)).send({ asOf: TODAY }).expect(201);
    const [stored] = await testApp.dataSource.query(`SELECT balance_now::text AS balance FROM notice WHERE id = $1`, [
      read.id,
    ]);
    expect(stored.balance).toBe(expected);

    // A correction that sends the periods back as read keeps the printed due date and re-assumes the others.
    const corrected = await testApp.http
      .patch(`/api/notices/${read.id}`)
      .set(bearer(firm.tokens.practitioner))
      .send({ version: read.version, taxPeriods: read.taxPeriods, noticeDate: '2026-03-03' })
      .expect(200);
    expect(corrected.body.taxPeriods).toEqual(read.taxPeriods);
    expect(corrected.body.figures.balanceNow).toBe(expected);
  });

  it('refuses periods that do not add up, naming the field, and writes nothing', async () => {
    const refuse = async (body: object, field: string) => {
      const response = await testApp.http
        .post('/api/notices')
        .set(bearer(firm.tokens.practitioner))
        .send(body)
        .expect(400);
      expect(JSON.stringify(response.body)).toContain(field);
    };
    await refuse(
      itemizedNotice('AGREE-BAD1', { taxPeriods: [{ ...quarters[0], tax: '1100.00' }, quarters[1], quarters[2]] }),
      'stated.tax',
    );
    await refuse(
      itemizedNotice('AGREE-BAD2', { taxPeriods: [quarters[0], { year: 2025, quarter: 3 }, quarters[2]] }),
      'taxPeriods.1.tax',
    );
    await refuse(itemizedNotice('AGREE-BAD3', { taxDueDate: '2025-10-31' }), 'taxDueDate');
    await refuse(
      itemizedNotice('AGREE-BAD4', {
        taxPeriods: [{ ...quarters[0], dueDate: '2025-13-01' }, quarters[1], quarters[2]],
      }),
      'taxPeriods.0.dueDate',
    );
    const [{ count }] = await testApp.dataSource.query(
      `SELECT count(*)::int AS count FROM notice WHERE correspondence_id LIKE 'AGREE-BAD%'`,
    );
    expect(count).toBe(0);
  });

  // §12-39m: a payment under protest is a cash-bond deposit, split between tax and interest by ratio; the
  // case, the sweep and the calculator (cashBond: true) must all apply it that way.
  it('a payment under protest is applied as a cash bond in the read, the sweep and the calculator', async () => {
    const created = await testApp.http
      .post('/api/notices')
      .set(bearer(firm.tokens.practitioner))
      .send({
        clientId,
        kind: 'proposed_assessment',
        taxType: 'individual_income',
        taxPeriods: [{ year: 2024 }],
        noticeDate: '2026-06-01',
        taxDueDate: '2025-04-15',
        accountNumber: '700100200',
        correspondenceId: 'AGREE-BOND',
        stated: { tax: '10000.00', penalty: '1000.00', interest: '1400.00', credits: '0.00', balanceDue: '12400.00' },
      })
      .expect(201);
    const paid = await testApp.http
      .post(`/api/notices/${created.body.id}/payments`)
      .set(bearer(firm.tokens.practitioner))
      .send({ amount: '5000.00', date: '2026-07-01', method: 'certified_funds', payUnderProtest: true })
      .expect(201);
    const quote = async (cashBond: boolean) =>
      (
        await testApp.http
          .post('/api/calculator/quote')
          .set(bearer(firm.tokens.practitioner))
          .send({
            taxType: 'individual_income',
            tax: '10000.00',
            dueDate: '2025-04-15',
            asOf: TODAY,
            payments: [{ date: '2026-07-01', amount: '5000.00', ...(cashBond ? { cashBond } : {}) }],
          })
          .expect(200)
      ).body;
    const bond = await quote(true);
    expect(bond.payments[0].toInterest).not.toBe('0.00');
    expect(paid.body.notice.figures.balanceNow).toBe(bond.total);
    // Treated as an ordinary payment (all to tax) it would show less than DRS will ask for.
    expect(Number((await quote(false)).total)).toBeLessThan(Number(bond.total));

    await testApp.dataSource.query(
      `UPDATE notice SET figures_as_of = NULL, figures_stable_until = NULL, balance_now = 0 WHERE id = $1`,
      [created.body.id],
    );
    await testApp.http.post('/api/sweeps').set(bearer(firm.tokens.manager)).send({ asOf: TODAY }).expect(201);
    const [stored] = await testApp.dataSource.query(`SELECT balance_now::text AS balance FROM notice WHERE id = $1`, [
      created.body.id,
    ]);
    expect(stored.balance).toBe(bond.total);
  });

  // Issue 11: the penalty a notice assesses (Regs. §12-728(a)-2's negligence 10%) and a return's extension
  // (§12-723's safe harbour) are the case's, not only the calculator's.
  it.each([
    { penaltyKind: 'negligence', extendedDueDate: undefined, payments: [] },
    {
      penaltyKind: undefined,
      extendedDueDate: '2025-10-15',
      // 5% unpaid at the due date, the rest (and its interest) paid before the extended date: no penalty.
      payments: [
        { date: '2025-04-15', amount: '950.00' },
        { date: '2025-10-01', amount: '53.00' },
      ],
    },
  ])('a case with penalty $penaltyKind and extension $extendedDueDate agrees with the calculator', async (spec) => {
    serial += 1;
    const created = await testApp.http
      .post('/api/notices')
      .set(bearer(firm.tokens.practitioner))
      .send({
        clientId,
        kind: 'proposed_assessment',
        taxType: 'individual_income',
        taxPeriods: [{ year: 2024 }],
        noticeDate: '2026-10-01',
        taxDueDate: '2025-04-15',
        ...(spec.penaltyKind ? { penaltyKind: spec.penaltyKind } : {}),
        ...(spec.extendedDueDate ? { extendedDueDate: spec.extendedDueDate } : {}),
        accountNumber: '700100200',
        correspondenceId: `AGREE-KIND-${serial}`,
        stated: { tax: '1000.00', penalty: '0.00', interest: '0.00', credits: '0.00', balanceDue: '1000.00' },
      })
      .expect(201);
    let read = created.body;
    expect(read).toMatchObject({
      penaltyKind: spec.penaltyKind ?? 'late_payment',
      extendedDueDate: spec.extendedDueDate ?? null,
    });
    for (const payment of spec.payments) {
      read = (
        await testApp.http
          .post(`/api/notices/${read.id}/payments`)
          .set(bearer(firm.tokens.practitioner))
          .send({ ...payment, method: 'myconnect' })
          .expect(201)
      ).body.notice;
    }
    const quote = await testApp.http
      .post('/api/calculator/quote')
      .set(bearer(firm.tokens.practitioner))
      .send({
        taxType: 'individual_income',
        tax: '1000.00',
        dueDate: '2025-04-15',
        asOf: TODAY,
        payments: spec.payments,
        ...(spec.penaltyKind ? { penaltyKind: spec.penaltyKind } : {}),
        ...(spec.extendedDueDate ? { extendedDueDate: spec.extendedDueDate } : {}),
      })
      .expect(200);
    expect(read.figures).toMatchObject({ balanceNow: quote.body.total, penaltyNow: quote.body.penalty });
    expect(quote.body.penalty).toBe(spec.extendedDueDate ? '0.00' : '100.00');
    await testApp.dataSource.query(
      `UPDATE notice SET figures_as_of = NULL, figures_stable_until = NULL, balance_now = 0 WHERE id = $1`,
      [read.id],
    );
    await testApp.http.post('/api/sweeps').set(bearer(firm.tokens.manager)).send({ asOf: TODAY }).expect(201);
    const [stored] = await testApp.dataSource.query(`SELECT balance_now::text AS balance FROM notice WHERE id = $1`, [
      read.id,
    ]);
    expect(stored.balance).toBe(quote.body.total);
  });

  it('refuses an extension that is not after the due date, or on a notice of several periods', async () => {
    const base = {
      clientId,
      kind: 'proposed_assessment',
      taxType: 'individual_income',
      taxPeriods: [{ year: 2024 }],
      noticeDate: '2026-10-01',
      taxDueDate: '2025-04-15',
      accountNumber: '700100200',
      correspondenceId: 'AGREE-EXT-BAD',
      stated: { tax: '1000.00', penalty: '0.00', interest: '0.00', credits: '0.00', balanceDue: '1000.00' },
    };
    for (const body of [
      { ...base, extendedDueDate: '2025-04-01' },
      { ...base, taxPeriods: [{ year: 2023 }, { year: 2024 }], taxDueDate: undefined, extendedDueDate: '2025-10-15' },
      { ...base, penaltyKind: 'sloppiness' },
    ]) {
      const response = await testApp.http
        .post('/api/notices')
        .set(bearer(firm.tokens.practitioner))
        .send(body)
        .expect(400);
      expect(JSON.stringify(response.body)).toMatch(/extendedDueDate|penaltyKind/);
    }
  });
});
