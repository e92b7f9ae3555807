import { MigrationInterface, QueryRunner } from 'typeorm';

/** The last day a notice's stored figures hold, so the sweep reads only the cases due for recomputing. */
export class NoticeFiguresStableUntil1795631300200 implements MigrationInterface {
  name = 'NoticeFiguresStableUntil1795631300200';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notice" ADD "figures_stable_until" date`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notice" DROP COLUMN "figures_stable_until"`);
  }
}
