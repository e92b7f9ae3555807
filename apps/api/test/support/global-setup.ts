import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

/**
 * One PostgreSQL server for the whole run: DATABASE_URL's when set (CI also runs against the machine's
 * server), else an embedded one with its own data folder. Test files each create their own database on it.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env['DATABASE_URL']) {
    process.env['TEST_DATABASE_ADMIN_URL'] = process.env['DATABASE_URL'];
    console.log(`\n[integration] using DATABASE_URL's server; each test file gets its own database`);
    return;
  }
  const started = Date.now();
  const server = await startEmbeddedPostgres({
    dataDir: resolve(__dirname, '../../../../.data/postgres-test'),
    port: Number(process.env['TEST_EMBEDDED_PG_PORT'] ?? (await firstFreePort(54321))),
    database: 'postgres',
    log: (message) => console.log(`[integration] ${message}`),
  });
  process.env['TEST_DATABASE_ADMIN_URL'] = server.adminUrl;
  (globalThis as { __NUTMEG_PG__?: { stop(): Promise<void> } }).__NUTMEG_PG__ = server;
  console.log(`[integration] embedded PostgreSQL ready in ${Date.now() - started} ms`);
}

/** Another checkout's test run may hold 54321; take the next free port rather than fail. */
async function firstFreePort(from: number): Promise<number> {
  for (let port = from; port < from + 50; port++) {
    const free = await new Promise<boolean>((done) => {
      const probe = createServer()
        .once('error', () => done(false))
        .once('listening', () => probe.close(() => done(true)))
        .listen(port, '127.0.0.1');
    });
    if (free) return port;
  }
  throw new Error(`No free port from ${from} to ${from + 49} for the embedded test PostgreSQL; set TEST_EMBEDDED_PG_PORT`);
}
