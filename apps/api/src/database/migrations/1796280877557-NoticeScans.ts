import { MigrationInterface, QueryRunner } from 'typeorm';

/** Letters intake has read, kept (encrypted) until a person confirms each into a case. */
export class NoticeScans1796280877557 implements MigrationInterface {
  name = 'NoticeScans1796280877557';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notice_scan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "firm_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_by_id" uuid, "file_name" character varying(200) NOT NULL, "content_type" character varying(40) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "content" bytea NOT NULL, "pages" integer NOT NULL, "method" character varying(20) NOT NULL, "fields" jsonb NOT NULL, "missing" jsonb NOT NULL, "warnings" jsonb NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'draft', "notice_id" uuid, CONSTRAINT "PK_fe0a4c7905c1fa5e3031b3c8eae" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_09354048d75e0e570b304ca776" ON "notice_scan"  ("firm_id") `);
    await queryRunner.query(`CREATE INDEX "notice_scan_firm_created_idx" ON "notice_scan"  ("firm_id", "created_at") `);
    await queryRunner.query(
      `ALTER TABLE "notice_scan" ADD CONSTRAINT "FK_09354048d75e0e570b304ca7763" FOREIGN KEY ("firm_id") REFERENCES "firm"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notice_scan" ADD CONSTRAINT "FK_8628e170e6b0152a3df2b415255" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notice_scan" ADD CONSTRAINT "FK_3076d47ba16583ef65522846513" FOREIGN KEY ("notice_id") REFERENCES "notice"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notice_scan" DROP CONSTRAINT "FK_3076d47ba16583ef65522846513"`);
    await queryRunner.query(`ALTER TABLE "notice_scan" DROP CONSTRAINT "FK_8628e170e6b0152a3df2b415255"`);
    await queryRunner.query(`ALTER TABLE "notice_scan" DROP CONSTRAINT "FK_09354048d75e0e570b304ca7763"`);
    await queryRunner.query(`DROP INDEX "public"."notice_scan_firm_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_09354048d75e0e570b304ca776"`);
    await queryRunner.query(`DROP TABLE "notice_scan"`);
  }
}
