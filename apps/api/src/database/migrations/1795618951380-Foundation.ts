import { MigrationInterface, QueryRunner } from 'typeorm';

/** Firms, users, clients and the append-only audit trail. */
export class Foundation1795618951380 implements MigrationInterface {
  name = 'Foundation1795618951380';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "firm" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b6e197d72a2ef8bd97a7cbc686e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "firm_id" uuid NOT NULL, "actor_user_id" uuid, "action" character varying(20) NOT NULL, "entity_type" character varying(40) NOT NULL, "entity_id" uuid NOT NULL, "before" jsonb, "after" jsonb, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "audit_event_entity_idx" ON "audit_event"  ("firm_id", "entity_type", "entity_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "firm_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" character varying(254) NOT NULL, "full_name" character varying(120) NOT NULL, "role" character varying(20) NOT NULL, "password_hash" character varying(200) NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "app_user_role_check" CHECK ("role" IN ('manager', 'practitioner', 'assistant')), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_63655e420025f8147335a1b0f9" ON "app_user"  ("firm_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"  ("email") `);
    await queryRunner.query(
      `CREATE TABLE "client" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "firm_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "kind" character varying(20) NOT NULL, "legal_name" character varying(200) NOT NULL, "dba" character varying(200), "taxpayer_id_cipher" text, "taxpayer_id_kind" character varying(8), "taxpayer_id_last4" character(4), "taxpayer_id_fingerprint" character varying(64), "ct_registration_number" character varying(20), "ct_account_number" character varying(20), "street" character varying(200), "city" character varying(100), "state" character(2), "postal_code" character varying(10), "phone" character varying(30), "email" character varying(254), "assigned_practitioner_id" uuid, "has_w2_wages" boolean NOT NULL DEFAULT false, "employer_name" character varying(200), "known_bank_accounts" integer NOT NULL DEFAULT '0', "owns_real_property" boolean NOT NULL DEFAULT false, "expects_federal_refund" boolean NOT NULL DEFAULT false, "holds_ct_business_registration" boolean NOT NULL DEFAULT false, "in_bankruptcy" boolean NOT NULL DEFAULT false, "under_criminal_investigation" boolean NOT NULL DEFAULT false, "notes" text, "version" integer NOT NULL DEFAULT '1', "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "client_known_bank_accounts_check" CHECK ("known_bank_accounts" >= 0), CONSTRAINT "client_taxpayer_id_kind_check" CHECK ("taxpayer_id_kind" IS NULL OR "taxpayer_id_kind" IN ('ssn', 'fein')), CONSTRAINT "client_kind_check" CHECK ("kind" IN ('individual', 'business')), CONSTRAINT "PK_96da49381769303a6515a8785c7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_047c2c46b21f4fb148d900e47a" ON "client"  ("firm_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "client_firm_taxpayer_fingerprint_key" ON "client"  ("firm_id", "taxpayer_id_fingerprint") WHERE "deleted_at" IS NULL AND "taxpayer_id_fingerprint" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "client_firm_assignee_idx" ON "client"  ("firm_id", "assigned_practitioner_id") `,
    );
    await queryRunner.query(`CREATE INDEX "client_firm_name_idx" ON "client"  ("firm_id", "legal_name") `);
    await queryRunner.query(
      `ALTER TABLE "audit_event" ADD CONSTRAINT "FK_8e2ea4dbc4c40be99bbdbcfe921" FOREIGN KEY ("firm_id") REFERENCES "firm"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_63655e420025f8147335a1b0f90" FOREIGN KEY ("firm_id") REFERENCES "firm"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "client" ADD CONSTRAINT "FK_047c2c46b21f4fb148d900e47a2" FOREIGN KEY ("firm_id") REFERENCES "firm"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "client" ADD CONSTRAINT "FK_b190c7abdf986cd2af932f8bc71" FOREIGN KEY ("assigned_practitioner_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    // The audit trail is evidence: no statement may rewrite or remove it, whatever the api does.
    await queryRunner.query(`CREATE FUNCTION "audit_event_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
            END
        $$`);
    await queryRunner.query(
      `CREATE TRIGGER "audit_event_append_only" BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION "audit_event_refuse_change"()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "audit_event_no_truncate" BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_refuse_change"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "audit_event_no_truncate" ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER "audit_event_append_only" ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION "audit_event_refuse_change"()`);
    await queryRunner.query(`ALTER TABLE "client" DROP CONSTRAINT "FK_b190c7abdf986cd2af932f8bc71"`);
    await queryRunner.query(`ALTER TABLE "client" DROP CONSTRAINT "FK_047c2c46b21f4fb148d900e47a2"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_63655e420025f8147335a1b0f90"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "FK_8e2ea4dbc4c40be99bbdbcfe921"`);
    await queryRunner.query(`DROP INDEX "public"."client_firm_name_idx"`);
    await queryRunner.query(`DROP INDEX "public"."client_firm_assignee_idx"`);
    await queryRunner.query(`DROP INDEX "public"."client_firm_taxpayer_fingerprint_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_047c2c46b21f4fb148d900e47a"`);
    await queryRunner.query(`DROP TABLE "client"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_email_key"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_63655e420025f8147335a1b0f9"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_entity_idx"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP TABLE "firm"`);
  }
}
