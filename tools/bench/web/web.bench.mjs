#!/usr/bin/env node
// The web app in a real browser (Debian chromium through Playwright) against the built api on the server
// PostgreSQL: the caseload board with 2,000 notices (time to the first card, and to every column loaded and
// rendered), and the manager dashboard with 100,000 notices in the firm (time to every figure shown).
// Baseline in the same run: the same page's api calls alone, over HTTP without the browser.
//
//   node tools/bench/web/web.bench.mjs        (BENCH_BOARD_NOTICES, BENCH_DASHBOARD_NOTICES, BENCH_RUNS change it;
//                                               BENCH_SKIP_BUILD=true uses the dist/ already built)
//
// Targets (issue 6): board interactive under 1.5 s, dashboard under 1 s, on localhost.
import { spawn, spawnSync } from 'node:child_process';
import { chromium } from 'playwright';
import pg from 'pg';

const ADMIN = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BOARD_NOTICES = Number(process.env.BENCH_BOARD_NOTICES ?? 2_000);
const DASHBOARD_NOTICES = Number(process.env.BENCH_DASHBOARD_NOTICES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const PORT = Number(process.env.BENCH_PORT ?? 4391);
const BASE = `http://127.0.0.1:${PORT}`;
const stamp = Date.now();
const env = {
  ...process.env,
  NX_NO_CLOUD: 'true',
  NX_DAEMON: 'false',
  NODE_ENV: 'test',
  JWT_SECRET: 'benchmark-secret-that-is-at-least-32-chars',
  ENCRYPTION_KEY: Buffer.alloc(32, 3).toString('base64'),
  SWEEP_ENABLED: 'false',
  LOGIN_RATE_LIMIT: '1000',
};
const urlFor = (name) => Object.assign(new URL(ADMIN), { pathname: `/${name}` }).toString();
const log = (message) => console.log(`[web-bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (ms) => `${Math.round(ms)} ms`;

async function admin(sql) {
  const client = new pg.Client({ connectionString: ADMIN });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

function seed(database, notices, clients) {
  const result = spawnSync(process.execPath, ['dist/apps/api/seed.js', '--firms', '1', '--clients', String(clients), '--notices', String(notices)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...env, DATABASE_URL: urlFor(database) },
  });
  if (result.status !== 0) throw new Error(`seeding ${database} failed; run the seed by hand to see why`);
}

async function startApi(database) {
  const child = spawn(process.execPath, ['dist/apps/api/main.js'], { env: { ...env, PORT: String(PORT), DATABASE_URL: urlFor(database) }, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill();
  throw new Error('the api did not answer /api/health within 60 s');
}

async function stopApi(child) {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function token() {
  const response = await fetch(`${BASE}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'manager0@firm1.bench.test', password: 'nutmeg-demo' }),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`sign-in failed: ${JSON.stringify(body)}`);
  return body.accessToken;
}

/** The page's own api calls, timed over plain HTTP: what the browser cannot be faster than. */
async function apiOnly(paths, bearer) {
  const started = performance.now();
  await Promise.all(
    paths.map(async (path) => {
      const response = await fetch(`${BASE}${path}`, { headers: { authorization: `Bearer ${bearer}` } });
      if (!response.ok) throw new Error(`${path} answered ${response.status}`);
      await response.arrayBuffer();
    }),
  );
  return performance.now() - started;
}

async function signedInPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${BASE}/login`);
  await page.getByLabel('Email').fill('manager0@firm1.bench.test');
  await page.getByLabel('Password').fill('nutmeg-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/board$/);
  return page;
}

async function measureBoard(browser, bearer) {
  const page = await signedInPage(browser);
  const firstCard = [];
  const allColumns = [];
  let cards = 0;
  for (let run = 0; run < RUNS; run += 1) {
    await page.goto(`${BASE}/calculator`);
    await page.waitForLoadState('networkidle');
    const started = Date.now();
    // A client-side navigation, as a user opening the board from the menu.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Caseload' }).click();
    await page.locator('[data-testid=board-card]').first().waitFor();
    firstCard.push(Date.now() - started);
    await page.waitForFunction(() => {
      const columns = document.querySelectorAll('[data-testid=board-column]');
      return columns.length === 8 && Array.from(columns).every((column) => column.hasAttribute('data-loaded'));
    }, undefined, { timeout: 60_000, polling: 'raf' });
    allColumns.push(Date.now() - started);
    cards = await page.evaluate(() => Array.from(document.querySelectorAll('[data-testid=column-count]')).reduce((sum, el) => sum + Number(el.textContent), 0));
  }
  const rendered = await page.locator('[data-testid=board-card]').count();
  const scrollStarted = Date.now();
  // Scroll the longest column to its end: the virtual list renders as it goes.
  await page.evaluate(async () => {
    const viewport = document.querySelector('cdk-virtual-scroll-viewport');
    if (!viewport) return;
    for (let y = 0; y <= viewport.scrollHeight; y += 600) {
      viewport.scrollTop = y;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
  const scrollMs = Date.now() - scrollStarted;
  await page.context().close();
  const paths = ['new', 'triage', 'verifying', 'awaiting_documents', 'response_in_progress', 'awaiting_drs', 'resolved', 'closed_no_action'].map(
    (status) => `/api/notices?status=${status}&page=1&pageSize=100`,
  );
  const baseline = [];
  for (let run = 0; run < RUNS; run += 1) baseline.push(await apiOnly(paths, bearer));
  return { firstCard, allColumns, cards, rendered, scrollMs, baseline };
}

async function measureDashboard(browser, bearer) {
  const page = await signedInPage(browser);
  const times = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.goto(`${BASE}/calculator`);
    await page.waitForLoadState('networkidle');
    const started = Date.now();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    // Every card has its figures: the headline tiles, the heatmap, workload, sweep status and the trend chart.
    await page.waitForFunction(
      () =>
        ['[data-testid=figure-overdue] [data-testid=figure-notices]', '[data-testid=heatmap] td[data-level]', '[data-testid=workload-open]', '[data-testid=sweep-unread-alerts]', '[data-testid=trends-canvas]'].every(
          (selector) => document.querySelector(selector) !== null,
        ),
      undefined,
      { timeout: 60_000, polling: 'raf' },
    );
    times.push(Date.now() - started);
  }
  await page.context().close();
  const baseline = [];
  for (let run = 0; run < RUNS; run += 1) baseline.push(await apiOnly(['/api/dashboard', '/api/dashboard/trends?weeks=12'], bearer));
  return { times, baseline };
}

async function withDatabase(name, notices, clients, work) {
  await admin(`CREATE DATABASE "${name}"`);
  let api;
  try {
    log(`seeding ${notices.toLocaleString()} notices into ${name} ...`);
    seed(name, notices, clients);
    api = await startApi(name);
    return await work();
  } finally {
    if (api) await stopApi(api);
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
  }
}

async function main() {
  if (process.env.BENCH_SKIP_BUILD !== 'true') {
    log('building the api and the web app ...');
    const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api,web', '--output-style=static'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (build.status !== 0) throw new Error('the build failed; run `npx nx run-many -t build -p api,web` to see why');
  }
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const board = await withDatabase(`nutmeg_bench_board_${stamp}`, BOARD_NOTICES, 400, async () => measureBoard(browser, await token()));
    const dashboard = await withDatabase(`nutmeg_bench_dash_${stamp}`, DASHBOARD_NOTICES, 5_000, async () => measureDashboard(browser, await token()));
    console.log('\n=== Web app benchmark (chromium, localhost) ===');
    console.log(`board: ${board.cards.toLocaleString()} cards in 8 columns, ${board.rendered} card elements in the page after loading (virtual columns), ${RUNS} runs`);
    console.log(`  first card: median ${fmt(median(board.firstCard))} (runs ${board.firstCard.join(', ')})`);
    console.log(`  every column loaded and rendered: median ${fmt(median(board.allColumns))} (runs ${board.allColumns.join(', ')}) — target < 1,500 ms`);
    console.log(`  api alone, first page of each column over HTTP: median ${fmt(median(board.baseline))}; board first card ÷ api alone = ${(median(board.firstCard) / median(board.baseline)).toFixed(2)}×`);
    console.log(`  scrolling the longest column to its end: ${fmt(board.scrollMs)}`);
    console.log(`dashboard: ${DASHBOARD_NOTICES.toLocaleString()} notices in the firm, ${RUNS} runs`);
    console.log(`  every figure shown: median ${fmt(median(dashboard.times))} (runs ${dashboard.times.join(', ')}) — target < 1,000 ms`);
    console.log(`  api alone (summary + trends over HTTP): median ${fmt(median(dashboard.baseline))}; page ÷ api alone = ${(median(dashboard.times) / median(dashboard.baseline)).toFixed(2)}×`);
    console.log(`load average: ${(await import('node:os')).loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(`[web-bench] ${error.stack ?? error}`);
  process.exit(1);
});
