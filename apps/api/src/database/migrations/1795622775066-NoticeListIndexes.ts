import { MigrationInterface, QueryRunner } from 'typeorm';

/** Indexes in the exact order of the notice list and the triage queue (replacing the urgency index). */
export class NoticeListIndexes1795622775066 implements MigrationInterface {
  name = 'NoticeListIndexes1795622775066';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "notice_firm_list_order_idx" ON "notice" ("firm_id", "next_hard_deadline" ASC NULLS LAST, "risk_score" DESC, "notice_date", "id") WHERE "deleted_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "notice_firm_triage_order_idx" ON "notice" ("firm_id", ("assignee_id" IS NULL) DESC, ("status" = 'new') DESC, "next_hard_deadline" ASC NULLS LAST, "risk_score" DESC, "notice_date", "id") WHERE "status" IN ('new', 'triage') AND "deleted_at" IS NULL`,
    );
    await queryRunner.query(`DROP INDEX "public"."notice_firm_urgency_idx"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "notice_firm_urgency_idx" ON "notice" USING btree ("firm_id", "next_hard_deadline", "risk_score") `,
    );
    await queryRunner.query(`DROP INDEX "public"."notice_firm_triage_order_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notice_firm_list_order_idx"`);
  }
}
