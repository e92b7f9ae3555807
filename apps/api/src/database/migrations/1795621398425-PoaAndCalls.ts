import { MigrationInterface, QueryRunner } from 'typeorm';

/** Powers of attorney (Form LGL-001) and the DRS call log (issue 4). */
export class PoaAndCalls1795621398425 implements MigrationInterface {
  name = 'PoaAndCalls1795621398425';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "drs_call" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "firm_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "client_id" uuid NOT NULL, "notice_id" uuid, "caller_id" uuid NOT NULL, "logged_by_id" uuid, "line" character varying(20) NOT NULL, "line_detail" character varying(100), "drs_employee_name" character varying(120), "drs_employee_id" character varying(40), "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "call_date" date NOT NULL, "hold_minutes" integer, "talk_minutes" integer, "purpose" character varying(500) NOT NULL, "outcome" character varying(20) NOT NULL, "reference_number" character varying(60), "drs_promises" character varying(2000), "follow_up_on" date, "follow_up_deadline_id" uuid, "notes" text, "flagged_no_poa" boolean NOT NULL DEFAULT false, "poa_coverage" jsonb NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "drs_call_minutes_check" CHECK (("hold_minutes" IS NULL OR "hold_minutes" >= 0) AND ("talk_minutes" IS NULL OR "talk_minutes" >= 0)), CONSTRAINT "drs_call_outcome_check" CHECK ("outcome" IN ('resolved', 'info_obtained', 'callback_promised', 'payment_arranged', 'transferred', 'no_answer')), CONSTRAINT "drs_call_line_check" CHECK ("line" IN ('greater_hartford', 'toll_free_in_ct', 'tty', 'collections', 'other')), CONSTRAINT "PK_72efd9ff39a5395c2b3d11b572d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_3a224442aeaa01a7ccdf40098b" ON "drs_call"  ("firm_id") `);
    await queryRunner.query(`CREATE INDEX "drs_call_firm_date_idx" ON "drs_call"  ("firm_id", "call_date") `);
    await queryRunner.query(`CREATE INDEX "drs_call_notice_idx" ON "drs_call"  ("notice_id") `);
    await queryRunner.query(
      `CREATE INDEX "drs_call_firm_caller_started_idx" ON "drs_call"  ("firm_id", "caller_id", "started_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "drs_call_firm_client_started_idx" ON "drs_call"  ("firm_id", "client_id", "started_at") `,
    );
    await queryRunner.query(`CREATE INDEX "drs_call_firm_started_idx" ON "drs_call"  ("firm_id", "started_at") `);
    await queryRunner.query(
      `CREATE TABLE "poa_authorization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "firm_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "client_id" uuid NOT NULL, "representative_id" uuid NOT NULL, "tax_types" character varying(30) array NOT NULL, "periods" jsonb NOT NULL, "powers" character varying(40) array NOT NULL, "other_acts" character varying(500), "includes_spouse" boolean NOT NULL DEFAULT false, "status" character varying(12) NOT NULL, "signed_on" date, "filed_on" date, "confirmation_number" character varying(40), "effective_on" date, "expires_on" date, "revoked_on" date, "revoked_by_poa_id" uuid, "revocation_reason" character varying(500), "notes" text, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "poa_authorization_revoked_check" CHECK ("status" <> 'revoked' OR "revoked_on" IS NOT NULL), CONSTRAINT "poa_authorization_effective_check" CHECK ("status" IN ('draft', 'filed', 'revoked') OR "effective_on" IS NOT NULL), CONSTRAINT "poa_authorization_filed_check" CHECK ("status" = 'draft' OR ("signed_on" IS NOT NULL AND "filed_on" IS NOT NULL)), CONSTRAINT "poa_authorization_dates_check" CHECK ("expires_on" IS NULL OR "effective_on" IS NULL OR "expires_on" >= "effective_on"), CONSTRAINT "poa_authorization_periods_check" CHECK (jsonb_typeof("periods") = 'array' AND jsonb_array_length("periods") >= 1), CONSTRAINT "poa_authorization_tax_types_check" CHECK (cardinality("tax_types") >= 1), CONSTRAINT "poa_authorization_status_check" CHECK ("status" IN ('draft', 'filed', 'active', 'revoked', 'expired')), CONSTRAINT "PK_2f6db7dcc8f0568135a4904ba6c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a91996ed2969e9277f5a8e2488" ON "poa_authorization"  ("firm_id") `);
    await queryRunner.query(
      `CREATE INDEX "poa_authorization_firm_active_expiry_idx" ON "poa_authorization"  ("firm_id", "expires_on") WHERE "status" = 'active'`,
    );
    await queryRunner.query(
      `CREATE INDEX "poa_authorization_firm_representative_idx" ON "poa_authorization"  ("firm_id", "representative_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "poa_authorization_firm_client_idx" ON "poa_authorization"  ("firm_id", "client_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "drs_call" ADD CONSTRAINT "FK_3a224442aeaa01a7ccdf40098b2" FOREIGN KEY ("firm_id") REFERENCES "firm"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "drs_call" ADD CONSTRAINT "FK_18584aa43a407191138fac726a3" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "drs_call" ADD CONSTRAINT "FK_e5a9a98ed01bcd6fd47a7990c4d" FOREIGN KEY ("notice_id") REFERENCES "notice"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "drs_call" ADD CONSTRAINT "FK_edca5a649341e2fd5145e069fc9" FOREIGN KEY ("caller_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "drs_call" ADD CONSTRAINT "FK_57bd4d957bf9ce74c9ea5fb80ea" FOREIGN KEY ("logged_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "drs_call" ADD CONSTRAINT "FK_2db0c2b2bda27501a40c4fc7207" FOREIGN KEY ("follow_up_deadline_id") REFERENCES "deadline"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "poa_authorization" ADD CONSTRAINT "FK_a91996ed2969e9277f5a8e24884" FOREIGN KEY ("firm_id") REFERENCES "firm"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "poa_authorization" ADD CONSTRAINT "FK_92edb78a8c59baba3d2e230cbb4" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "poa_authorization" ADD CONSTRAINT "FK_84a4c8e9adf92236031b3543af8" FOREIGN KEY ("representative_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "poa_authorization" ADD CONSTRAINT "FK_f47f55825eaa5717b94bb570979" FOREIGN KEY ("revoked_by_poa_id") REFERENCES "poa_authorization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "poa_authorization" DROP CONSTRAINT "FK_f47f55825eaa5717b94bb570979"`);
    await queryRunner.query(`ALTER TABLE "poa_authorization" DROP CONSTRAINT "FK_84a4c8e9adf92236031b3543af8"`);
    await queryRunner.query(`ALTER TABLE "poa_authorization" DROP CONSTRAINT "FK_92edb78a8c59baba3d2e230cbb4"`);
    await queryRunner.query(`ALTER TABLE "poa_authorization" DROP CONSTRAINT "FK_a91996ed2969e9277f5a8e24884"`);
    await queryRunner.query(`ALTER TABLE "drs_call" DROP CONSTRAINT "FK_2db0c2b2bda27501a40c4fc7207"`);
    await queryRunner.query(`ALTER TABLE "drs_call" DROP CONSTRAINT "FK_57bd4d957bf9ce74c9ea5fb80ea"`);
    await queryRunner.query(`ALTER TABLE "drs_call" DROP CONSTRAINT "FK_edca5a649341e2fd5145e069fc9"`);
    await queryRunner.query(`ALTER TABLE "drs_call" DROP CONSTRAINT "FK_e5a9a98ed01bcd6fd47a7990c4d"`);
    await queryRunner.query(`ALTER TABLE "drs_call" DROP CONSTRAINT "FK_18584aa43a407191138fac726a3"`);
    await queryRunner.query(`ALTER TABLE "drs_call" DROP CONSTRAINT "FK_3a224442aeaa01a7ccdf40098b2"`);
    await queryRunner.query(`DROP INDEX "public"."poa_authorization_firm_client_idx"`);
    await queryRunner.query(`DROP INDEX "public"."poa_authorization_firm_representative_idx"`);
    await queryRunner.query(`DROP INDEX "public"."poa_authorization_firm_active_expiry_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a91996ed2969e9277f5a8e2488"`);
    await queryRunner.query(`DROP TABLE "poa_authorization"`);
    await queryRunner.query(`DROP INDEX "public"."drs_call_firm_started_idx"`);
    await queryRunner.query(`DROP INDEX "public"."drs_call_firm_client_started_idx"`);
    await queryRunner.query(`DROP INDEX "public"."drs_call_firm_caller_started_idx"`);
    await queryRunner.query(`DROP INDEX "public"."drs_call_notice_idx"`);
    await queryRunner.query(`DROP INDEX "public"."drs_call_firm_date_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3a224442aeaa01a7ccdf40098b"`);
    await queryRunner.query(`DROP TABLE "drs_call"`);
  }
}
