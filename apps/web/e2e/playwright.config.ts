import { defineConfig, devices } from '@playwright/test';
import { resolve } from 'node:path';
import { databaseUrl } from './support/e2e-database.js';

const workspaceRoot = resolve(__dirname, '../../..');
const port = Number(process.env['E2E_PORT'] ?? 4311);
const baseURL = `http://127.0.0.1:${port}`;

// One database per run. Workers load this file again; they inherit the name through the environment.
process.env['E2E_DATABASE_NAME'] ??= `nutmeg_e2e_${Date.now()}`;
const databaseName = process.env['E2E_DATABASE_NAME'];

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  outputDir: resolve(workspaceRoot, 'tmp/e2e/test-results'),
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : 3,
  forbidOnly: !!process.env['CI'],
  retries: process.env['CI'] ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env['CI']
    ? [['list'], ['html', { open: 'never', outputFolder: resolve(workspaceRoot, 'tmp/e2e/report') }]]
    : 'list',
  globalSetup: './global-setup.ts',
  globalTeardown: './global-teardown.ts',
  use: {
    baseURL,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      // The specs that create cases run after these: several here count the demo firm's 60 cases.
      testIgnore: '**/intake.e2e.ts',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: CHROMIUM_ARGS,
        },
      },
    },
    {
      name: 'writes',
      testMatch: '**/intake.e2e.ts',
      dependencies: ['chromium'],
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: {
    // The database is created here, not in globalSetup: Playwright starts the webServer first.
    command: 'node apps/web/e2e/support/e2e-database.js create && node dist/apps/api/main.js',
    cwd: workspaceRoot,
    url: `${baseURL}/api/health`,
    reuseExistingServer: !process.env['CI'],
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    env: {
      E2E_DATABASE_NAME: databaseName,
      PORT: String(port),
      DATABASE_URL: databaseUrl(databaseName),
      SEED_DEMO: 'true',
      NODE_ENV: 'test',
      SWEEP_ENABLED: 'false',
      // Every test signs in; the default limit (10 a minute) is for people, not a test run.
      LOGIN_RATE_LIMIT: '1000',
      // Fixed test secrets, so the api does not write development secrets into .data/.
      JWT_SECRET: 'e2e-only-jwt-secret-that-is-long-enough-0123456789',
      ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    },
  },
});
