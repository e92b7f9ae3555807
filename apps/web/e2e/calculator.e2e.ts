import type { Page } from '@playwright/test';
import { expect, screenshot, signIn, test } from './support/app';

/** The bearer token the signed-in page holds (AuthService keeps the session in sessionStorage). */
async function pageToken(page: Page): Promise<string> {
  const token = await page.evaluate(() => {
    const raw = sessionStorage.getItem('nutmeg.session');
    return raw ? (JSON.parse(raw) as { accessToken?: string }).accessToken : undefined;
  });
  if (!token) throw new Error('The page holds no session token');
  return token;
}

/** "$2,340.00" → "2340.00", the api's form. */
function amountOf(text: string): string {
  return text.trim().replace(/[$,]/g, '');
}

async function openCalculator(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calculator' }).click();
  await expect(page).toHaveURL(/\/calculator$/);
  await expect(page.getByRole('heading', { name: 'Calculator', level: 1 })).toBeVisible();
}

async function enterSeedExample(page: Page): Promise<void> {
  // By keyboard: the floating label lies over the select, which Playwright counts as covered.
  await page.getByRole('combobox', { name: 'Tax type' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'Individual income tax' }).click();
  await page.getByLabel('Tax amount').fill('2000.00');
  await page.getByLabel('Original due date').fill('2026-04-15');
  await page.getByLabel('Pay-by date').fill('2026-10-15');
}

test('the calculator works out a late income tax as it is typed, and agrees with the api', async ({ page }) => {
  await signIn(page, 'practitioner');
  await openCalculator(page);
  await expect(page.getByTestId('rules-status')).toHaveText("Your firm's rules: the Connecticut defaults");

  await enterSeedExample(page);
  await expect(page.getByTestId('months-late')).toHaveText('6');
  await expect(page.getByTestId('penalty')).toHaveText('$200.00');
  await expect(page.getByTestId('interest')).toHaveText('$120.00');
  await expect(page.getByTestId('total')).toHaveText('$2,320.00');
  await expect(page.getByTestId('cost-of-waiting')).toContainText('Pay by 2026-10-15 to avoid another $20.00.');
  await expect(page.getByRole('figure').locator('svg[role=img] path.line')).toBeVisible();
  await screenshot(page, 'calculator');

  await page.getByLabel('Pay-by date').fill('2026-10-16');
  await expect(page.getByTestId('total')).toHaveText('$2,340.00');
  const shown = {
    months: await page.getByTestId('months-late').innerText(),
    penalty: amountOf(await page.getByTestId('penalty').innerText()),
    interest: amountOf(await page.getByTestId('interest').innerText()),
    total: amountOf(await page.getByTestId('total').innerText()),
  };

  // The same question to the server, with the page's own session: the numbers must be the same.
  const response = await page.request.post('/api/calculator/quote', {
    headers: { Authorization: `Bearer ${await pageToken(page)}` },
    data: { taxType: 'individual_income', tax: '2000.00', dueDate: '2026-04-15', asOf: '2026-10-16' },
  });
  expect(response.status()).toBe(200);
  const quote = (await response.json()) as { months: number; penalty: string; interest: string; total: string };
  expect(quote.total).toBe(shown.total);
  expect({
    months: String(quote.months),
    penalty: quote.penalty,
    interest: quote.interest,
    total: quote.total,
  }).toEqual(shown);
});

test('an amount with three decimals is pointed at beside the field, without totals', async ({ page }) => {
  await signIn(page, 'assistant');
  await openCalculator(page);
  await enterSeedExample(page);
  await expect(page.getByTestId('total')).toHaveText('$2,320.00');

  await page.getByLabel('Tax amount').fill('12.345');
  await expect(page.getByTestId('tax-error')).toHaveText(
    'Enter dollars and cents with at most 2 decimals, like 2000.00.',
  );
  await expect(page.getByLabel('Tax amount')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('total')).toHaveCount(0);
  await screenshot(page, 'calculator-invalid-amount');
});

test('notice deadlines and an installment plan match the api', async ({ page }) => {
  await signIn(page, 'manager');
  await openCalculator(page);
  const token = await pageToken(page);

  const deadlines = page.getByRole('region', { name: 'Deadlines for a notice' });
  await deadlines.getByRole('combobox', { name: 'Notice kind' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'R859 private collection referral' }).click();
  await deadlines.getByLabel('Notice date').fill('2026-11-04');
  const row = deadlines.getByRole('row').nth(1);
  // A letter-set date: not moved off its Saturday; the row says to act the Friday before.
  await expect(row.getByTestId('due-date')).toHaveText('2026-11-14');
  await expect(row).toContainText('act by Friday 2026-11-13');
  const fromApi = await page.request.post('/api/calculator/deadlines', {
    headers: { Authorization: `Bearer ${token}` },
    data: { noticeKind: 'r859_referral', noticeDate: '2026-11-04' },
  });
  expect(((await fromApi.json()) as { deadlines: { dueDate: string }[] }).deadlines.map((d) => d.dueDate)).toEqual([
    '2026-11-14',
  ]);

  await enterSeedExample(page);
  const plan = page.getByRole('region', { name: 'Installment plan' });
  await plan.getByLabel('First payment date').fill('2026-11-01');
  await expect(plan.getByTestId('plan-monthly')).toHaveText('$396.75');
  const planFromApi = await page.request.post('/api/calculator/installment-plan', {
    headers: { Authorization: `Bearer ${token}` },
    data: {
      taxType: 'individual_income',
      balance: '2000.00',
      dueDate: '2026-04-15',
      months: 6,
      startDate: '2026-11-01',
    },
  });
  const schedule = (await planFromApi.json()) as { monthlyAmountForTargetPayoff: string; payoffTotal: string };
  expect(schedule.monthlyAmountForTargetPayoff).toBe(amountOf(await plan.getByTestId('plan-monthly').innerText()));
  expect(schedule.payoffTotal).toBe(amountOf(await plan.getByTestId('plan-total').innerText()));
});

test.describe('at tablet width', () => {
  test.use({ viewport: { width: 800, height: 1100 } });

  test('the calculator fits without scrolling sideways', async ({ page }) => {
    await signIn(page, 'practitioner');
    await page.goto('/calculator');
    await enterSeedExample(page);
    await expect(page.getByTestId('total')).toHaveText('$2,320.00');
    const overflow = await page.evaluate(() => {
      const content = document.querySelector('mat-sidenav-content');
      return content ? content.scrollWidth - content.clientWidth : 0;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'calculator-tablet');
  });
});

test('docs screenshot of the calculator', async ({ page }) => {
  test.skip(!process.env['UPDATE_SCREENSHOTS'], 'set UPDATE_SCREENSHOTS=1 to refresh docs/screenshots/calculator.png');
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'practitioner');
  await openCalculator(page);
  await enterSeedExample(page);
  await expect(page.getByTestId('total')).toHaveText('$2,320.00');
  await page.mouse.move(0, 0);
  await screenshot(page, 'calculator', 'docs/screenshots/calculator.png');
});
