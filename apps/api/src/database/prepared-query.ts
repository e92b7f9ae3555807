import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';

/** The part of a pg client or pool this needs: a query given as a config object. */
interface PgQueryable {
  query<R>(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: R[] }>;
}

const names = new Map<string, string>();

/** A stable statement name per SQL text: the same text always reuses the connection's prepared plan. */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `nutmeg_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs a read as a named prepared statement on the manager's connection (its transaction's, if it has one).
 *
 * Why: the hot reads (the sign-in check on every request, the notice list) spend longer in PostgreSQL's
 * planner than in the executor; a named statement is planned once per connection and reused, which nearly
 * doubles what the server answers per second (docs/benchmarks.md). TypeORM's `query` cannot name a
 * statement, so this goes to the pg driver underneath. Rows come back as pg parses them (snake_case
 * columns; `date` as a JS Date unless the SQL casts it to text, which every caller here does).
 */
export async function preparedQuery<R>(manager: EntityManager, text: string, values: unknown[]): Promise<R[]> {
  const target = manager.queryRunner && !manager.queryRunner.isReleased ? await manager.queryRunner.connect() : poolOf(manager.connection);
  const result = await (target as PgQueryable).query<R>({ name: statementName(text), text, values });
  return result.rows;
}

function poolOf(dataSource: DataSource): PgQueryable {
  const pool = (dataSource.driver as unknown as { master?: PgQueryable }).master;
  if (!pool) throw new Error('preparedQuery needs the PostgreSQL driver with its connection pool open');
  return pool;
}
