import { CallOutcome, DrsLine, PoaCoverageAnswer } from '@nutmeg/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { Client } from '../clients/client.entity';
import { FirmScopedEntity } from '../database/firm-scoped.entity';
import { DeadlineRecord } from '../deadlines/deadline.entity';
import { Notice } from '../notices/notice.entity';
import { User } from '../users/user.entity';

/** One telephone call with DRS about a client (and perhaps one of its notices), as the caller logged it. */
@Entity('drs_call')
@Index('drs_call_firm_started_idx', ['firmId', 'startedAt'])
@Index('drs_call_firm_client_started_idx', ['firmId', 'clientId', 'startedAt'])
@Index('drs_call_firm_caller_started_idx', ['firmId', 'callerId', 'startedAt'])
@Index('drs_call_notice_idx', ['noticeId'])
@Index('drs_call_firm_date_idx', ['firmId', 'callDate'])
@Check('drs_call_line_check', `"line" IN ('greater_hartford', 'toll_free_in_ct', 'tty', 'collections', 'other')`)
@Check(
  'drs_call_outcome_check',
  `"outcome" IN ('resolved', 'info_obtained', 'callback_promised', 'payment_arranged', 'transferred', 'no_answer')`,
)
@Check(
  'drs_call_minutes_check',
  `("hold_minutes" IS NULL OR "hold_minutes" >= 0) AND ("talk_minutes" IS NULL OR "talk_minutes" >= 0)`,
)
export class DrsCall extends FirmScopedEntity {
  @Column({ type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @Column({ type: 'uuid', nullable: true })
  noticeId!: string | null;

  @ManyToOne(() => Notice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'notice_id' })
  notice?: Notice | null;

  /** Who spoke to DRS. */
  @Column({ type: 'uuid' })
  callerId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'caller_id' })
  caller?: User;

  /** Who wrote the log (a manager may log for someone else). */
  @Column({ type: 'uuid', nullable: true })
  loggedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'logged_by_id' })
  loggedBy?: User | null;

  @Column({ type: 'varchar', length: 20 })
  line!: DrsLine;

  @Column({ type: 'varchar', length: 100, nullable: true })
  lineDetail!: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  drsEmployeeName!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  drsEmployeeId!: string | null;

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  /** The day of `startedAt` in the firm's time zone (America/New_York), kept for filtering by day. */
  @Column({ type: 'date' })
  callDate!: string;

  @Column({ type: 'integer', nullable: true })
  holdMinutes!: number | null;

  @Column({ type: 'integer', nullable: true })
  talkMinutes!: number | null;

  @Column({ type: 'varchar', length: 500 })
  purpose!: string;

  @Column({ type: 'varchar', length: 20 })
  outcome!: CallOutcome;

  @Column({ type: 'varchar', length: 60, nullable: true })
  referenceNumber!: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  drsPromises!: string | null;

  @Column({ type: 'date', nullable: true })
  followUpOn!: string | null;

  /** The soft follow-up deadline this call put on its notice. */
  @Column({ type: 'uuid', nullable: true })
  followUpDeadlineId!: string | null;

  @ManyToOne(() => DeadlineRecord, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'follow_up_deadline_id' })
  followUpDeadline?: DeadlineRecord | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  /** The caller had no POA covering the matter on the call date, and whoever logged it acknowledged that. */
  @Column({ type: 'boolean', default: false })
  flaggedNoPoa!: boolean;

  /** The POA check as it stood when the call was logged or last corrected. */
  @Column({ type: 'jsonb' })
  poaCoverage!: PoaCoverageAnswer;

  @VersionColumn({ default: 1 })
  version!: number;
}
