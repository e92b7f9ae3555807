import { MigrationInterface, QueryRunner } from 'typeorm';

/** Per-mechanism escalation levels stored with the other figures, for the dashboard heatmap. */
export class NoticeMechanismLevels1795626722143 implements MigrationInterface {
  name = 'NoticeMechanismLevels1795626722143';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notice" ADD "mechanism_levels" jsonb NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notice" DROP COLUMN "mechanism_levels"`);
  }
}
