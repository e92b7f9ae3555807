#!/usr/bin/env node
// The deadline sweep at scale: 1,000,000 open notices with their deadlines across 100 firms, one sweep,
// notices per second and the total time; and, in the same run, the hand-written single SQL statements for
// the deadline and alert steps on an identical copy of the data, for the ratio.
//
//   node tools/bench/sweep/sweep.bench.mjs            (BENCH_FIRMS, BENCH_NOTICES_PER_FIRM, BENCH_AS_OF change it)
//
// The data is what Nutmeg holds after daily sweeps up to BENCH_SEED_AS_OF (deadlines already past are
// missed, figures as of that day); the measured sweep then catches up BENCH_AS_OF − BENCH_SEED_AS_OF days
// at once (24 by default): every case's figures are stale and that period's deadlines fall due.
// BENCH_UNSWEPT=1 instead leaves every past deadline open, as right after a bulk import of old notices
// (the worst case: each deadline since the notice date becomes missed, with its alert, in one sweep).
// BENCH_WORKERS sets the sweep's --workers (default 2). BENCH_CASELOAD_TRIGGERS=off measures the sweep
// without the triggers that announce caseload changes, for their cost.
//
// Needs the PostgreSQL server on 127.0.0.1:5432 (BENCH_DATABASE_ADMIN_URL) and about 3 GB of disk.
import { execFileSync, spawnSync } from 'node:child_process';
import pg from 'pg';

const ADMIN = process.env.BENCH_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const FIRMS = Number(process.env.BENCH_FIRMS ?? 100);
const PER_FIRM = Number(process.env.BENCH_NOTICES_PER_FIRM ?? 10_000);
const CLIENTS = Number(process.env.BENCH_CLIENTS_PER_FIRM ?? 500);
const SEEDED_AS_OF = process.env.BENCH_SEED_AS_OF ?? '2026-11-01';
const AS_OF = process.env.BENCH_AS_OF ?? '2026-11-25';
const UNSWEPT = process.env.BENCH_UNSWEPT === '1';
const WORKERS = process.env.BENCH_WORKERS ?? '2';
// off: run without the CaseloadChangeNotifications triggers (they tell the api's case-list cache what changed).
const CASELOAD_TRIGGERS = process.env.BENCH_CASELOAD_TRIGGERS !== 'off';
// BENCH_DIST runs a copy of the build (so a rebuild of dist/ meanwhile cannot pull it from under the run).
const DIST = process.env.BENCH_DIST ?? 'dist/apps/api';
const stamp = Date.now();
const BENCH_DB = `nutmeg_bench_sweep_${stamp}`;
const BASE_DB = `nutmeg_bench_sweep_base_${stamp}`;
const env = {
  ...process.env,
  NX_NO_CLOUD: 'true',
  NX_DAEMON: 'false',
  NODE_ENV: 'test',
  JWT_SECRET: 'benchmark-secret-that-is-at-least-32-chars',
  ENCRYPTION_KEY: Buffer.alloc(32, 3).toString('base64'),
};
const urlFor = (name) => Object.assign(new URL(ADMIN), { pathname: `/${name}` }).toString();
const log = (message) => console.log(`[sweep-bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function admin(sql) {
  const client = new pg.Client({ connectionString: ADMIN });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

function run(command, args, extraEnv = {}) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'inherit'], env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}): ${result.stdout?.slice(-2000)}`);
  return result.stdout;
}

/** The baseline: each step as one statement over the whole table, no batching, no locking. */
const BASELINE = {
  markMissed: `
    WITH missed AS (
      UPDATE deadline d SET status = 'missed', updated_at = now() WHERE d.status = 'open' AND d.due_date < $1::date
      RETURNING d.id, d.firm_id, d.notice_id, d.kind, d.due_date, d.hard)
    INSERT INTO alert (firm_id, recipient_id, subject_type, subject_id, kind, threshold, notice_id, client_id, message)
    SELECT m.firm_id, n.assignee_id, 'deadline', m.id, 'deadline_missed', 0, m.notice_id, n.client_id,
           format('%s: the %s%s deadline of %s was missed', cl.legal_name, CASE WHEN m.hard THEN '' ELSE 'target ' END,
                  replace(m.kind, '_', ' '), to_char(m.due_date, 'YYYY-MM-DD'))
    FROM missed m JOIN notice n ON n.id = m.notice_id JOIN client cl ON cl.id = n.client_id
    ON CONFLICT DO NOTHING`,
  dueSoonAlerts: `
    INSERT INTO alert (firm_id, recipient_id, subject_type, subject_id, kind, threshold, notice_id, client_id, message)
    SELECT p.firm_id, n.assignee_id, 'deadline', p.id,
           CASE WHEN p.kind = 'private_collection_referral' THEN 'r859_referral_imminent' ELSE 'deadline_due_soon' END,
           t.threshold, p.notice_id, n.client_id,
           format('%s: %s due %s (%s days left)', cl.legal_name, replace(p.kind, '_', ' '), to_char(p.due_date, 'YYYY-MM-DD'), p.due_date - $1::date)
    FROM deadline p JOIN notice n ON n.id = p.notice_id JOIN client cl ON cl.id = n.client_id
    CROSS JOIN LATERAL (SELECT min(x) AS threshold FROM unnest(ARRAY[1, 3, 7]) AS x WHERE p.due_date - $1::date <= x) t
    WHERE p.status = 'open' AND p.hard AND p.due_date BETWEEN $1::date AND $1::date + 7 AND n.status NOT IN ('resolved', 'closed_no_action')
    ON CONFLICT DO NOTHING`,
  staleAlerts: `
    INSERT INTO alert (firm_id, recipient_id, subject_type, subject_id, kind, threshold, notice_id, client_id, message)
    SELECT p.firm_id, p.assignee_id, 'notice', p.id, 'notice_stale', 14, p.id, p.client_id,
           format('%s: no activity on this %s notice since %s', cl.legal_name, replace(p.kind, '_', ' '), to_char(p.last_activity_at AT TIME ZONE 'America/New_York', 'YYYY-MM-DD'))
    FROM notice p JOIN client cl ON cl.id = p.client_id
    WHERE p.status NOT IN ('resolved', 'closed_no_action') AND p.deleted_at IS NULL
      AND p.last_activity_at < ($1::date - 14)::timestamp AT TIME ZONE 'America/New_York'
    ON CONFLICT DO NOTHING`,
};

async function main() {
  if (process.env.BENCH_SKIP_BUILD !== 'true') {
    log(`building the api (seed and sweep entry points) ...`);
    run('npx', ['nx', 'build', 'api', '--output-style=static']);
  }
  await admin(`CREATE DATABASE "${BENCH_DB}"`);
  try {
    log(`seeding ${FIRMS} firms × ${PER_FIRM.toLocaleString()} open notices (${(FIRMS * PER_FIRM).toLocaleString()}) as of ${SEEDED_AS_OF}, ${UNSWEPT ? 'never swept (bulk import)' : 'swept daily until then'} ...`);
    const seedStarted = Date.now();
    const seedArgs = ['--firms', String(FIRMS), '--clients', String(CLIENTS), '--notices', String(PER_FIRM), '--as-of', SEEDED_AS_OF, '--open-only'];
    const seed = spawnSync(process.execPath, [`${DIST}/seed.js`, ...seedArgs, ...(UNSWEPT ? [] : ['--swept'])], {
      stdio: 'inherit',
      env: { ...env, DATABASE_URL: urlFor(BENCH_DB) },
    });
    if (seed.status !== 0) throw new Error('seeding failed');
    log(`seeded in ${Math.round((Date.now() - seedStarted) / 1000)} s; vacuum analyze ...`);
    const bench = new pg.Client({ connectionString: urlFor(BENCH_DB) });
    await bench.connect();
    await bench.query('VACUUM ANALYZE');
    if (!CASELOAD_TRIGGERS) {
      log('BENCH_CASELOAD_TRIGGERS=off: switching off the caseload-change triggers, to measure what they cost');
      for (const table of ['notice', 'deadline', 'resolution', 'installment', 'client', 'app_user', 'firm']) {
        await bench.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
      }
    }
    const [{ notices, open_notices, deadlines, open_past }] = (
      await bench.query(`SELECT (SELECT count(*) FROM notice)::int AS notices, (SELECT count(*) FROM notice WHERE status NOT IN ('resolved', 'closed_no_action'))::int AS open_notices,
                                (SELECT count(*) FROM deadline)::int AS deadlines,
                                (SELECT count(*) FROM deadline WHERE status = 'open' AND due_date < $1::date)::int AS open_past`, [AS_OF])
    ).rows;
    await bench.end();
    log(`${notices.toLocaleString()} notices (${open_notices.toLocaleString()} open), ${deadlines.toLocaleString()} deadlines, ${open_past.toLocaleString()} of them open and past ${AS_OF}`);

    log('copying the database for the baseline ...');
    await admin(`CREATE DATABASE "${BASE_DB}" TEMPLATE "${BENCH_DB}"`);

    log(`baseline: single statements on the copy ...`);
    const base = new pg.Client({ connectionString: urlFor(BASE_DB) });
    await base.connect();
    const baseline = {};
    for (const [name, sql] of Object.entries(BASELINE)) {
      const started = process.hrtime.bigint();
      const result = await base.query(sql, [AS_OF]);
      baseline[name] = Number(process.hrtime.bigint() - started) / 1e6;
      log(`  ${name}: ${baseline[name].toFixed(0)} ms (${result.rowCount.toLocaleString()} rows)`);
    }
    await base.end();

    log(`the sweep (${DIST}/sweep.js --as-of ${AS_OF}) ...`);
    const started = Date.now();
    const output = run(process.execPath, [`${DIST}/sweep.js`, '--as-of', AS_OF, '--workers', WORKERS], { DATABASE_URL: urlFor(BENCH_DB) });
    const wall = Date.now() - started;
    const result = JSON.parse(output.trim().split('\n').filter((line) => line.startsWith('{')).pop());
    const steps = result.counts.durationsMs;
    const sweepSteps12 = steps.markMissed + steps.dueSoonAlerts + steps.staleAlerts;
    const baseSteps12 = baseline.markMissed + baseline.dueSoonAlerts + baseline.staleAlerts;

    console.log('\n=== Deadline sweep benchmark ===');
    console.log(`data: ${notices.toLocaleString()} notices (${open_notices.toLocaleString()} open), ${deadlines.toLocaleString()} deadlines (${open_past.toLocaleString()} open and past), ${FIRMS} firms; ${UNSWEPT ? 'never swept' : `swept through ${SEEDED_AS_OF}`}; sweep as of ${AS_OF} with ${WORKERS} workers`);
    console.log(`outcome: ${result.outcome}; counts: ${JSON.stringify({ ...result.counts, durationsMs: undefined })}`);
    console.log(`sweep total: ${(result.durationMs / 1000).toFixed(1)} s (process wall ${(wall / 1000).toFixed(1)} s, including start-up)`);
    console.log(`notices per second (figures refresh over the whole sweep): ${Math.round(result.counts.noticesRecomputed / (result.durationMs / 1000)).toLocaleString()}`);
    console.log('step durations (ms):', JSON.stringify(steps));
    console.log(`steps 1–2 (missed + due-soon + stale alerts): sweep ${sweepSteps12} ms vs single statements ${baseSteps12.toFixed(0)} ms → ratio ${(sweepSteps12 / baseSteps12).toFixed(2)}×`);
    for (const name of Object.keys(BASELINE)) console.log(`  ${name}: sweep ${steps[name]} ms, baseline ${baseline[name].toFixed(0)} ms, ratio ${(steps[name] / baseline[name]).toFixed(2)}×`);
    log('the next day\'s sweep (steady state: only that day\'s changes) ...');
    const nextDay = new Date(`${AS_OF}T12:00:00Z`);
    nextDay.setUTCDate(nextDay.getUTCDate() + 1);
    const next = JSON.parse(
      run(process.execPath, [`${DIST}/sweep.js`, '--as-of', nextDay.toISOString().slice(0, 10), '--workers', WORKERS], { DATABASE_URL: urlFor(BENCH_DB) })
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .pop(),
    );
    console.log(`next day's sweep: ${(next.durationMs / 1000).toFixed(1)} s; counts ${JSON.stringify({ ...next.counts, durationsMs: undefined })}; steps ${JSON.stringify(next.counts.durationsMs)}`);
    console.log(`load average: ${execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).trim()}`);
  } finally {
    log('dropping the benchmark databases ...');
    await admin(`DROP DATABASE IF EXISTS "${BASE_DB}" WITH (FORCE)`).catch(() => undefined);
    await admin(`DROP DATABASE IF EXISTS "${BENCH_DB}" WITH (FORCE)`).catch(() => undefined);
  }
}

main().catch((error) => {
  console.error(`[sweep-bench] ${error.stack ?? error}`);
  process.exit(1);
});
