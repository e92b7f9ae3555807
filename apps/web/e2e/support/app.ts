import { test as base, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export type DemoRole = 'manager' | 'practitioner' | 'assistant';

export const DEMO_PASSWORD = 'nutmeg-demo';
export const DEMO_FIRM = 'Demo CPA Group';
export const ROLE_LABELS: Record<DemoRole, string> = {
  manager: 'Manager',
  practitioner: 'Practitioner',
  assistant: 'Assistant',
};

const workspaceRoot = resolve(__dirname, '../../../..');

/**
 * Playwright's test, failing any test whose page threw or logged an error. The browser's own
 * "Failed to load resource" lines are expected: tests provoke 400s and 401s on purpose.
 */
export const test = base.extend<{ failOnPageErrors: void }>({
  failOnPageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          errors.push(message.text());
        }
      });
      await use();
      expect(errors, 'errors in the browser console').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Where each role lands after signing in: people who own a caseload start on the board. */
export const LANDING: Record<DemoRole, 'board' | 'clients'> = {
  manager: 'board',
  practitioner: 'board',
  assistant: 'clients',
};

/**
 * Signs in through the login page, as a person would, checks the role's start page, then opens `open`
 * (the clients list unless told) and waits for its content.
 */
export async function signIn(page: Page, role: DemoRole, open: 'board' | 'clients' = 'clients'): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(`${role}@demo.test`);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(new RegExp(`/${LANDING[role]}$`));
  // The session lives in sessionStorage, which a reload in the same tab keeps.
  if (open !== LANDING[role]) await page.goto(`/${open}`);
  if (open === 'clients') await expect(clientRows(page).first()).toBeVisible();
  else await expect(page.getByTestId('board-card').first()).toBeVisible();
}

export function clientRows(page: Page) {
  return page.getByRole('table').locator('tbody tr');
}

/** Saves a screenshot under tmp/e2e/ (git-ignored), or anywhere in the workspace with a path. */
export async function screenshot(page: Page, name: string, path = `tmp/e2e/${name}.png`): Promise<void> {
  const file = resolve(workspaceRoot, path);
  mkdirSync(dirname(file), { recursive: true });
  await page.screenshot({ path: file });
}
