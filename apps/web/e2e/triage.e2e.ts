import { expect, screenshot, signIn, test } from './support/app';

// Wide enough for every column of the queue without scrolling the table.
test.use({ viewport: { width: 1600, height: 1000 } });

test('a manager assigns a case from the triage queue and starts triage on a new one', async ({ page }) => {
  await signIn(page, 'manager', 'board');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Triage' }).click();
  await expect(page).toHaveURL(/\/triage$/);
  await expect(page).toHaveTitle('Triage · Nutmeg');

  const rows = page.getByTestId('triage-row');
  await expect(rows.first()).toBeVisible();
  await expect(page.getByTestId('triage-total')).toHaveText(/^\d+ cases?$/);
  // Unassigned cases come first; the demo firm leaves some unassigned.
  await expect(rows.first().getByTestId('assign-select')).toBeVisible();

  // One-click assign: choose Paul Ortiz for the first unassigned case.
  const unassignedId = await rows.first().getAttribute('data-notice-id');
  const assignedRow = page.locator(`[data-testid=triage-row][data-notice-id="${unassignedId}"]`);
  await assignedRow.getByRole('combobox').click();
  const assigned = page.waitForResponse((r) => r.url().endsWith(`/api/notices/${unassignedId}/assign`));
  await page.getByRole('option', { name: 'Paul Ortiz' }).click();
  expect((await assigned).ok()).toBe(true);
  await expect(assignedRow.getByTestId('triage-assignee')).toHaveText('Paul Ortiz');
  await expect(assignedRow.getByTestId('assign-select')).toHaveCount(0);

  // Start triage on a new case (the last on the page, to stay clear of the board test's first new card).
  const newRow = page.locator('[data-testid=triage-row][data-status=new]').last();
  const newId = await newRow.getAttribute('data-notice-id');
  const row = page.locator(`[data-testid=triage-row][data-notice-id="${newId}"]`);
  await expect(row.getByTestId('triage-status')).toHaveText('New');
  const moved = page.waitForResponse((r) => r.url().endsWith(`/api/notices/${newId}/transition`));
  // By keyboard: the button is a real button.
  await row.getByTestId('start-triage').focus();
  await page.keyboard.press('Enter');
  expect((await moved).ok()).toBe(true);
  await expect(row.getByTestId('triage-status')).toHaveText('Triage');
  await expect(row.getByTestId('start-triage')).toHaveCount(0);

  await page.mouse.move(0, 0);
  await screenshot(page, 'triage');
});

test('an assistant sees the queue but neither control', async ({ page }) => {
  await signIn(page, 'assistant');
  await page.goto('/triage');
  await expect(page.getByTestId('triage-row').first()).toBeVisible();
  await expect(page.getByTestId('assign-select')).toHaveCount(0);
  await expect(page.getByTestId('start-triage')).toHaveCount(0);
});
