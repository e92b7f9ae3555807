import { MigrationInterface, QueryRunner } from 'typeorm';

/** The deadline sweep: alerts (unique per subject, kind and threshold), sweep runs, notice activity. */
export class Sweeps1795621522431 implements MigrationInterface {
  name = 'Sweeps1795621522431';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "alert" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "firm_id" uuid NOT NULL, "recipient_id" uuid, "subject_type" character varying(20) NOT NULL, "subject_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "threshold" integer NOT NULL DEFAULT '0', "notice_id" uuid, "client_id" uuid, "message" text NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ad91cad659a3536465d564a4b2f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "alert_firm_recipient_idx" ON "alert"  ("firm_id", "recipient_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "alert_subject_kind_threshold_key" ON "alert"  ("subject_type", "subject_id", "kind", "threshold") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sweep_run" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "trigger" character varying(10) NOT NULL, "firm_id" uuid, "started_by_id" uuid, "as_of" date NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, "duration_ms" integer, "outcome" character varying(10) NOT NULL DEFAULT 'running', "counts" jsonb NOT NULL DEFAULT '{}', "error" text, CONSTRAINT "PK_55b2e4343e1b7da08783ed6b079" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "sweep_run_started_idx" ON "sweep_run"  ("started_at") `);
    await queryRunner.query(
      `ALTER TABLE "notice" ADD "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notice" DROP COLUMN "last_activity_at"`);
    await queryRunner.query(`DROP INDEX "public"."sweep_run_started_idx"`);
    await queryRunner.query(`DROP TABLE "sweep_run"`);
    await queryRunner.query(`DROP INDEX "public"."alert_subject_kind_threshold_key"`);
    await queryRunner.query(`DROP INDEX "public"."alert_firm_recipient_idx"`);
    await queryRunner.query(`DROP TABLE "alert"`);
  }
}
