import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, signIn, test } from './support/app';

function column(page: Page, status: string): Locator {
  return page.locator(`[data-testid=board-column][data-status=${status}]`);
}

function cards(page: Page, status: string): Locator {
  return column(page, status).getByTestId('board-card');
}

/**
 * CDK drag-drop listens to real pointer sequences: press, move past its threshold, travel in steps, release.
 * (locator.dragTo sends too few moves for the CDK to notice the drag.)
 */
async function dragTo(page: Page, card: Locator, target: Locator): Promise<void> {
  const from = await card.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('the card or the column is not on screen');
  const startX = from.x + from.width / 2;
  const startY = from.y + 16;
  await page.mouse.move(startX, startY);
  await page.mouse.down();
  await page.mouse.move(startX + 12, startY + 12, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + 60, { steps: 20 });
  await page.mouse.move(to.x + to.width / 2, to.y + 70, { steps: 4 });
  await page.mouse.up();
}

// Wide enough for all eight columns side by side, so every drop target is on screen.
test.use({ viewport: { width: 2400, height: 1000 } });

test('a manager moves a case on the board, and the api refuses a move that skips the work', async ({ page }) => {
  await signIn(page, 'manager', 'board');
  await expect(page).toHaveTitle('Caseload · Nutmeg');
  await expect(page.getByRole('radio', { name: 'Everyone' })).toHaveAttribute('aria-checked', 'true');

  // The demo firm's 60 notices are spread over every status.
  await expect(page.getByTestId('board-total')).toHaveText('60 cases');
  let filled = 0;
  for (const status of ['new', 'triage', 'verifying', 'awaiting_documents', 'response_in_progress', 'awaiting_drs']) {
    if ((await cards(page, status).count()) > 0) filled += 1;
  }
  expect(filled).toBeGreaterThanOrEqual(3);
  const newCount = await cards(page, 'new').count();
  expect(newCount).toBeGreaterThanOrEqual(2);

  // new → triage is allowed: the card lands in triage and stays there.
  const moving = cards(page, 'new').first();
  const movingId = await moving.getAttribute('data-notice-id');
  const triageBefore = await cards(page, 'triage').count();
  const accepted = page.waitForResponse((r) => r.url().endsWith(`/api/notices/${movingId}/transition`));
  await dragTo(page, moving, column(page, 'triage'));
  expect((await accepted).ok()).toBe(true);
  await expect(column(page, 'triage').locator(`[data-notice-id="${movingId}"]`)).toBeVisible();
  await expect(cards(page, 'triage')).toHaveCount(triageBefore + 1);
  await expect(cards(page, 'new')).toHaveCount(newCount - 1);

  // new → resolved is not: the api says which moves are allowed and the card goes back to new.
  const refused = cards(page, 'new').first();
  const refusedId = await refused.getAttribute('data-notice-id');
  const answer = page.waitForResponse((r) => r.url().endsWith(`/api/notices/${refusedId}/transition`));
  await dragTo(page, refused, column(page, 'resolved'));
  expect((await answer).status()).toBe(409);
  const snackBar = page.locator('mat-snack-bar-container');
  await expect(snackBar).toContainText('cannot move to "Resolved"');
  await expect(snackBar).toContainText('it can move to: Triage or Closed (no action)');
  await expect(column(page, 'new').locator(`[data-notice-id="${refusedId}"]`)).toBeVisible();
  await expect(column(page, 'resolved').locator(`[data-notice-id="${refusedId}"]`)).toHaveCount(0);
  await expect(cards(page, 'new')).toHaveCount(newCount - 1);
  await screenshot(page, 'board-refused-move');
});

test('the bell counts unread alerts and lists them', async ({ page }) => {
  await signIn(page, 'manager', 'board');
  // The demo seeding runs a first sweep, which raises alerts.
  const unread = page.getByTestId('alerts-unread');
  await expect(unread).toHaveText(/^\d+\+?$/);
  expect(Number.parseInt((await unread.innerText()).trim(), 10)).toBeGreaterThan(0);

  await page.getByTestId('alerts-bell').click();
  const panel = page.locator('.nm-alerts-panel');
  await expect(panel.getByTestId('alert-item').first()).toBeVisible();
  expect(await panel.getByTestId('alert-item').count()).toBeGreaterThan(0);
  await expect(panel.locator('[data-testid=alert-item].unread').first()).toBeVisible();
  await screenshot(page, 'alerts-panel');
  await page.keyboard.press('Escape');
});

test('a card says what it is about and can be reached by keyboard', async ({ page }) => {
  await signIn(page, 'practitioner', 'board');
  await expect(page.getByRole('radio', { name: 'Mine' })).toHaveAttribute('aria-checked', 'true');
  const card = page.getByTestId('board-card').first();
  // By keyboard: the Overdue filter is the last control before the first card.
  await page.getByRole('checkbox', { name: 'Overdue' }).focus();
  await page.keyboard.press('Tab');
  await expect(card).toBeFocused();
  await expect(page.locator('.nm-multiline-tooltip')).toContainText('Balance now $');
  await expect(card.getByTestId('card-balance')).toHaveText(/^\$[\d,]+\.\d\d$/);
});

test('a manager follows the overdue figure to its cases, then hands one over by dragging it on the board', async ({ page }) => {
  await signIn(page, 'manager', 'board');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await page.getByTestId('figure-overdue').click();
  await expect(page).toHaveURL(/\/cases\?(.*&)?overdue=true/);
  await expect(page.getByTestId('case-link').first()).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Caseload' }).click();
  await page.getByTestId('board-grouping').getByRole('radio', { name: 'By assignee' }).click();
  const columnOf = (name: string) => page.locator('[data-testid=board-column]').filter({ has: page.getByRole('heading', { name }) });
  const paul = columnOf('Paul Ortiz');
  const margaret = columnOf('Margaret Chen');
  await expect(paul.getByTestId('board-card').first()).toBeVisible();
  // The last of Paul's cases: the other tests work on new cases at the top of their columns.
  const card = paul.getByTestId('board-card').last();
  const id = await card.getAttribute('data-notice-id');
  // The column scrolls on its own; bring the card into view before taking hold of it.
  await card.scrollIntoViewIfNeeded();
  const assigned = page.waitForResponse((r) => r.url().endsWith(`/api/notices/${id}/assign`));
  await dragTo(page, card, margaret);
  const answer = await assigned;
  expect(answer.ok()).toBe(true);
  expect((await answer.json()).assignee.fullName).toBe('Margaret Chen');
  await expect(margaret.locator(`[data-notice-id="${id}"]`)).toBeVisible();
  await expect(paul.locator(`[data-notice-id="${id}"]`)).toHaveCount(0);
  await page.mouse.move(0, 0);
  await screenshot(page, 'board-by-assignee');
});

test('filters narrow the board: overdue cases only, then a search over the cards', async ({ page }) => {
  await signIn(page, 'manager', 'board');
  await expect(page.getByTestId('board-total')).toHaveText('60 cases');
  const overdue = page.waitForResponse((r) => r.url().includes('/api/notices?') && r.url().includes('overdue=true'));
  await page.getByRole('checkbox', { name: 'Overdue' }).check();
  expect((await overdue).ok()).toBe(true);
  await expect(page.getByTestId('board-total')).not.toHaveText('60 cases');
  const total = Number.parseInt(await page.getByTestId('board-total').innerText(), 10);
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThan(60);

  const name = (await page.getByTestId('card-client').first().innerText()).trim();
  await page.getByTestId('board-search').fill(name.slice(0, 6));
  await expect(page.getByTestId('card-client').first()).toHaveText(name);
  for (const shown of await page.getByTestId('card-client').allInnerTexts()) expect(shown.toLowerCase()).toContain(name.slice(0, 6).toLowerCase());
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByTestId('board-total')).toHaveText('60 cases');
});

test('screenshot of the board', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'manager', 'board');
  await expect(page.getByTestId('board-total')).toHaveText(/\d+ cases/);
  await page.mouse.move(0, 0);
  await screenshot(page, 'board');
  if (process.env['UPDATE_SCREENSHOTS']) await screenshot(page, 'board', 'docs/screenshots/board.png');
});
