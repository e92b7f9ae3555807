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
});
