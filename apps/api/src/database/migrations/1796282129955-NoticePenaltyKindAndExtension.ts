import { MigrationInterface, QueryRunner } from 'typeorm';

/** What penalty a notice assesses and the extension of its return, so a case accrues as DRS does. */
export class NoticePenaltyKindAndExtension1796282129955 implements MigrationInterface {
  name = 'NoticePenaltyKindAndExtension1796282129955';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "notice" ADD "penalty_kind" character varying(30) NOT NULL DEFAULT 'late_payment'`,
    );
    await queryRunner.query(`ALTER TABLE "notice" ADD "extended_due_date" date`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notice" DROP COLUMN "extended_due_date"`);
    await queryRunner.query(`ALTER TABLE "notice" DROP COLUMN "penalty_kind"`);
  }
}
