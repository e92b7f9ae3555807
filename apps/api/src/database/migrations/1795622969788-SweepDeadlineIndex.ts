import { MigrationInterface, QueryRunner } from 'typeorm';

/** Open deadlines by due date across all firms: the sweep reads its batches of past-due rows from it. */
export class SweepDeadlineIndex1795622969788 implements MigrationInterface {
  name = 'SweepDeadlineIndex1795622969788';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "deadline_open_due_idx" ON "deadline"  ("due_date") WHERE "status" = 'open'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."deadline_open_due_idx"`);
  }
}
