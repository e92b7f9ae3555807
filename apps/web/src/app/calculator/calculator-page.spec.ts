import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { RuleOverrides } from '@nutmeg/domain';
import { find, storeSession, textOf, typeInto } from '../testing/fixtures';
import { CalculatorPage } from './calculator-page';
import { TODAY } from './today';

describe('CalculatorPage', () => {
  let fixture: ComponentFixture<CalculatorPage>;
  let http: HttpTestingController;
  const element = (): HTMLElement => fixture.nativeElement;

  async function render(overrides: RuleOverrides | 'fail' = {}): Promise<void> {
    sessionStorage.clear();
    storeSession('practitioner');
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: TODAY, useValue: () => '2026-11-25' }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CalculatorPage);
    await fixture.whenStable();
    const request = http.expectOne('/api/rules');
    if (overrides === 'fail') request.flush({ statusCode: 500, message: 'boom' }, { status: 500, statusText: 'x' });
    else request.flush({ rows: [], overrides });
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  /** The form field whose label reads `label`, inside `root` (the page, or one card). */
  function formField(label: string, root: ParentNode = element()): HTMLElement {
    const match = Array.from(root.querySelectorAll<HTMLElement>('mat-form-field')).find(
      (field) => textOf(field.querySelector('mat-label')) === label,
    );
    if (!match) throw new Error(`No field labelled ${label}`);
    return match;
  }

  async function type(label: string, value: string, root?: ParentNode): Promise<void> {
    typeInto(find<HTMLInputElement>(formField(label, root), 'input'), value);
    await fixture.whenStable();
  }

  async function choose(label: string, option: string, root?: ParentNode): Promise<void> {
    find(formField(label, root), '.mat-mdc-select-trigger').click();
    await fixture.whenStable();
    const match = Array.from(document.querySelectorAll<HTMLElement>('mat-option')).find(
      (candidate) => textOf(candidate) === option,
    );
    if (!match) throw new Error(`No option ${option}`);
    match.click();
    await fixture.whenStable();
  }

  const cells = (row: Element): string[] => Array.from(row.querySelectorAll('td'), (cell) => textOf(cell));
  const figure = (testId: string): string => textOf(element().querySelector(`[data-testid=${testId}]`));

  async function enterSeedExample(payBy = '2026-10-15'): Promise<void> {
    await type('Tax amount', '2000.00');
    await type('Original due date', '2026-04-15');
    await type('Pay-by date', payBy);
  }

  it('asks for the inputs first, with the pay-by date set to today in Connecticut', async () => {
    await render();
    expect(find<HTMLInputElement>(formField('Pay-by date'), 'input').value).toBe('2026-11-25');
    expect(textOf(find(element(), '[data-testid=quote-empty]'))).toBe(
      'Enter the tax amount and its original due date to see what is owed.',
    );
    expect(element().querySelector('[data-testid=total]')).toBeNull();
    expect(figure('rules-status')).toBe("Your firm's rules: the Connecticut defaults");
  });

  it('works out the seed example: $2,000 income tax due 2026-04-15, paid 2026-10-15, is $2,320.00', async () => {
    await render();
    await enterSeedExample();

    expect(figure('months-late')).toBe('6');
    expect(figure('penalty')).toBe('$200.00');
    expect(figure('interest')).toBe('$120.00');
    expect(figure('paid')).toBe('$0.00');
    expect(figure('total')).toBe('$2,320.00');
    expect(figure('cost-of-waiting')).toContain('Pay by 2026-10-15 to avoid another $20.00.');
    expect(figure('cost-of-waiting')).toContain('From 2026-10-16 the payoff is $2,340.00.');

    const months = element().querySelectorAll('[data-testid=quote] table tbody tr');
    expect(months).toHaveLength(6);
    expect(cells(months[0])).toEqual(['1', '2026-04-16 – 2026-05-15', '$2,000.00', '$20.00']);

    const rules = find(element(), '[data-testid=rules-applied]');
    expect(textOf(rules)).toContain('Late-payment penalty: 10% of the tax unpaid at the due date');
    const statute = find<HTMLAnchorElement>(rules, 'a[href*="cga.ct.gov"]');
    expect(textOf(statute)).toBe('Conn. Gen. Stat. §12-735(a)');
    expect(statute.rel).toContain('noopener');

    const chart = find(element(), 'nm-payoff-chart');
    expect(find(chart, 'path.line').getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+H/);
    expect(textOf(chart.querySelector('figcaption'))).toContain('$2,000.00 on 2026-04-15');
    expect(textOf(chart.querySelector('.marker'))).toBe('Pay by 2026-10-15: $2,320.00');
  });

  it('adds a month of interest one day later: $2,340.00', async () => {
    await render();
    await enterSeedExample();
    await type('Pay-by date', '2026-10-16');

    expect(figure('months-late')).toBe('7');
    expect(figure('interest')).toBe('$140.00');
    expect(figure('total')).toBe('$2,340.00');
  });

  it('says a tax due on a Saturday is on time through the next business day (§12-39a), and charges nothing then', async () => {
    await render();
    await type('Tax amount', '1000.00');
    await type('Original due date', '2023-04-15');
    await type('Pay-by date', '2023-04-18');

    expect(figure('total')).toBe('$1,000.00');
    expect(figure('penalty')).toBe('$0.00');
    expect(figure('timely-through')).toContain('paid by 2023-04-18, the next business day');
    await type('Pay-by date', '2023-04-19');
    expect(figure('penalty')).toBe('$100.00');
    expect(figure('interest')).toBe('$10.00');
  });

  it('points at an amount with three decimals beside the field and shows no totals', async () => {
    await render();
    await enterSeedExample();
    await type('Tax amount', '12.345');

    expect(figure('tax-error')).toBe('Enter dollars and cents with at most 2 decimals, like 2000.00.');
    expect(find(formField('Tax amount'), 'input').getAttribute('aria-invalid')).toBe('true');
    expect(element().querySelector('[data-testid=total]')).toBeNull();
    expect(textOf(find(element(), '[data-testid=quote-invalid]'))).toBe(
      'Fix the highlighted field to see what is owed.',
    );

    await type('Tax amount', '$2,000.00');
    expect(figure('total')).toBe('$2,320.00');
  });

  it('counts payments, and asks for the missing half of a payment row', async () => {
    await render();
    await enterSeedExample();
    find<HTMLButtonElement>(element(), '[data-testid=add-payment]').click();
    await fixture.whenStable();
    expect(document.activeElement).toBe(find(formField('Payment 1 date'), 'input'));

    await type('Payment 1 date', '2026-04-15');
    expect(textOf(formField('Payment 1 amount').querySelector('mat-error'))).toBe('Enter the amount paid.');
    expect(element().querySelector('[data-testid=total]')).toBeNull();

    // Paid on the due date: $1,000 of tax was never late, so penalty and interest are on $1,000.
    await type('Payment 1 amount', '1000.00');
    expect(figure('paid')).toBe('$1,000.00');
    expect(figure('penalty')).toBe('$100.00');
    expect(figure('interest')).toBe('$60.00');
    expect(figure('total')).toBe('$1,160.00');

    find<HTMLButtonElement>(element(), 'button[aria-label="Remove payment 1"]').click();
    await fixture.whenStable();
    expect(figure('total')).toBe('$2,320.00');
    expect(document.activeElement).toBe(find(element(), '[data-testid=add-payment]'));
  });

  it('lists the deadlines of an R859 notice: its Saturday referral date is not moved, act by Friday', async () => {
    await render();
    const card = find(element(), 'nm-deadlines-card');
    expect(textOf(card.querySelector('nm-state-panel'))).toContain('Enter the date printed on the notice');

    await choose('Notice kind', 'R859 private collection referral', card);
    await type('Notice date', '2026-11-04', card);

    const rows = card.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(1);
    const due = find(rows[0], 'td.mat-column-dueDate');
    expect(textOf(due.querySelector('[data-testid=due-date]'))).toBe('2026-11-14');
    expect(rows[0].querySelector('[data-testid=rolled]')).toBeNull();
    expect(textOf(rows[0])).toContain('2026-11-14 is a Saturday; this date is not moved, so act by Friday 2026-11-13.');
    expect(textOf(find(rows[0], '.chip'))).toBe('Hard');
    expect(textOf(rows[0])).toContain('Referral to private collection');
    expect(textOf(rows[0])).toContain('10 days after the notice date');

    await type('Received date (optional)', '2026-11-01', card);
    expect(textOf(formField('Received date (optional)', card).querySelector('mat-error'))).toBe(
      'The received date cannot be before the notice date.',
    );
  });

  it('plans installments on the unpaid tax from the first card', async () => {
    await render();
    await enterSeedExample();
    const card = find(element(), 'nm-installment-card');
    await type('First payment date', '2026-11-01', card);

    expect(textOf(find(card, '[data-testid=plan-monthly]'))).toBe('$396.75');
    expect(textOf(find(card, '[data-testid=plan-total]'))).toBe('$2,380.49');
    expect(card.querySelectorAll('tbody tr')).toHaveLength(6);

    await choose('Months', '12 months', card);
    expect(card.querySelectorAll('tbody tr')).toHaveLength(12);

    await type('First payment date', '2026-04-01', card);
    expect(textOf(formField('First payment date', card).querySelector('mat-error'))).toBe(
      "The first payment must come after the tax's due date.",
    );
  });

  it("computes with the firm's own rules", async () => {
    await render({ taxTypes: { individual_income: { latePaymentPenalty: { value: { rate: '0.15' } } } } });
    await enterSeedExample();
    expect(figure('penalty')).toBe('$300.00');
    expect(figure('total')).toBe('$2,420.00');
  });

  it("says so when the firm's rules cannot be loaded, and uses the defaults", async () => {
    await render('fail');
    expect(textOf(find(element(), '.warning[role=alert]'))).toContain("Your firm's rule changes could not be loaded.");
    await enterSeedExample();
    expect(figure('total')).toBe('$2,320.00');

    find<HTMLButtonElement>(element(), '.warning button').click();
    http.expectOne('/api/rules').flush({ rows: [], overrides: {} });
    await fixture.whenStable();
    expect(element().querySelector('.warning')).toBeNull();
  });
});
