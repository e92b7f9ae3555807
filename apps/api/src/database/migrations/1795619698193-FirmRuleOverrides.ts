import { MigrationInterface, QueryRunner } from 'typeorm';

/** Per-firm corrections to the default Connecticut rules (issue 3). */
export class FirmRuleOverrides1795619698193 implements MigrationInterface {
  name = 'FirmRuleOverrides1795619698193';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "firm" ADD "rule_overrides" jsonb NOT NULL DEFAULT '{}'::jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "firm" DROP COLUMN "rule_overrides"`);
  }
}
