// @ts-check
/**
 * One throw-away PostgreSQL database per e2e run, on the server named by E2E_DATABASE_ADMIN_URL.
 *
 * Plain CommonJS on purpose: Playwright starts its webServer *before* globalSetup (microsoft/playwright#31524),
 * so the database must be created by the webServer command itself (`node e2e-database.js create && node api`),
 * where no TypeScript loader runs. The global teardown requires this same file to drop it.
 */
const { Client } = require('pg');

const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const NAME_PATTERN = /^nutmeg_e2e_(\d{13})$/;
/** Databases left behind by runs that crashed before their teardown are dropped after this long. */
const LEFTOVER_AGE_MS = 24 * 60 * 60 * 1000;

function adminUrl() {
  return process.env.E2E_DATABASE_ADMIN_URL || DEFAULT_ADMIN_URL;
}

/** @param {string} name */
function assertE2eName(name) {
  if (!NAME_PATTERN.test(name)) throw new Error(`Refusing to touch "${name}": not an e2e database name`);
}

/** The URL of database `name` on the admin URL's server (same host, port and credentials). */
/** @param {string} name */
function databaseUrl(name) {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** @param {(client: import('pg').Client) => Promise<void>} work */
async function withAdmin(work) {
  const client = new Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/** @param {string} name */
async function createDatabase(name) {
  assertE2eName(name);
  await withAdmin(async (client) => {
    const { rows } = await client.query("SELECT datname FROM pg_database WHERE datname LIKE 'nutmeg\\_e2e\\_%'");
    for (const { datname } of rows) {
      const match = NAME_PATTERN.exec(datname);
      if (match && datname !== name && Date.now() - Number(match[1]) > LEFTOVER_AGE_MS) {
        await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      }
    }
    await client.query(`CREATE DATABASE "${name}"`);
  });
}

/** WITH (FORCE): the api still holds connections when the teardown runs (it is stopped afterwards). */
/** @param {string} name */
async function dropDatabase(name) {
  assertE2eName(name);
  await withAdmin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}

module.exports = { createDatabase, dropDatabase, databaseUrl, DEFAULT_ADMIN_URL };

if (require.main === module) {
  const [command] = process.argv.slice(2);
  const name = process.env.E2E_DATABASE_NAME ?? '';
  const run = command === 'create' ? createDatabase : command === 'drop' ? dropDatabase : null;
  if (!run) {
    console.error('usage: E2E_DATABASE_NAME=nutmeg_e2e_<ms> node e2e-database.js create|drop');
    process.exit(2);
  }
  run(name).then(
    () => console.log(`e2e database ${name}: ${command} done`),
    (error) => {
      console.error(`e2e database ${name}: ${command} failed:`, error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
