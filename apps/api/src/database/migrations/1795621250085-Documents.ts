import { MigrationInterface, QueryRunner } from 'typeorm';

/** Documents on file for clients and notices, their bytes in PostgreSQL. */
export class Documents1795621250085 implements MigrationInterface {
  name = 'Documents1795621250085';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "firm_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "client_id" uuid NOT NULL, "notice_id" uuid, "type" character varying(30) NOT NULL, "title" character varying(200) NOT NULL, "received_date" date, "content_type" character varying(40) NOT NULL, "size_bytes" integer NOT NULL, "sha256" character(64) NOT NULL, "content" bytea NOT NULL, "uploaded_by_id" uuid, CONSTRAINT "PK_e57d3357f83f3cdc0acffc3d777" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_eb8e02f0b4032109a89c0fbcc6" ON "document"  ("firm_id") `);
    await queryRunner.query(`CREATE INDEX "document_notice_idx" ON "document"  ("notice_id") `);
    await queryRunner.query(
      `CREATE INDEX "document_client_idx" ON "document"  ("firm_id", "client_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "document" ADD CONSTRAINT "FK_eb8e02f0b4032109a89c0fbcc63" FOREIGN KEY ("firm_id") REFERENCES "firm"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document" ADD CONSTRAINT "FK_69829ffa7becbba27900de9233a" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document" ADD CONSTRAINT "FK_f980043b3c6a75919e6f70e6dff" FOREIGN KEY ("notice_id") REFERENCES "notice"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "document" ADD CONSTRAINT "FK_1b69aad62985f354d9aa36c995d" FOREIGN KEY ("uploaded_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "document" DROP CONSTRAINT "FK_1b69aad62985f354d9aa36c995d"`);
    await queryRunner.query(`ALTER TABLE "document" DROP CONSTRAINT "FK_f980043b3c6a75919e6f70e6dff"`);
    await queryRunner.query(`ALTER TABLE "document" DROP CONSTRAINT "FK_69829ffa7becbba27900de9233a"`);
    await queryRunner.query(`ALTER TABLE "document" DROP CONSTRAINT "FK_eb8e02f0b4032109a89c0fbcc63"`);
    await queryRunner.query(`DROP INDEX "public"."document_client_idx"`);
    await queryRunner.query(`DROP INDEX "public"."document_notice_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eb8e02f0b4032109a89c0fbcc6"`);
    await queryRunner.query(`DROP TABLE "document"`);
  }
}
