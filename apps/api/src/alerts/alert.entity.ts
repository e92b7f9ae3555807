import { AlertKind } from '@nutmeg/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Something a person should act on, raised by the sweep. The unique key (subject, kind, threshold) is what
 * makes sweeps idempotent: every insert is ON CONFLICT DO NOTHING, so a rerun or a concurrent run cannot
 * raise the same alert twice.
 */
@Entity('alert')
@Index('alert_subject_kind_threshold_key', ['subjectType', 'subjectId', 'kind', 'threshold'], { unique: true })
@Index('alert_firm_recipient_idx', ['firmId', 'recipientId', 'createdAt'])
export class Alert {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  firmId!: string;

  /** The assignee of the case when it has one; managers see every alert of the firm. */
  @Column({ type: 'uuid', nullable: true })
  recipientId!: string | null;

  /** deadline, notice, resolution, poa — and the id of that row. */
  @Column({ type: 'varchar', length: 20 })
  subjectType!: string;

  @Column({ type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'varchar', length: 40 })
  kind!: AlertKind;

  @Column({ type: 'integer', default: 0 })
  threshold!: number;

  @Column({ type: 'uuid', nullable: true })
  noticeId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  clientId!: string | null;

  @Column({ type: 'text' })
  message!: string;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
