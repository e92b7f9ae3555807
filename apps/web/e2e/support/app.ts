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

/** Signs in through the login page, as a person would, and waits for the clients list. */
export async function signIn(page: Page, role: DemoRole): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(`${role}@demo.test`);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/clients$/);
  await expect(clientRows(page).first()).toBeVisible();
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
