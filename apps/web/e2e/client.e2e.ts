import type { APIRequestContext } from '@playwright/test';
import { clientRows, DEMO_PASSWORD, expect, screenshot, signIn, test } from './support/app';

type Headers = Record<string, string>;

async function apiHeaders(request: APIRequestContext, role: 'manager' | 'assistant'): Promise<Headers> {
  const response = await request.post('/api/auth/login', { data: { email: `${role}@demo.test`, password: DEMO_PASSWORD } });
  expect(response.ok()).toBe(true);
  return { Authorization: `Bearer ${((await response.json()) as { accessToken: string }).accessToken}` };
}

function isoDay(days = 0): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

async function post<T>(request: APIRequestContext, headers: Headers, url: string, data: object): Promise<T> {
  const response = await request.post(url, { headers, data });
  expect(response.status(), `${url}: ${await response.text()}`).toBe(201);
  return (await response.json()) as T;
}

// Wide enough for the POA grid's columns beside each other.
test.use({ viewport: { width: 1280, height: 800 } });

test('an assistant records an LGL-001 that replaces an earlier one, and revokes another', async ({ page, request }) => {
  test.slow();
  // A client of this test's own, so no other spec's data moves under it (and it adds no case to the board).
  const manager = await apiHeaders(request, 'manager');
  const users = (await (await request.get('/api/users', { headers: manager })).json()) as Array<{
    id: string;
    fullName: string;
    role: string;
  }>;
  const paul = users.find((user) => user.role === 'practitioner');
  const alice = users.find((user) => user.role === 'assistant');
  if (!paul || !alice) throw new Error('the demo firm has a practitioner and an assistant');
  const legalName = `E2E POA Client ${Date.now()}`;
  const client = await post<{ id: string }>(request, manager, '/api/clients', {
    kind: 'individual',
    legalName,
    address: { city: 'Hartford', state: 'CT', postalCode: '06103' },
    hasW2Wages: true,
    employerName: 'Travelers',
    knownBankAccounts: 2,
  });
  const earlier = { status: 'active', signedOn: isoDay(-400), filedOn: isoDay(-399), effectiveOn: isoDay(-399) };
  await post(request, manager, '/api/poa', {
    clientId: client.id,
    representativeId: paul.id,
    taxTypes: ['individual_income'],
    periods: [{ fromYear: 2019, toYear: 2024 }],
    ...earlier,
    confirmationNumber: 'E2E-OLD-1',
    expiresOn: isoDay(20),
  });
  await post(request, manager, '/api/poa', {
    clientId: client.id,
    representativeId: paul.id,
    taxTypes: ['individual_use'],
    periods: [{ fromYear: 2022, toYear: 2024 }],
    ...earlier,
    confirmationNumber: 'E2E-USE-1',
  });

  // The clients list links each client to their page.
  await signIn(page, 'assistant');
  await page.getByLabel('Search by name').fill(legalName);
  await expect(clientRows(page)).toHaveCount(1);
  await clientRows(page).first().getByRole('link', { name: legalName }).click();
  await expect(page).toHaveURL(new RegExp(`/clients/${client.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(legalName);
  await expect(page).toHaveTitle(`${legalName} · Nutmeg`);
  await expect(page.getByTestId('exposure-facts')).toContainText('Travelers');

  // The grid: Paul covers income tax 2019–2024, expiring within 30 days; use tax 2022–2024.
  const grid = page.getByTestId('poa-grid');
  const cell = (taxType: string, period: string) =>
    grid.locator(`td[data-tax-type=${taxType}][data-period="${period}"]`);
  await expect(cell('individual_income', '2024')).toHaveAttribute('data-state', 'expiring');
  await expect(cell('individual_income', '2024')).toContainText('Paul');
  await expect(cell('individual_use', '2023')).toHaveAttribute('data-state', 'covered');

  // Add an LGL-001 naming Alice for income tax 2023–2026: it revokes Paul's for the shared years.
  await page.getByTestId('add-poa').click();
  const dialog = page.getByRole('dialog', { name: 'Add power of attorney (LGL-001)' });
  await dialog.getByRole('combobox', { name: 'Representative' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: alice.fullName }).click();
  await dialog.getByRole('combobox', { name: 'Tax types' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('option', { name: 'Individual income tax' }).click();
  await page.keyboard.press('Tab');
  await dialog.getByLabel('Years or periods').fill('2023-2026');
  await dialog.getByRole('checkbox', { name: 'Receive (not endorse) refund checks' }).check();
  await dialog.getByLabel('Signed on').fill(isoDay(-3));
  await dialog.getByLabel('Filed on').fill(isoDay(-2));
  await dialog.getByLabel('myconneCT confirmation').fill(`E2E-NEW-${Date.now()}`);
  await dialog.getByLabel('Expires on').fill(isoDay(1000));
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/poa') && r.request().method() === 'POST');
  await dialog.getByRole('button', { name: 'Record POA' }).click();
  expect((await saved).status()).toBe(201);
  await expect(dialog).toBeHidden();

  const note = page.getByTestId('poa-recorded');
  await expect(note).toContainText(`POA naming ${alice.fullName} recorded.`);
  await expect(note).toContainText('it revoked this earlier POA');
  await expect(note.getByTestId('poa-revoked-item')).toContainText(
    "Paul Ortiz's POA for individual income tax 2019–2024 (shared: individual income tax",
  );
  await expect(cell('individual_income', '2025')).toHaveAttribute('data-state', 'covered');
  await expect(cell('individual_income', '2025')).toContainText(alice.fullName);
  await expect(cell('individual_income', '2019')).toHaveAttribute('data-state', 'none');
  const items = page.getByTestId('poa-item');
  await expect(items.filter({ hasText: 'E2E-OLD-1' }).getByTestId('poa-status')).toHaveText('Revoked');

  // Revoke Paul's use-tax POA, after confirming.
  await page.getByRole('button', { name: "Revoke Paul Ortiz's POA for individual use tax 2022–2024" }).click();
  const confirm = page.getByRole('dialog', { name: 'Revoke power of attorney?' });
  await expect(confirm).toContainText('Paul Ortiz will no longer be authorised for individual use tax 2022–2024');
  const revoked = page.waitForResponse((r) => r.url().endsWith('/revoke'));
  await confirm.getByRole('button', { name: 'Revoke' }).click();
  expect((await revoked).ok()).toBe(true);
  await expect(page.locator('mat-snack-bar-container', { hasText: "Revoked Paul Ortiz's POA" })).toBeVisible();
  await expect(items.filter({ hasText: 'E2E-USE-1' }).getByTestId('poa-status')).toHaveText('Revoked');
  await expect(cell('individual_use', '2023')).toHaveAttribute('data-state', 'none');
  await page.mouse.move(0, 0);
  await page.getByRole('heading', { name: 'Power of attorney (LGL-001)' }).evaluate((heading) => heading.scrollIntoView());
  await screenshot(page, 'client');
});

test('the client page fits a tablet', async ({ page, request }) => {
  const manager = await apiHeaders(request, 'manager');
  const client = await post<{ id: string }>(request, manager, '/api/clients', {
    kind: 'business',
    legalName: `E2E Tablet Client ${Date.now()}`,
  });
  await page.setViewportSize({ width: 768, height: 1024 });
  await signIn(page, 'assistant');
  await page.goto(`/clients/${client.id}`);
  await expect(page.getByTestId('poa-list-empty')).toBeVisible();
  await expect(page.getByText('No notices for this client.')).toBeVisible();
  await expect(page.getByText('No calls with DRS logged for this client.')).toBeVisible();
  // Nothing wider than the screen: no sideways scrolling of the page.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
  await screenshot(page, 'client-tablet');
});
