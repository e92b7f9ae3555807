import { DataSource } from 'typeorm';

// Any fixed 64-bit number, unique to this purpose among Nutmeg's advisory locks.
const MIGRATION_LOCK_KEY = 7_261_001;

/**
 * Applies pending migrations while holding an advisory lock, so replicas starting together take turns
 * instead of racing to create the same tables. Returns the names applied.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
