import { MigrationInterface, QueryRunner } from 'typeorm';

/** The audit trail's moves into resolved or closed, per firm by time, for the dashboard's weekly trends. */
export class DashboardAuditIndex1795627133187 implements MigrationInterface {
  name = 'DashboardAuditIndex1795627133187';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "audit_event_notice_closed_idx" ON "audit_event"  ("firm_id", "occurred_at") WHERE "entity_type" = 'notice' AND "action" = 'update' AND ("after" ->> 'status') IN ('resolved', 'closed_no_action')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."audit_event_notice_closed_idx"`);
  }
}
