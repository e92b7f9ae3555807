import { MigrationInterface, QueryRunner } from 'typeorm';

/** Resolutions on notices (payments, plans and their installments, waivers, offers, protests, suspensions). */
export class Resolutions1795621064550 implements MigrationInterface {
  name = 'Resolutions1795621064550';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "resolution" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "firm_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "notice_id" uuid NOT NULL, "type" character varying(30) NOT NULL, "status" character varying(20) NOT NULL, "amount" numeric(14,2), "date" date, "details" jsonb NOT NULL DEFAULT '{}', "created_by_id" uuid, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "resolution_amount_check" CHECK ("amount" IS NULL OR "amount" >= 0), CONSTRAINT "resolution_type_check" CHECK ("type" IN ('payment','installment_plan','penalty_waiver','offer_of_compromise','protest','hardship_suspension')), CONSTRAINT "PK_2a6383d82766ccd2a9e6163306d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_49417dc7479c61f828849c5211" ON "resolution"  ("firm_id") `);
    await queryRunner.query(`CREATE INDEX "resolution_notice_idx" ON "resolution"  ("notice_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "installment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "firm_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolution_id" uuid NOT NULL, "number" integer NOT NULL, "due_date" date NOT NULL, "amount" numeric(14,2) NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'scheduled', "paid_on" date, "paid_amount" numeric(14,2), CONSTRAINT "installment_status_check" CHECK ("status" IN ('scheduled', 'paid', 'missed')), CONSTRAINT "PK_c79b5b68e8b6293a0210ce7dbda" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_7e498e490b3f15d57e6e703285" ON "installment"  ("firm_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "installment_plan_number_key" ON "installment"  ("resolution_id", "number") `,
    );
    await queryRunner.query(
      `ALTER TABLE "resolution" ADD CONSTRAINT "FK_49417dc7479c61f828849c52110" FOREIGN KEY ("firm_id") REFERENCES "firm"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resolution" ADD CONSTRAINT "FK_aea3e248345bb7d4d925c69c4a6" FOREIGN KEY ("notice_id") REFERENCES "notice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "resolution" ADD CONSTRAINT "FK_f34e0da32ceabd565366f37c9f7" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "installment" ADD CONSTRAINT "FK_7e498e490b3f15d57e6e703285a" FOREIGN KEY ("firm_id") REFERENCES "firm"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "installment" ADD CONSTRAINT "FK_07f191709e50482315fc22b7420" FOREIGN KEY ("resolution_id") REFERENCES "resolution"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "installment" DROP CONSTRAINT "FK_07f191709e50482315fc22b7420"`);
    await queryRunner.query(`ALTER TABLE "installment" DROP CONSTRAINT "FK_7e498e490b3f15d57e6e703285a"`);
    await queryRunner.query(`ALTER TABLE "resolution" DROP CONSTRAINT "FK_f34e0da32ceabd565366f37c9f7"`);
    await queryRunner.query(`ALTER TABLE "resolution" DROP CONSTRAINT "FK_aea3e248345bb7d4d925c69c4a6"`);
    await queryRunner.query(`ALTER TABLE "resolution" DROP CONSTRAINT "FK_49417dc7479c61f828849c52110"`);
    await queryRunner.query(`DROP INDEX "public"."installment_plan_number_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7e498e490b3f15d57e6e703285"`);
    await queryRunner.query(`DROP TABLE "installment"`);
    await queryRunner.query(`DROP INDEX "public"."resolution_notice_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_49417dc7479c61f828849c5211"`);
    await queryRunner.query(`DROP TABLE "resolution"`);
  }
}
