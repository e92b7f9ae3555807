import { MigrationInterface, QueryRunner } from 'typeorm';

/** Notices (cases), their deadlines and legitimacy checklists (issue 4). */
export class Notices1795620176503 implements MigrationInterface {
  name = 'Notices1795620176503';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notice" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "firm_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "client_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "tax_type" character varying(30) NOT NULL, "tax_periods" jsonb NOT NULL, "notice_date" date NOT NULL, "received_date" date, "tax_due_date" date NOT NULL, "tax_due_date_assumed" boolean NOT NULL DEFAULT false, "account_number" character varying(20) NOT NULL, "correspondence_id" character varying(20) NOT NULL, "reason" character varying(40), "stated_tax" numeric(14,2) NOT NULL, "stated_penalty" numeric(14,2) NOT NULL, "stated_interest" numeric(14,2) NOT NULL, "stated_credits" numeric(14,2) NOT NULL, "stated_balance_due" numeric(14,2) NOT NULL, "stated_as_of" date, "assignee_id" uuid, "status" character varying(30) NOT NULL DEFAULT 'new', "response_status" character varying(20) NOT NULL DEFAULT 'none', "possible_scam" boolean NOT NULL DEFAULT false, "notes" text, "next_hard_deadline" date, "risk_score" integer NOT NULL DEFAULT '0', "risk_level" character varying(10) NOT NULL DEFAULT 'low', "balance_now" numeric(14,2) NOT NULL DEFAULT '0', "figures_as_of" date, "version" integer NOT NULL DEFAULT '1', "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "notice_amounts_check" CHECK ("stated_tax" >= 0 AND "stated_penalty" >= 0 AND "stated_interest" >= 0 AND "stated_credits" >= 0 AND "stated_balance_due" >= 0), CONSTRAINT "notice_status_check" CHECK ("status" IN ('new','triage','verifying','awaiting_documents','response_in_progress','awaiting_drs','resolved','closed_no_action')), CONSTRAINT "PK_705062b14410ff1a04998f86d72" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1228ea8c9c458824aa101ec4c4" ON "notice"  ("firm_id") `);
    await queryRunner.query(
      `CREATE INDEX "notice_firm_urgency_idx" ON "notice"  ("firm_id", "next_hard_deadline", "risk_score") `,
    );
    await queryRunner.query(`CREATE INDEX "notice_firm_client_idx" ON "notice"  ("firm_id", "client_id") `);
    await queryRunner.query(`CREATE INDEX "notice_firm_assignee_idx" ON "notice"  ("firm_id", "assignee_id") `);
    await queryRunner.query(`CREATE INDEX "notice_firm_status_idx" ON "notice"  ("firm_id", "status") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notice_firm_correspondence_key" ON "notice"  ("firm_id", "correspondence_id") WHERE "deleted_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "deadline" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "firm_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "notice_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "due_date" date NOT NULL, "computed_date" date NOT NULL, "roll_reason" text, "hard" boolean NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'open', "met_at" TIMESTAMP WITH TIME ZONE, "rule_id" character varying(100) NOT NULL, "rule" text NOT NULL, "citation" jsonb NOT NULL, CONSTRAINT "deadline_status_check" CHECK ("status" IN ('open', 'met', 'missed', 'waived')), CONSTRAINT "PK_9b68db28fc035ed8a84691bfbaf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_773d7fc1125e3bb36a1f3df57a" ON "deadline"  ("firm_id") `);
    await queryRunner.query(
      `CREATE INDEX "deadline_firm_open_due_idx" ON "deadline"  ("firm_id", "due_date") WHERE "status" = 'open'`,
    );
    await queryRunner.query(`CREATE INDEX "deadline_notice_idx" ON "deadline"  ("notice_id", "due_date") `);
    await queryRunner.query(
      `CREATE TABLE "notice_check" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "firm_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "notice_id" uuid NOT NULL, "item" character varying(40) NOT NULL, "result" character varying(12) NOT NULL, "checked_by_id" uuid, "checked_at" TIMESTAMP WITH TIME ZONE, "note" character varying(500), CONSTRAINT "notice_check_result_check" CHECK ("result" IN ('not_checked', 'passed', 'failed')), CONSTRAINT "PK_3f5b0ad76a2700575b09e764bc3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4316c63184c2d1052a83d7e15a" ON "notice_check"  ("firm_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notice_check_notice_item_key" ON "notice_check"  ("notice_id", "item") `,
    );
    await queryRunner.query(`ALTER TABLE "firm" ALTER COLUMN "rule_overrides" SET DEFAULT '{}'::jsonb`);
    await queryRunner.query(
      `ALTER TABLE "notice" ADD CONSTRAINT "FK_1228ea8c9c458824aa101ec4c45" FOREIGN KEY ("firm_id") REFERENCES "firm"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notice" ADD CONSTRAINT "FK_d6aa0657513a25cc18393a45039" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notice" ADD CONSTRAINT "FK_e279a1b7c887b4e6fe7f4e1206f" FOREIGN KEY ("assignee_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deadline" ADD CONSTRAINT "FK_773d7fc1125e3bb36a1f3df57a6" FOREIGN KEY ("firm_id") REFERENCES "firm"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deadline" ADD CONSTRAINT "FK_102d439f17882c15d578e343a29" FOREIGN KEY ("notice_id") REFERENCES "notice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notice_check" ADD CONSTRAINT "FK_4316c63184c2d1052a83d7e15ae" FOREIGN KEY ("firm_id") REFERENCES "firm"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notice_check" ADD CONSTRAINT "FK_d0275fb00066900370095953c34" FOREIGN KEY ("notice_id") REFERENCES "notice"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notice_check" ADD CONSTRAINT "FK_c14c50c4b284e1d07de781cae4e" FOREIGN KEY ("checked_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notice_check" DROP CONSTRAINT "FK_c14c50c4b284e1d07de781cae4e"`);
    await queryRunner.query(`ALTER TABLE "notice_check" DROP CONSTRAINT "FK_d0275fb00066900370095953c34"`);
    await queryRunner.query(`ALTER TABLE "notice_check" DROP CONSTRAINT "FK_4316c63184c2d1052a83d7e15ae"`);
    await queryRunner.query(`ALTER TABLE "deadline" DROP CONSTRAINT "FK_102d439f17882c15d578e343a29"`);
    await queryRunner.query(`ALTER TABLE "deadline" DROP CONSTRAINT "FK_773d7fc1125e3bb36a1f3df57a6"`);
    await queryRunner.query(`ALTER TABLE "notice" DROP CONSTRAINT "FK_e279a1b7c887b4e6fe7f4e1206f"`);
    await queryRunner.query(`ALTER TABLE "notice" DROP CONSTRAINT "FK_d6aa0657513a25cc18393a45039"`);
    await queryRunner.query(`ALTER TABLE "notice" DROP CONSTRAINT "FK_1228ea8c9c458824aa101ec4c45"`);
    await queryRunner.query(`ALTER TABLE "firm" ALTER COLUMN "rule_overrides" SET DEFAULT '{}'`);
    await queryRunner.query(`DROP INDEX "public"."notice_check_notice_item_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4316c63184c2d1052a83d7e15a"`);
    await queryRunner.query(`DROP TABLE "notice_check"`);
    await queryRunner.query(`DROP INDEX "public"."deadline_notice_idx"`);
    await queryRunner.query(`DROP INDEX "public"."deadline_firm_open_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_773d7fc1125e3bb36a1f3df57a"`);
    await queryRunner.query(`DROP TABLE "deadline"`);
    await queryRunner.query(`DROP INDEX "public"."notice_firm_correspondence_key"`);
    await queryRunner.query(`DROP INDEX "public"."notice_firm_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notice_firm_assignee_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notice_firm_client_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notice_firm_urgency_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1228ea8c9c458824aa101ec4c4"`);
    await queryRunner.query(`DROP TABLE "notice"`);
  }
}
