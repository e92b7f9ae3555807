import { DEMO_FIRM, type DemoRole, expect, LANDING, ROLE_LABELS, screenshot, signIn, test } from './support/app';

/** What each role's main menu offers today; grows as pages are added. */
const NAVIGATION: Record<DemoRole, string[]> = {
  manager: ['Caseload', 'Triage', 'Cases', 'Dashboard', 'Clients', 'Calls', 'Calculator'],
  practitioner: ['Caseload', 'Triage', 'Cases', 'Clients', 'Calls', 'Calculator'],
  assistant: ['Caseload', 'Triage', 'Cases', 'Clients', 'Calls', 'Calculator'],
};

for (const role of Object.keys(NAVIGATION) as DemoRole[]) {
  test(`signed in as ${role}, the user sees the navigation of that role`, async ({ page }) => {
    await signIn(page, role, LANDING[role]);

    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText(NAVIGATION[role]);
    await expect(page.getByTestId('user-role')).toHaveText(ROLE_LABELS[role]);
    await expect(page.getByTestId('firm-name')).toHaveText(DEMO_FIRM);
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await screenshot(page, `shell-${role}`);
  });
}

test('a wrong password is answered in plain words', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByText('manager@demo.test')).toBeVisible();
  await page.getByLabel('Email').fill('manager@demo.test');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page.getByRole('alert')).toHaveText('Email or password is not right');
  await screenshot(page, 'login-wrong-password');
});

test('a page opened without a session asks to sign in, then returns to it', async ({ page }) => {
  await page.goto('/clients');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Fclients$/);
  await page.getByLabel('Email').fill('assistant@demo.test');
  await page.getByLabel('Password').fill('nutmeg-demo');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/clients$/);
});

test('signing out ends the session', async ({ page }) => {
  await signIn(page, 'practitioner');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/clients');
  await expect(page).toHaveURL(/\/login/);
});

test.describe('at tablet width', () => {
  test.use({ viewport: { width: 800, height: 1100 } });

  test('the side navigation folds into a menu button', async ({ page }) => {
    await signIn(page, 'manager');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeHidden();

    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(nav).toBeVisible();
    await screenshot(page, 'shell-tablet-menu');

    await nav.getByRole('link', { name: 'Clients' }).click();
    await expect(nav).toBeHidden();
  });
});
