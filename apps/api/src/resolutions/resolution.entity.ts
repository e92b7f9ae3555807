import { ResolutionType } from '@nutmeg/contracts';
import Decimal from 'decimal.js';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { decimalTransformer } from '../database/decimal.transformer';
import { FirmScopedEntity } from '../database/firm-scoped.entity';
import { Notice } from '../notices/notice.entity';
import { User } from '../users/user.entity';

/**
 * One action taken to resolve a notice. The columns every type shares (amount, date, status) are real
 * columns so the accrual and the sweep can use them in SQL; the fields only one type has live in
 * `details`, validated by that type's DTO before they are stored.
 */
@Entity('resolution')
@Index('resolution_notice_idx', ['noticeId', 'createdAt'])
@Check('resolution_type_check', `"type" IN ('payment','installment_plan','penalty_waiver','offer_of_compromise','protest','hardship_suspension')`)
@Check('resolution_amount_check', `"amount" IS NULL OR "amount" >= 0`)
export class Resolution extends FirmScopedEntity {
  @Column({ type: 'uuid' })
  noticeId!: string;

  @ManyToOne(() => Notice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notice_id' })
  notice?: Notice;

  @Column({ type: 'varchar', length: 30 })
  type!: ResolutionType;

  @Column({ type: 'varchar', length: 20 })
  status!: string;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: decimalTransformer })
  amount!: Decimal | null;

  @Column({ type: 'date', nullable: true })
  date!: string | null;

  @Column({ type: 'jsonb', default: {} })
  details!: Record<string, unknown>;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User | null;

  @VersionColumn({ default: 1 })
  version!: number;
}
