import { MigrationInterface, QueryRunner } from 'typeorm';

/** The deadlines a recorded action can still satisfy: the sweep reconciles only these. */
export class SweepReconcileIndex1795624446235 implements MigrationInterface {
  name = 'SweepReconcileIndex1795624446235';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "deadline_reconcile_idx" ON "deadline"  ("due_date") WHERE "status" IN ('open', 'missed') AND "kind" IN ('installment_payment', 'written_protest', 'superior_court_appeal')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."deadline_reconcile_idx"`);
  }
}
