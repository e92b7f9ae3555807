#!/usr/bin/env node
/**
 * The notice list and the triage queue under load: 100,000 notices in one firm, 20 concurrent clients,
 * latency percentiles per endpoint against a bare `pg` query returning the same rows in the same run.
 *
 *   node tools/bench/notices/notices.bench.mjs
 *
 * Creates a fresh database on BENCH_DATABASE_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres),
 * builds the api, fills the database with the seed CLI (dist/apps/api/seed.js), starts the built api on it,
 * signs in as the firm's manager, warms up, then runs autocannon for each endpoint and the bare query
 * the same number of times on a pool of the same size — twice: the api as deployed (pages kept in memory
 * until the caseload changes) and with CASE_LIST_CACHE=false (every page read and computed afresh). The
 * database is dropped at the end, also on failure.
 * Results and the command are recorded in docs/benchmarks.md.
 *
 * Settings (environment): BENCH_NOTICES (100000), BENCH_CLIENTS (5000), BENCH_CONNECTIONS (20),
 * BENCH_DURATION_S (10), BENCH_WARMUP_S (3), BENCH_SKIP_BUILD=true to use the dist/ already built,
 * BENCH_DATABASE=<name> to measure an existing bench database again instead of creating and seeding one.
 */
import autocannon from 'autocannon';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import * as os from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

const ADMIN_URL = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const NOTICES = Number(process.env.BENCH_NOTICES ?? 100_000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 5_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 3);
const TARGET_P95_MS = 50;
// An already seeded database to measure again without seeding (kept afterwards), e.g. while tuning.
const REUSE = process.env.BENCH_DATABASE;
const MANAGER = { email: 'manager0@firm1.bench.test', password: 'nutmeg-demo' };

// Fixed for the run: the seed encrypts taxpayer ids with the key the api will read them with.
const SECRETS = {
  JWT_SECRET: 'notice-list-benchmark-jwt-secret-0123456789',
  ENCRYPTION_KEY: Buffer.alloc(32, 42).toString('base64'),
};

// Each endpoint and the bare query that returns the same page of notices (the api's list ordering).
const LIST_ORDER = 'n.next_hard_deadline ASC NULLS LAST, n.risk_score DESC, n.notice_date ASC, n.id ASC';
const SCENARIOS = [
  {
    name: 'list, first page',
    path: '/api/notices?page=1&pageSize=25',
    sql: `SELECT n.* FROM notice n WHERE n.firm_id = $1 AND n.deleted_at IS NULL ORDER BY ${LIST_ORDER} LIMIT 25`,
  },
  {
    name: 'list, status=triage',
    path: '/api/notices?status=triage&pageSize=25',
    sql: `SELECT n.* FROM notice n WHERE n.firm_id = $1 AND n.deleted_at IS NULL AND n.status = 'triage' ORDER BY ${LIST_ORDER} LIMIT 25`,
  },
  {
    name: 'list, overdue=true',
    path: '/api/notices?overdue=true&pageSize=25',
    sql:
      `SELECT n.* FROM notice n WHERE n.firm_id = $1 AND n.deleted_at IS NULL AND EXISTS (SELECT 1 FROM deadline d ` +
      `WHERE d.notice_id = n.id AND d.status IN ('open', 'missed') AND d.due_date < $2) ORDER BY ${LIST_ORDER} LIMIT 25`,
    today: true,
  },
  {
    name: 'triage queue',
    path: '/api/notices/triage?pageSize=25',
    sql:
      `SELECT n.* FROM notice n WHERE n.firm_id = $1 AND n.deleted_at IS NULL AND n.status IN ('new', 'triage') ` +
      `ORDER BY (n.assignee_id IS NULL) DESC, (n.status = 'new') DESC, ${LIST_ORDER} LIMIT 25`,
  },
];

const log = (message) => console.log(`[bench] ${message}`);
const loadAverage = () =>
  os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ');

function databaseUrl(name) {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function adminQuery(sql) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs a command to completion, its output prefixed, and fails on a non-zero exit. */
function run(label, command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const relay = (chunk) => process.stdout.write(chunk.toString().replace(/^(?=.)/gm, `  ${label} | `));
    child.stdout.on('data', relay);
    child.stderr.on('data', relay);
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${label} exited with ${code}`))));
  });
}

/** Today where the api counts days, so the bare "overdue" query compares with the same day. */
function todayIn(timeZone) {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );
}

async function waitForHealth(base, api) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`the api exited with ${api.exitCode} before answering`);
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the api did not answer /api/health within 60 s');
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summarize(latencies, seconds) {
  const sorted = Float64Array.from(latencies).sort();
  return {
    count: sorted.length,
    rps: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

/** autocannon for `seconds` with the bench's connections, every response's latency kept for exact percentiles. */
async function cannon(url, token, seconds) {
  const latencies = [];
  let failures = 0;
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { authorization: `Bearer ${token}` },
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode === 200) latencies.push(responseTime);
    else failures += 1;
  });
  const begin = performance.now();
  const result = await instance;
  const elapsed = (performance.now() - begin) / 1000;
  if (failures > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(`${url}: ${failures} non-200 responses, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  return summarize(latencies, elapsed);
}

/** The bare query `times` times on a pool of the bench's size, CONNECTIONS at a time, each one timed. */
async function bareQuery(pool, sql, params, times) {
  const latencies = [];
  let started = 0;
  const begin = performance.now();
  const worker = async () => {
    while (started < times) {
      started += 1;
      const at = performance.now();
      await pool.query(sql, params);
      latencies.push(performance.now() - at);
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  return summarize(latencies, (performance.now() - begin) / 1000);
}

async function getJson(base, path, token) {
  const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

const ms = (value) => `${value.toFixed(1)} ms`;

/** The api as deployed (cache on), and with every page read afresh (CASE_LIST_CACHE=false). */
const MODES = [
  { name: 'as deployed (page cache on)', env: {} },
  { name: 'every page read afresh (CASE_LIST_CACHE=false)', env: { CASE_LIST_CACHE: 'false' } },
];

/** Starts the built api on a free port with the mode's settings, waits for it and signs in as the manager. */
async function startApi(env, mode) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const api = spawn(process.execPath, ['dist/apps/api/main.js'], {
    env: {
      ...process.env,
      ...env,
      ...mode.env,
      PORT: String(port),
      SEED_DEMO: 'false',
      SWEEP_ENABLED: 'false',
      LOGIN_RATE_LIMIT: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const apiOutput = [];
  const keep = (chunk) => apiOutput.push(chunk.toString());
  api.stdout.on('data', keep);
  api.stderr.on('data', keep);
  log(`starting the api (${mode.name}) on port ${port} ...`);
  try {
    await waitForHealth(base, api);
  } catch (error) {
    console.error(apiOutput.join(''));
    throw error;
  }
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(MANAGER),
  });
  if (!login.ok) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const { accessToken } = await login.json();
  log(`signed in as ${MANAGER.email}`);
  return { api, base, accessToken };
}

async function stopApi(api) {
  if (!api || api.exitCode !== null) return;
  const exited = new Promise((resolve) => api.once('exit', resolve));
  api.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
}

async function main() {
  const name = REUSE ?? `nutmeg_bench_notices_${process.pid}_${randomBytes(3).toString('hex')}`;
  const url = databaseUrl(name);
  let api = null;
  let pool = null;
  let created = false;
  const cleanUp = async () => {
    await stopApi(api);
    if (pool) await pool.end().catch(() => undefined);
    if (created) {
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      log(`dropped database ${name}`);
    }
  };
  process.once('SIGINT', () => cleanUp().finally(() => process.exit(130)));
  try {
    log(`node ${process.version}, ${os.cpus().length} CPUs, load average ${loadAverage()}`);
    if (process.env.BENCH_SKIP_BUILD !== 'true') {
      log('building the api (npx nx build api) ...');
      const build = spawnSync('npx', ['nx', 'build', 'api', '--output-style=stream'], {
        stdio: 'inherit',
        env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
      });
      if (build.status !== 0) throw new Error('the api build failed');
    }

    const env = { ...SECRETS, DATABASE_URL: url, NODE_ENV: 'test' };
    if (REUSE) {
      log(`using the database ${name} as it is (BENCH_DATABASE; seeded earlier with the same secrets)`);
    } else {
      log(`creating database ${name}`);
      await adminQuery(`CREATE DATABASE "${name}"`);
      created = true;
      log(`seeding 1 firm, ${CLIENTS} clients, ${NOTICES} notices ...`);
      const seedStarted = performance.now();
      await run(
        'seed',
        process.execPath,
        ['dist/apps/api/seed.js', '--firms', '1', '--clients', String(CLIENTS), '--notices', String(NOTICES)],
        env,
      );
      log(`seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
    }

    // Settle the freshly written tables as autovacuum would soon after an import, so both runs see the same plans.
    log('VACUUM ANALYZE after the import ...');
    const settle = new pg.Client({ connectionString: url });
    await settle.connect();
    await settle.query('VACUUM (ANALYZE)');
    await settle.end();

    pool = new pg.Pool({ connectionString: url, max: CONNECTIONS, application_name: 'nutmeg-bench-bare' });
    // An idle connection cut by the final DROP DATABASE ... WITH (FORCE) is expected, not a failure.
    pool.on('error', () => undefined);
    const { rows } = await pool.query("SELECT id FROM firm WHERE name = 'Bench Firm 1'");
    const firmId = rows[0].id;
    const today = todayIn(process.env.APP_TIMEZONE ?? 'America/New_York');
    for (const scenario of SCENARIOS) scenario.params = scenario.today ? [firmId, today] : [firmId];

    const results = [];
    for (const mode of MODES) {
      const started = await startApi(env, mode);
      api = started.api;
      const { base, accessToken } = started;

      // The comparison is only fair if both return the same rows in the same order.
      for (const scenario of SCENARIOS) {
        const page = await getJson(base, scenario.path, accessToken);
        const bare = await pool.query(scenario.sql, scenario.params);
        const apiIds = page.items.map((item) => item.id).join(',');
        const bareIds = bare.rows.map((row) => row.id).join(',');
        if (apiIds !== bareIds) throw new Error(`${scenario.name}: the api and the bare query return different rows`);
        log(`${mode.name} — ${scenario.name}: ${page.items.length} of ${page.total} notices, same rows as the bare query`);
      }

      log(`${mode.name}: warming up (${WARMUP_S} s per endpoint, ${CONNECTIONS} connections) ...`);
      for (const scenario of SCENARIOS) {
        await cannon(`${base}${scenario.path}`, accessToken, WARMUP_S);
        await bareQuery(pool, scenario.sql, scenario.params, 2_000);
      }

      for (const scenario of SCENARIOS) {
        log(`${mode.name} — measuring ${scenario.name}: autocannon ${DURATION_S} s, ${CONNECTIONS} connections ...`);
        const viaApi = await cannon(`${base}${scenario.path}`, accessToken, DURATION_S);
        log(`  api: ${viaApi.count} requests; now the bare query ${viaApi.count} times on a pool of ${CONNECTIONS} ...`);
        const bare = await bareQuery(pool, scenario.sql, scenario.params, viaApi.count);
        results.push({ mode, scenario, viaApi, bare });
      }
      await stopApi(api);
      api = null;
    }

    console.log('');
    console.log(
      `${NOTICES.toLocaleString('en-US')} notices, ${CLIENTS.toLocaleString('en-US')} clients, one firm; ${CONNECTIONS} connections, ${DURATION_S} s per endpoint; load average ${loadAverage()} on ${os.cpus().length} CPUs`,
    );
    console.log(
      '| api | endpoint | req/s | p50 | p95 | p99 | bare pg req/s | bare p50 | bare p95 | bare p99 | api p95 ÷ bare p95 |',
    );
    console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const { mode, scenario, viaApi, bare } of results) {
      console.log(
        `| ${mode.name} | \`GET ${scenario.path}\` | ${Math.round(viaApi.rps)} | ${ms(viaApi.p50)} | ${ms(viaApi.p95)} | ${ms(viaApi.p99)} | ` +
          `${Math.round(bare.rps)} | ${ms(bare.p50)} | ${ms(bare.p95)} | ${ms(bare.p99)} | ${(viaApi.p95 / bare.p95).toFixed(1)}× |`,
      );
    }
    console.log('');
    for (const mode of MODES) {
      const missed = results.filter((result) => result.mode === mode && result.viaApi.p95 >= TARGET_P95_MS).map(({ scenario }) => scenario.name);
      log(`${mode.name}: target p95 < ${TARGET_P95_MS} ms ${missed.length === 0 ? 'met by every endpoint' : `NOT met by ${missed.join(', ')}`}`);
    }
  } finally {
    await cleanUp();
  }
}

main().catch((error) => {
  console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
