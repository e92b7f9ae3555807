import type { APIRequestContext, Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_PASSWORD, expect, screenshot, signIn, test } from './support/app';

interface CorpusEntry {
  file: string;
  expected: { correspondenceId: string; taxpayerName: string; accountNumber: string };
}

/** The DRS-style letters tools/intake-corpus writes (real PDFs with a text layer), generated for this run. */
function generateLetters(): { dir: string; entries: CorpusEntry[] } {
  const dir = mkdtempSync(join(tmpdir(), 'nutmeg-e2e-letters-'));
  const run = spawnSync(
    process.execPath,
    ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register', 'tools/intake-corpus/generate.ts', '--out', dir],
    {
      cwd: resolve(__dirname, '../../..'),
      encoding: 'utf8',
      env: { ...process.env, TS_NODE_PROJECT: 'tools/intake-corpus/tsconfig.json', TS_NODE_TRANSPILE_ONLY: 'true' },
    },
  );
  if (run.status !== 0) throw new Error(`corpus generator failed: ${run.stderr || run.stdout}`);
  return { dir, entries: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as CorpusEntry[] };
}

/** Drops files on an element as a person dragging them from the desktop would. */
async function dropFiles(page: Page, selector: string, files: Array<{ name: string; bytes: Buffer }>): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    (list) => {
      const transfer = new DataTransfer();
      for (const file of list) {
        const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], file.name, { type: 'application/pdf' }));
      }
      return transfer;
    },
    files.map((file) => ({ name: file.name, base64: file.bytes.toString('base64') })),
  );
  await page.dispatchEvent(selector, 'dragover', { dataTransfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer });
}

/**
 * Intake from the letter (issue 12): these specs create cases, so they run in the `writes` project after the
 * read-only suite (which counts the demo firm's 60 cases). Each makes its own client and Letter IDs.
 */
const stamp = Date.now().toString(36).toUpperCase();

// Each spec fills a long form through real dialogs and selects; on a busy 2-core runner that takes its time.
test.describe.configure({ timeout: 90_000 });

async function token(request: APIRequestContext, role: 'manager' | 'practitioner'): Promise<Record<string, string>> {
  const response = await request.post('/api/auth/login', {
    data: { email: `${role}@demo.test`, password: DEMO_PASSWORD },
  });
  expect(response.ok()).toBe(true);
  return { Authorization: `Bearer ${((await response.json()) as { accessToken: string }).accessToken}` };
}

async function newClient(request: APIRequestContext, legalName: string): Promise<string> {
  const response = await request.post('/api/clients', {
    headers: await token(request, 'manager'),
    data: { kind: 'business', legalName },
  });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { id: string }).id;
}

async function pickClient(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('client').fill(name);
  await page.getByRole('option', { name: new RegExp(name) }).click();
}

test('a practitioner takes in a notice from the board, fixes a field, and finds the case with its deadlines', async ({
  page,
  request,
}) => {
  const clientName = `Intake Widgets ${stamp}`;
  await newClient(request, clientName);
  await signIn(page, 'practitioner', 'board');

  // `n` outside a field opens intake.
  await page.locator('body').press('n');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'New notice' })).toBeVisible();
  await pickClient(page, clientName);
  await dialog.getByTestId('kind').click();
  await page.getByRole('option', { name: 'Business tax balance due' }).click();
  await dialog.getByTestId('tax-type').click();
  await page.getByRole('option', { name: 'Sales tax' }).click();

  // Two quarters, itemized as the letter prints them.
  const periods = dialog.getByTestId('period');
  await periods.nth(0).getByLabel('Year').fill('2025');
  await periods.nth(0).getByRole('combobox', { name: 'Quarter' }).click();
  await page.getByRole('option', { name: 'Q2' }).click();
  await periods.nth(0).getByLabel('Tax').fill('1000.00');
  await periods.nth(0).getByLabel('Penalty').fill('150.00');
  await periods.nth(0).getByLabel('Interest').fill('60.00');
  await dialog.getByTestId('add-period').click();
  await expect(periods).toHaveCount(2);
  await periods.nth(1).getByLabel('Tax').fill('500.00');
  await periods.nth(1).getByLabel('Penalty').fill('75.00');
  await periods.nth(1).getByLabel('Interest').fill('15.00');

  await dialog.getByLabel('Notice date').fill('2026-11-02');
  await dialog.getByLabel('Account / CT registration number').fill('7001002003');
  await dialog.getByTestId('letter-id').fill(`L-${stamp}-1`);
  // Keyed wrong: the periods add up to $1,500, not $1,600.
  await dialog.getByTestId('stated-tax').fill('1600.00');
  await dialog.getByLabel('Penalty', { exact: true }).last().fill('225.00');
  await dialog.getByLabel('Interest', { exact: true }).last().fill('75.00');
  await dialog.getByTestId('balance-due').fill('1900.00');

  // The deadlines the case will get, with their rules, before saving; the engine points at the sum.
  await expect(dialog.getByTestId('preview-deadlines').locator('li').first()).toBeVisible();
  await expect(dialog.getByTestId('preview-problem')).toHaveText(
    /Stated tax: must equal the periods' tax added up \(1500\.00\)/,
  );
  await dialog.getByTestId('preview').scrollIntoViewIfNeeded();
  await screenshot(page, 'intake-form');
  if (process.env['UPDATE_SCREENSHOTS']) await screenshot(page, 'intake-form', 'docs/screenshots/intake-form.png');
  await dialog.getByTestId('stated-tax').fill('1500.00');
  await dialog.getByTestId('balance-due').fill('1800.00');
  await expect(dialog.getByTestId('preview-problem')).toHaveCount(0);
  await expect(dialog.getByTestId('tax-due-date')).toContainText('2025-07-31');

  const created = page.waitForResponse((r) => r.url().endsWith('/api/notices') && r.request().method() === 'POST');
  await dialog.getByTestId('save-notice').click();
  const response = await created;
  expect(response.status()).toBe(201);
  const notice = (await response.json()) as { id: string; deadlines: Array<{ dueDate: string }> };
  expect(notice.deadlines.length).toBeGreaterThan(0);

  // The toast opens the case, whose page shows the deadlines the preview promised; the board has its card.
  await page.getByRole('button', { name: 'Open' }).click();
  await expect(page).toHaveURL(new RegExp(`/notices/${notice.id}$`));
  await expect(page.getByTestId('case-correspondence')).toHaveText(`L-${stamp}-1`);
  await expect(page.getByTestId('case-deadline')).toHaveCount(notice.deadlines.length);
  await page.getByRole('link', { name: 'Caseload' }).first().click();
  await expect(page.locator(`[data-notice-id="${notice.id}"]`)).toBeVisible();
});

test('intake by keyboard only: n, type, Tab, Ctrl+Enter', async ({ page, request }) => {
  const clientName = `Keyboard Cleaners ${stamp}`;
  await newClient(request, clientName);
  await signIn(page, 'practitioner', 'board');
  await page.keyboard.press('n');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('client')).toBeFocused();
  await page.keyboard.type(clientName);
  await expect(page.getByRole('option', { name: new RegExp(clientName) })).toBeVisible();
  await page.keyboard.press('Enter');
  // Income tax is the default kind and tax type; the year defaults to last year.
  await dialog.getByLabel('Notice date').focus();
  await page.keyboard.type('11022026');
  await dialog.getByLabel('Account / CT registration number').focus();
  await page.keyboard.type('123456789');
  await page.keyboard.press('Tab');
  await page.keyboard.type(`K-${stamp}-1`);
  await dialog.getByTestId('stated-tax').focus();
  await page.keyboard.type('800.00');
  await dialog.getByTestId('balance-due').focus();
  await page.keyboard.type('800.00');
  const created = page.waitForResponse((r) => r.url().endsWith('/api/notices') && r.request().method() === 'POST');
  await page.keyboard.press('Control+Enter');
  expect((await created).status()).toBe(201);
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(`Case opened for ${clientName}`)).toBeVisible();
});

test('a duplicate Letter ID leads to the case already on file', async ({ page, request }) => {
  const clientName = `Duplicate Bakery ${stamp}`;
  const clientId = await newClient(request, clientName);
  const headers = await token(request, 'practitioner');
  const existing = await request.post('/api/notices', {
    headers,
    data: {
      clientId,
      kind: 'individual_income_balance_due',
      taxType: 'individual_income',
      taxPeriods: [{ year: 2024 }],
      noticeDate: '2026-11-02',
      accountNumber: '123456789',
      correspondenceId: `D-${stamp}-1`,
      stated: { tax: '100.00', penalty: '0.00', interest: '0.00', credits: '0.00', balanceDue: '100.00' },
    },
  });
  expect(existing.status()).toBe(201);
  const existingId = ((await existing.json()) as { id: string }).id;

  await signIn(page, 'practitioner', 'clients');
  await page.goto(`/clients/${clientId}`);
  // From the client's page the client is already chosen.
  await page.getByRole('main').getByTestId('new-notice').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('client')).toHaveValue(clientName);
  await dialog.getByLabel('Notice date').fill('2026-11-02');
  await dialog.getByLabel('Account / CT registration number').fill('123456789');
  await dialog.getByTestId('letter-id').fill(`d-${stamp}-1`);
  await dialog.getByTestId('stated-tax').fill('100.00');
  await dialog.getByTestId('balance-due').fill('100.00');
  await dialog.getByTestId('save-notice').click();
  await expect(dialog.getByTestId('duplicate')).toBeVisible();
  await dialog.getByTestId('open-existing').click();
  await expect(page).toHaveURL(new RegExp(`/notices/${existingId}$`));
  await expect(page.getByTestId('case-correspondence')).toHaveText(`D-${stamp}-1`);
});

test('a correction moves the deadlines, is on the activity, and a stale one asks to reload', async ({
  page,
  request,
}) => {
  const clientId = await newClient(request, `Correction Foundry ${stamp}`);
  const headers = await token(request, 'practitioner');
  const created = await request.post('/api/notices', {
    headers,
    data: {
      clientId,
      kind: 'proposed_assessment',
      taxType: 'individual_income',
      taxPeriods: [{ year: 2024 }],
      noticeDate: '2026-10-01',
      accountNumber: '123456789',
      correspondenceId: `C-${stamp}-1`,
      stated: { tax: '900.00', penalty: '90.00', interest: '20.00', credits: '0.00', balanceDue: '1010.00' },
    },
  });
  expect(created.status()).toBe(201);
  const notice = (await created.json()) as {
    id: string;
    version: number;
    deadlines: Array<{ kind: string; dueDate: string }>;
  };

  await signIn(page, 'practitioner', 'clients');
  await page.goto(`/notices/${notice.id}`);
  await page.getByTestId('correct-notice').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Correct the notice' })).toBeVisible();
  await dialog.getByLabel('Notice date').fill('2026-10-15');
  await expect(dialog.getByTestId('changes')).toContainText('Notice date: 2026-10-01 → 2026-10-15');
  await expect(dialog.getByTestId('moved-deadline').first()).toBeVisible();

  // Someone else corrects it first: saving answers 409, the dialog explains and reloads.
  const other = await request.patch(`/api/notices/${notice.id}`, {
    headers,
    data: { notes: 'Called the client', version: notice.version },
  });
  expect(other.status()).toBe(200);
  await dialog.getByTestId('save-notice').click();
  await expect(dialog.getByTestId('stale')).toBeVisible();
  await dialog.getByTestId('reload').click();
  await expect(dialog.getByTestId('stale')).toHaveCount(0);
  await dialog.getByLabel('Notice date').fill('2026-10-15');
  const saved = page.waitForResponse(
    (r) => r.url().endsWith(`/api/notices/${notice.id}`) && r.request().method() === 'PATCH',
  );
  await dialog.getByTestId('save-notice').click();
  expect((await saved).status()).toBe(200);
  await expect(dialog).toHaveCount(0);

  const after = await request.get(`/api/notices/${notice.id}`, { headers });
  const protest = ((await after.json()) as { deadlines: Array<{ kind: string; dueDate: string }> }).deadlines.find(
    (deadline) => deadline.kind === 'written_protest',
  );
  const before = notice.deadlines.find((deadline) => deadline.kind === 'written_protest');
  expect(protest?.dueDate).not.toBe(before?.dueDate);
  await expect(page.getByTestId('activity-entry').first()).toContainText('Notice date 2026-10-01 → 2026-10-15');
});

test('letters dropped on the board are read, checked, fixed and confirmed one after another', async ({
  page,
  request,
}) => {
  const { dir, entries } = generateLetters();
  // Two letters whose Letter IDs are new to the demo firm: an income tax notice and a withholding one.
  const letters = entries.filter((entry) => /^L0[12]-/.test(entry.file));
  expect(letters).toHaveLength(2);
  const firstClient = letters[0].expected.taxpayerName;
  await newClient(request, firstClient);
  await signIn(page, 'practitioner', 'board');
  await dropFiles(
    page,
    'nm-board-page',
    letters.map((entry) => ({ name: entry.file, bytes: readFileSync(join(dir, entry.file)) })),
  );
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('queued-letter')).toHaveCount(2);
  // The first letter fills the form, every field with where it was read.
  await expect(dialog.getByTestId('letter-id')).toHaveValue(letters[0].expected.correspondenceId);
  await expect(dialog.getByTestId('field-origins').locator('tr')).toHaveCount(8);
  await screenshot(page, 'intake-letter');
  if (process.env['UPDATE_SCREENSHOTS']) await screenshot(page, 'intake-letter', 'docs/screenshots/intake-letter.png');
  // Its taxpayer is offered as the client on file, never attached without a click.
  await expect(dialog.getByTestId('client')).toHaveValue(firstClient);
  await dialog.getByTestId('use-match').first().click();
  // The person fixes one field against the paper.
  await dialog.getByLabel('Received date').fill('2026-11-30');
  const confirmed = page.waitForResponse((r) => /\/api\/notice-scans\/[^/]+\/notice$/.test(r.url()));
  await dialog.getByTestId('save-notice').click();
  const first = (await (await confirmed).json()) as { id: string; receivedDate: string; deadlines: unknown[] };
  expect(first.receivedDate).toBe('2026-11-30');
  expect(first.deadlines.length).toBeGreaterThan(0);

  // Confirm, next: the second letter is on screen; its business is not on file, so it is created inline.
  await expect(dialog.getByTestId('letter-id')).toHaveValue(letters[1].expected.correspondenceId);
  await expect(dialog.getByText(/Case opened for/)).toBeVisible();
  await dialog.getByRole('button', { name: 'New client…' }).first().click();
  const clientDialog = page.getByRole('dialog').last();
  await expect(clientDialog.getByLabel('Legal name')).toHaveValue(letters[1].expected.taxpayerName);
  await clientDialog.getByRole('button', { name: /Create|Save/ }).click();
  await expect(dialog.getByTestId('client')).toHaveValue(letters[1].expected.taxpayerName);
  const second = page.waitForResponse((r) => /\/api\/notice-scans\/[^/]+\/notice$/.test(r.url()));
  await page.keyboard.press('Control+Enter');
  expect((await second).status()).toBe(201);
  await expect(dialog).toHaveCount(0);

  // Both are on the board, and the first case has the letter as its document.
  await expect(page.locator(`[data-notice-id="${first.id}"]`)).toBeVisible();
  await page.goto(`/notices/${first.id}`);
  await expect(page.getByTestId('case-correspondence')).toHaveText(letters[0].expected.correspondenceId);
  await expect(page.getByText(`DRS letter ${letters[0].expected.correspondenceId}`).first()).toBeVisible();
});
