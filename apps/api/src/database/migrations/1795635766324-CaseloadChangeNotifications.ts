import { MigrationInterface, QueryRunner } from 'typeorm';

/** Every table a case list is read from; `firm` is keyed by its own id, the rest by firm_id. */
const TABLES: ReadonlyArray<{ table: string; firmColumn: 'firm_id' | 'id' }> = [
  { table: 'notice', firmColumn: 'firm_id' },
  { table: 'deadline', firmColumn: 'firm_id' },
  { table: 'resolution', firmColumn: 'firm_id' },
  { table: 'installment', firmColumn: 'firm_id' },
  { table: 'client', firmColumn: 'firm_id' },
  { table: 'app_user', firmColumn: 'firm_id' },
  { table: 'firm', firmColumn: 'id' },
];
const EVENTS = [
  { event: 'INSERT', rows: 'NEW' },
  { event: 'UPDATE', rows: 'NEW' },
  { event: 'DELETE', rows: 'OLD' },
] as const;

/**
 * After any statement that changes what a case list shows, PostgreSQL announces the firms it touched on the
 * channel `nutmeg_caseload_changed` (payload: the firm id, or `*` after a TRUNCATE), whoever made the
 * change: this api, another replica, the sweep CLI, a seed or a hand-written statement. The api's case-list
 * cache (CaseListCache) forgets a firm's pages when it hears one. Statement-level triggers with transition
 * tables, so a sweep batch that rewrites thousands of rows sends one notification per firm, not per row, and
 * NOTIFY is delivered at commit, so a rolled-back change announces nothing.
 */
export class CaseloadChangeNotifications1795635766324 implements MigrationInterface {
  name = 'CaseloadChangeNotifications1795635766324';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const column of ['firm_id', 'id'] as const) {
      await queryRunner.query(`
        CREATE FUNCTION "caseload_changed_by_${column}"() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          PERFORM pg_notify('nutmeg_caseload_changed', firm::text) FROM (SELECT DISTINCT "${column}" AS firm FROM changed_rows) firms;
          RETURN NULL;
        END $$`);
    }
    await queryRunner.query(`
      CREATE FUNCTION "caseload_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('nutmeg_caseload_changed', '*');
        RETURN NULL;
      END $$`);
    for (const { table, firmColumn } of TABLES) {
      for (const { event, rows } of EVENTS) {
        await queryRunner.query(
          `CREATE TRIGGER "${table}_caseload_${event.toLowerCase()}" AFTER ${event} ON "${table}" REFERENCING ${rows} TABLE AS changed_rows ` +
            `FOR EACH STATEMENT EXECUTE FUNCTION "caseload_changed_by_${firmColumn}"()`,
        );
      }
      await queryRunner.query(`CREATE TRIGGER "${table}_caseload_truncate" AFTER TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "caseload_truncated"()`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table } of TABLES) {
      for (const event of ['insert', 'update', 'delete', 'truncate']) await queryRunner.query(`DROP TRIGGER "${table}_caseload_${event}" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION "caseload_truncated"()`);
    for (const column of ['firm_id', 'id']) await queryRunner.query(`DROP FUNCTION "caseload_changed_by_${column}"()`);
  }
}
