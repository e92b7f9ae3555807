import { dropDatabase } from './support/e2e-database.js';

/** Drops this run's database (if the run started the api; a reused server keeps its own). */
export default async function globalTeardown(): Promise<void> {
  const name = process.env['E2E_DATABASE_NAME'];
  if (name) await dropDatabase(name);
}
