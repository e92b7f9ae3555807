import { NoticeReason, NoticeStatus, NoticePeriod } from '@nutmeg/contracts';
import { NoticeKind, PenaltyKind, ResponseStatus, RiskLevel, RiskMechanism, TaxType } from '@nutmeg/domain';
import Decimal from 'decimal.js';
import { Check, Column, DeleteDateColumn, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { Client } from '../clients/client.entity';
import { decimalTransformer } from '../database/decimal.transformer';
import { FirmScopedEntity } from '../database/firm-scoped.entity';
import { User } from '../users/user.entity';

const money = { type: 'numeric', precision: 14, scale: 2, transformer: decimalTransformer } as const;

/** A DRS notice a client received: the case the firm works. */
@Entity('notice')
@Index('notice_firm_correspondence_key', ['firmId', 'correspondenceId'], {
  unique: true,
  where: '"deleted_at" IS NULL',
})
@Index('notice_firm_status_idx', ['firmId', 'status'])
@Index('notice_firm_assignee_idx', ['firmId', 'assigneeId'])
@Index('notice_firm_client_idx', ['firmId', 'clientId'])
// The two list orders, whole (NoticesService.list and triageQueue), so a page is read straight off an index.
// TypeORM cannot declare descending or expression columns: the SQL is in migration NoticeListIndexes.
@Index('notice_firm_list_order_idx', { synchronize: false })
@Index('notice_firm_triage_order_idx', { synchronize: false })
@Check(
  'notice_status_check',
  `"status" IN ('new','triage','verifying','awaiting_documents','response_in_progress','awaiting_drs','resolved','closed_no_action')`,
)
@Check(
  'notice_amounts_check',
  `"stated_tax" >= 0 AND "stated_penalty" >= 0 AND "stated_interest" >= 0 AND "stated_credits" >= 0 AND "stated_balance_due" >= 0`,
)
export class Notice extends FirmScopedEntity {
  @Column({ type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @Column({ type: 'varchar', length: 40 })
  kind!: NoticeKind;

  @Column({ type: 'varchar', length: 30 })
  taxType!: TaxType;

  @Column({ type: 'jsonb' })
  taxPeriods!: NoticePeriod[];

  @Column({ type: 'date' })
  noticeDate!: string;

  @Column({ type: 'date', nullable: true })
  receivedDate!: string | null;

  @Column({ type: 'date' })
  taxDueDate!: string;

  @Column({ type: 'boolean', default: false })
  taxDueDateAssumed!: boolean;

  /** The penalty the notice assesses: late payment unless it says late filing, negligence, fraud... */
  @Column({ type: 'varchar', length: 30, default: 'late_payment' })
  penaltyKind!: PenaltyKind;

  /** The return's extended due date, when an extension was granted (§12-723's safe harbour). */
  @Column({ type: 'date', nullable: true })
  extendedDueDate!: string | null;

  @Column({ type: 'varchar', length: 20 })
  accountNumber!: string;

  @Column({ type: 'varchar', length: 20 })
  correspondenceId!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  reason!: NoticeReason | null;

  @Column(money)
  statedTax!: Decimal;

  @Column(money)
  statedPenalty!: Decimal;

  @Column(money)
  statedInterest!: Decimal;

  @Column(money)
  statedCredits!: Decimal;

  @Column(money)
  statedBalanceDue!: Decimal;

  @Column({ type: 'date', nullable: true })
  statedAsOf!: string | null;

  @Column({ type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id' })
  assignee?: User | null;

  @Column({ type: 'varchar', length: 30, default: 'new' })
  status!: NoticeStatus;

  /** Fed to the risk model; later issues set it from resolutions (plan active, protested, paid). */
  @Column({ type: 'varchar', length: 20, default: 'none' })
  responseStatus!: ResponseStatus;

  /** Kept in step with the checklist: true while any legitimacy check has failed. */
  @Column({ type: 'boolean', default: false })
  possibleScam!: boolean;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  // Figures kept for sorting and filtering in SQL, refreshed on every change to the case (and by the
  // deadline sweep). Reads recompute them live for the rows they return.
  @Column({ type: 'date', nullable: true })
  nextHardDeadline!: string | null;

  @Column({ type: 'integer', default: 0 })
  riskScore!: number;

  @Column({ type: 'varchar', length: 10, default: 'low' })
  riskLevel!: RiskLevel;

  @Column({ ...money, default: 0 })
  balanceNow!: Decimal;

  /** Level per escalation mechanism (lien → high, …), stored with the other figures for the dashboard heatmap. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  mechanismLevels!: Partial<Record<RiskMechanism, RiskLevel>>;

  @Column({ type: 'date', nullable: true })
  figuresAsOf!: string | null;

  /**
   * The last day the stored figures hold without recomputing (the model's next step: a month of interest,
   * an age step, a deadline coming near); the sweep recomputes the case after it. Null: at the next sweep.
   */
  @Column({ type: 'date', nullable: true })
  figuresStableUntil!: string | null;

  /** The last time a person did something on the case (the sweep's own refreshes do not count). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastActivityAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;

  @DeleteDateColumn({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
