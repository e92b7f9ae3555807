import type { APIRequestContext, Page } from '@playwright/test';
import type { DashboardSummary, NoticeListFilter, NoticeView, Page as ListPage } from '@nutmeg/contracts';
import { expect, screenshot, signIn, test } from './support/app';

const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** The figure as the page shows it: the api's exact decimal string, formatted for display. */
function usd(amount: string): string {
  return USD.format(Number(amount));
}

/** The signed-in user's bearer token, as the web app keeps it (sessionStorage, key nutmeg.session). */
async function tokenOf(page: Page): Promise<string> {
  const token = await page.evaluate(
    () => (JSON.parse(sessionStorage.getItem('nutmeg.session') ?? '{}') as { accessToken?: string }).accessToken,
  );
  if (!token) throw new Error('not signed in');
  return token;
}

async function getJson<T>(request: APIRequestContext, token: string, path: string): Promise<T> {
  const response = await request.get(path, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.ok(), `${path} answered ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

/** Waits until the page shows the cases list filtered exactly by `filter` (in any parameter order). */
async function expectCasesFilteredBy(page: Page, filter: NoticeListFilter): Promise<void> {
  const expected = Object.fromEntries(Object.entries(filter).map(([key, value]) => [key, String(value)]));
  await expect
    .poll(() => {
      const url = new URL(page.url());
      return { path: url.pathname, query: Object.fromEntries(url.searchParams) };
    })
    .toEqual({ path: '/cases', query: expected });
}

async function openDashboard(page: Page): Promise<DashboardSummary> {
  const answered = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/dashboard');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  const response = await answered;
  expect(response.ok()).toBe(true);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page).toHaveTitle('Dashboard · Nutmeg');
  return (await response.json()) as DashboardSummary;
}

test('a manager reads the dashboard and opens the overdue cases behind its figure', async ({ page }) => {
  await signIn(page, 'manager', 'board');
  const summary = await openDashboard(page);

  // The headline figures are the api's.
  const overdue = page.getByTestId('figure-overdue');
  await expect(overdue.getByTestId('figure-notices')).toHaveText(String(summary.overdue.notices));
  await expect(overdue.getByTestId('figure-deadlines')).toHaveText(String(summary.overdue.deadlines));
  await expect(overdue.getByTestId('figure-balance')).toHaveText(usd(summary.overdue.balance));
  const week = page.getByTestId('figure-dueThisWeek');
  await expect(week.getByTestId('figure-notices')).toHaveText(String(summary.dueThisWeek.notices));
  await expect(week.getByTestId('figure-balance')).toHaveText(usd(summary.dueThisWeek.balance));
  await expect(page.getByTestId('figure-open').getByTestId('figure-notices')).toHaveText(String(summary.open.notices));

  // So are the cards: aging, exposure, workload, heatmap and sweep.
  for (const bucket of summary.aging) {
    await expect(page.getByTestId(`aging-${bucket.bucket}`)).toContainText(
      `${bucket.notices} ${bucket.notices === 1 ? 'notice' : 'notices'}`,
    );
  }
  for (const level of summary.exposureByRisk) {
    await expect(page.getByTestId(`exposure-${level.level}`)).toContainText(usd(level.balance));
  }
  for (const row of summary.workload) {
    const line = page.getByTestId(`workload-${row.assignee?.id ?? 'unassigned'}`);
    await expect(line.getByTestId('workload-open')).toHaveText(String(row.open));
    await expect(line.getByTestId('workload-overdue')).toHaveText(String(row.overdue));
  }
  const heatmap = page.getByTestId('heatmap');
  for (const cell of summary.heatmap) {
    await expect(heatmap.locator(`tr[data-mechanism=${cell.mechanism}] td[data-level=${cell.level}]`)).toHaveText(
      String(cell.notices),
    );
  }
  await expect(page.getByTestId('sweep-unread-alerts')).toHaveText(String(summary.sweep.unreadAlerts));
  await expect(page.getByTestId('trends-canvas')).toBeVisible();

  await page.mouse.move(0, 0);
  await screenshot(page, 'dashboard');
  // The README's picture, refreshed on request (UPDATE_SCREENSHOTS=1 npx nx e2e web) and committed.
  if (process.env['UPDATE_SCREENSHOTS']) await screenshot(page, 'dashboard', 'docs/screenshots/dashboard.png');
  await page.getByTestId('trends-canvas').scrollIntoViewIfNeeded();
  await screenshot(page, 'dashboard-lower');

  // By keyboard: the figure is a real link.
  const listed = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/notices');
  await overdue.focus();
  await page.keyboard.press('Enter');
  await expectCasesFilteredBy(page, summary.overdue.filter);
  const list = (await (await listed).json()) as ListPage<NoticeView>;
  await expect(page).toHaveTitle('Cases · Nutmeg');
  await expect(page.getByRole('list', { name: 'Active filters' }).getByText('Overdue')).toBeVisible();
  await expect(page.getByTestId('cases-total')).toHaveText(`${list.total} ${list.total === 1 ? 'case' : 'cases'}`);

  // The list behind the figure holds exactly the figure's notices. Other tests change cases in parallel, so
  // the figure is read again now rather than trusted from before the click.
  const now = await getJson<DashboardSummary>(page.request, await tokenOf(page), '/api/dashboard');
  expect(list.total).toBe(now.overdue.notices);
  await expect(page.getByTestId('case-link').first()).toBeVisible();
  await screenshot(page, 'cases');
});

test('a heatmap cell lists the notices at that mechanism and level', async ({ page }) => {
  await signIn(page, 'manager', 'board');
  const summary = await openDashboard(page);
  const busiest = [...summary.heatmap].sort((a, b) => b.notices - a.notices)[0];
  expect(busiest?.notices ?? 0, 'the demo firm has open notices with escalation risk').toBeGreaterThan(0);

  await page
    .getByTestId('heatmap')
    .locator(`tr[data-mechanism=${busiest.mechanism}] td[data-level=${busiest.level}] a`)
    .click();
  await expectCasesFilteredBy(page, busiest.filter);
  const total = page.getByTestId('cases-total');
  await expect(total).toHaveText(/^\d+ cases?$/);
  const now = await getJson<DashboardSummary>(page.request, await tokenOf(page), '/api/dashboard');
  const cell = now.heatmap.find((item) => item.mechanism === busiest.mechanism && item.level === busiest.level);
  await expect(total).toHaveText(`${cell?.notices} ${cell?.notices === 1 ? 'case' : 'cases'}`);

  // Removing the escalation chip widens the list again.
  const chips = page.getByRole('list', { name: 'Active filters' });
  const chip = chips.getByRole('listitem').filter({ hasText: ':' });
  await chip.getByRole('button', { name: /^Remove filter/ }).click();
  await expect(page).not.toHaveURL(/mechanism=/);
});

test('the dashboard fits a tablet', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await signIn(page, 'manager', 'board');
  await page.goto('/dashboard');
  await expect(page.getByTestId('figure-overdue')).toBeVisible();
  await expect(page.getByTestId('heatmap')).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, 'dashboard-tablet');
});

for (const role of ['practitioner', 'assistant'] as const) {
  test(`signed in as ${role}, there is no dashboard`, async ({ page }) => {
    await signIn(page, role);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Cases' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Dashboard' })).toHaveCount(0);
    // Typing the address does not open it either (and the api refuses it: 403).
    await page.goto('/dashboard');
    await expect(page).not.toHaveURL(/\/dashboard/);
    const response = await page.request.get('/api/dashboard', {
      headers: { Authorization: `Bearer ${await tokenOf(page)}` },
    });
    expect(response.status()).toBe(403);
  });
}
