import { DeadlineStatus } from '@nutmeg/contracts';
import { Citation, DeadlineKind } from '@nutmeg/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { FirmScopedEntity } from '../database/firm-scoped.entity';
import { Notice } from '../notices/notice.entity';

/** A dated obligation on a case, as the rules engine computed it, with its rule and source. */
@Entity('deadline')
@Index('deadline_notice_idx', ['noticeId', 'dueDate'])
// The sweep and the "what is due" views read open deadlines by date across a firm.
@Index('deadline_firm_open_due_idx', ['firmId', 'dueDate'], { where: `"status" = 'open'` })
// The sweep takes batches of open, past-due deadlines across every firm straight off this one.
@Index('deadline_open_due_idx', ['dueDate'], { where: `"status" = 'open'` })
// The deadlines a recorded action can still satisfy (the sweep's "met" safety net reads only these).
@Index('deadline_reconcile_idx', ['dueDate'], {
  where: `"status" IN ('open', 'missed') AND "kind" IN ('installment_payment', 'written_protest', 'superior_court_appeal')`,
})
@Check('deadline_status_check', `"status" IN ('open', 'met', 'missed', 'waived')`)
export class DeadlineRecord extends FirmScopedEntity {
  @Column({ type: 'uuid' })
  noticeId!: string;

  @ManyToOne(() => Notice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notice_id' })
  notice?: Notice;

  @Column({ type: 'varchar', length: 40 })
  kind!: DeadlineKind;

  @Column({ type: 'date' })
  dueDate!: string;

  @Column({ type: 'date' })
  computedDate!: string;

  @Column({ type: 'text', nullable: true })
  rollReason!: string | null;

  @Column({ type: 'boolean' })
  hard!: boolean;

  @Column({ type: 'varchar', length: 10, default: 'open' })
  status!: DeadlineStatus;

  @Column({ type: 'timestamptz', nullable: true })
  metAt!: Date | null;

  @Column({ type: 'varchar', length: 100 })
  ruleId!: string;

  @Column({ type: 'text' })
  rule!: string;

  @Column({ type: 'jsonb' })
  citation!: Citation;
}
