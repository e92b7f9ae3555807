import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, signIn, test } from './support/app';

// Wide enough for the triage queue's columns and the case page's side column.
test.use({ viewport: { width: 1440, height: 900 } });

/**
 * The demo firm's one R-859 referral that is still new (demo-caseload.ts: notice 56 of 60). The board test moves
 * the first new cards and the triage test the last new row of the queue's first page; this one sits between
 * them, so no other spec moves it, and nothing is created (the board test counts the firm's 60 cases).
 */
function newR859Row(page: Page): Locator {
  return page
    .locator('[data-testid=triage-row][data-status=new]')
    .filter({ hasText: 'R-859 collection referral' })
    .first();
}

test('a practitioner triages a new R-859 notice, checks it is from DRS and requests an installment plan', async ({
  page,
}) => {
  test.slow(); // nine checklist saves and a plan request, each a round trip to the api
  await signIn(page, 'practitioner', 'board');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Triage' }).click();

  // Open the case from the triage queue: the client's name is the link.
  const row = newR859Row(page);
  await expect(row).toBeVisible();
  const noticeId = await row.getAttribute('data-notice-id');
  await row.getByTestId('triage-client').click();
  await expect(page).toHaveURL(new RegExp(`/notices/${noticeId}$`));
  await expect(page.getByTestId('case-kind')).toHaveText('R-859 collection referral');
  await expect(page.getByTestId('case-status')).toHaveText('New');
  await expect(page.getByTestId('case-balance-now')).toHaveText(/^\$[\d,]+\.\d\d$/);
  await expect(page.getByTestId('case-deadline').first()).toBeVisible();
  await expect(page.getByTestId('risk-row').first()).toBeVisible();

  // new → triage, by keyboard: the moves are real buttons.
  const moved = page.waitForResponse((r) => r.url().endsWith(`/api/notices/${noticeId}/transition`));
  await page.getByTestId('move-triage').focus();
  await page.keyboard.press('Enter');
  expect((await moved).ok()).toBe(true);
  await expect(page.getByTestId('case-status')).toHaveText('Triage');
  await expect(page.getByTestId('move-verifying')).toBeVisible();

  // The legitimacy checklist: one click a check; each is saved before the next.
  const checks = page.getByTestId('check-item');
  await expect(checks).toHaveCount(9);
  for (let index = 0; index < 9; index++) {
    const check = checks.nth(index);
    const item = await check.getAttribute('data-item');
    const saved = page.waitForResponse((r) => r.url().endsWith(`/api/notices/${noticeId}/checklist/${item}`));
    await check.getByRole('checkbox').click();
    expect((await saved).ok()).toBe(true);
    await expect(check).toHaveAttribute('data-result', 'passed');
  }
  await expect(page.getByTestId('checklist-summary')).toHaveText('9 of 9 checks passed.');
  await expect(page.getByTestId('case-scam')).toHaveCount(0);

  // An installment plan: the schedule shows as the terms are chosen.
  await page.getByTestId('record-installment_plan').click();
  await expect(page.getByTestId('plan-monthly')).toHaveText(/^\$[\d,]+\.\d\d$/);
  await expect(page.locator('form [data-testid=plan-payment]')).toHaveCount(6);
  let requested = page.waitForResponse((r) => r.url().endsWith(`/api/notices/${noticeId}/installment-plans`));
  await page.getByTestId('record-plan').click();
  let answer = await requested;
  if (answer.status() === 422) {
    // The rules close the plan for this balance (the $10,000 secondary-source limit): the form says why and
    // takes a reason to request it anyway.
    await expect(page.getByTestId('plan-refusal')).toContainText('not open for this notice');
    await page.getByTestId('plan-override').fill('DRS Collections agreed to a six-month plan by phone');
    requested = page.waitForResponse((r) => r.url().endsWith(`/api/notices/${noticeId}/installment-plans`));
    await page.getByTestId('record-plan').click();
    answer = await requested;
  }
  expect(answer.status()).toBe(201);

  const plan = page.locator('nm-resolution-item[data-type=installment_plan]').last();
  await expect(plan.getByTestId('resolution-status')).toHaveText('Requested');
  await expect(plan.getByTestId('plan-payment')).toHaveCount(6);
  await expect(plan).toContainText('6 monthly payments');
  await expect(page.getByTestId('activity-entry').first()).toBeVisible();

  await page.mouse.move(0, 0);
  await plan.scrollIntoViewIfNeeded();
  await screenshot(page, 'case');
});

test('an assistant opens a case from the board: checklist and documents, but no workflow or resolutions', async ({
  page,
}) => {
  await signIn(page, 'assistant', 'board');
  const card = page.getByTestId('board-card').first();
  const noticeId = await card.getAttribute('data-notice-id');
  // A click on the client's name opens the case (a drag would move it; assistants cannot drag anyway).
  await card.getByTestId('card-client').click();
  await expect(page).toHaveURL(new RegExp(`/notices/${noticeId}$`));
  await expect(page.getByTestId('case-status')).toBeVisible();

  await expect(page.locator('[data-testid^=move-]')).toHaveCount(0);
  await expect(page.locator('[data-testid^=record-]')).toHaveCount(0);
  await expect(page.getByTestId('check-item').first().getByRole('checkbox')).toBeEnabled();
  await expect(page.getByTestId('upload-document')).toBeVisible();
  await expect(page.getByTestId('what-if-balance')).toHaveText(/^\$[\d,]+\.\d\d$/);
});

test('the case page fits a tablet', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await signIn(page, 'manager', 'board');
  const card = page.getByTestId('board-card').first();
  const noticeId = await card.getAttribute('data-notice-id');
  await page.goto(`/notices/${noticeId}`);
  await expect(page.getByTestId('case-status')).toBeVisible();
  await expect(page.getByTestId('what-if-balance')).toBeVisible();
  // Nothing wider than the window: the cards stack and tables scroll inside their own box.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, 'case-tablet');
});
