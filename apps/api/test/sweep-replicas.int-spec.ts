import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client as PgClient } from 'pg';
import { createTestDatabase } from './support/test-database';

const MAIN = join(__dirname, '../../../dist/apps/api/main.js');
const ENV = {
  NODE_ENV: 'test',
  SEED_DEMO: 'true',
  SWEEP_ENABLED: 'false',
  LOGIN_RATE_LIMIT: '1000',
  JWT_SECRET: 'replica-test-secret-shared-by-both-processes',
  ENCRYPTION_KEY: Buffer.alloc(32, 4).toString('base64'),
  WEB_ROOT: '/nonexistent',
};

/** The built api as its own OS process, as a replica behind a load balancer would run. */
async function startReplica(databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, ...ENV, DATABASE_URL: databaseUrl, PORT: String(port) }, stdio: 'pipe' });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  for (let attempt = 0; attempt < 150; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`replica on ${port} exited: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error(`replica on ${port} did not become healthy: ${output}`);
}

describe('two api processes against one database', () => {
  const replicas: ChildProcess[] = [];
  let database: { url: string; drop(): Promise<void> };

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npx nx build api\` (the integration target does it first)`);
    database = await createTestDatabase();
    // One after the other: the first applies the migrations and seeds the demo firm.
    replicas.push(await startReplica(database.url, 4721));
    replicas.push(await startReplica(database.url, 4722));
  }, 90_000);

  afterAll(async () => {
    for (const replica of replicas) replica.kill('SIGTERM');
    await Promise.all(replicas.map((replica) => new Promise((resolve) => (replica.exitCode !== null ? resolve(null) : replica.once('exit', resolve)))));
    await database?.drop();
  });

  it('lets one sweep run while the other replica refuses with 409', async () => {
    const login = await fetch('http://127.0.0.1:4721/api/auth/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'manager@demo.test', password: 'nutmeg-demo' }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const sweep = (port: number) =>
      fetch(`http://127.0.0.1:${port}/api/sweeps`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${accessToken}` },
        body: '{}',
      });

    // Hold the first replica's sweep inside its lock: it cannot write its sweep_run row until we let go.
    const blocker = new PgClient({ connectionString: database.url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE sweep_run IN ACCESS EXCLUSIVE MODE');
    const first = sweep(4721);
    try {
      for (let attempt = 0; attempt < 50; attempt++) {
        const { rows } = await blocker.query(`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND objid = 7261003 AND granted`);
        if (rows[0].n === 1) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const second = await sweep(4722);
      expect(second.status).toBe(409);
      expect(((await second.json()) as { message: string }).message).toMatch(/already running/);
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
    const done = await first;
    expect(done.status).toBe(201);
    expect(((await done.json()) as { outcome: string }).outcome).toBe('succeeded');
    // And once it has finished, the other replica may sweep.
    expect((await sweep(4722)).status).toBe(201);
  }, 60_000);
});
