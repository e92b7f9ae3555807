import Decimal from 'decimal.js';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { decimalTransformer } from '../database/decimal.transformer';
import { FirmScopedEntity } from '../database/firm-scoped.entity';
import { Resolution } from './resolution.entity';

/** One dated payment of an approved installment plan, from the rules engine's schedule. */
@Entity('installment')
@Index('installment_plan_number_key', ['resolutionId', 'number'], { unique: true })
@Check('installment_status_check', `"status" IN ('scheduled', 'paid', 'missed')`)
export class Installment extends FirmScopedEntity {
  @Column({ type: 'uuid' })
  resolutionId!: string;

  @ManyToOne(() => Resolution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resolution_id' })
  resolution?: Resolution;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'date' })
  dueDate!: string;

  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: decimalTransformer })
  amount!: Decimal;

  @Column({ type: 'varchar', length: 10, default: 'scheduled' })
  status!: 'scheduled' | 'paid' | 'missed';

  @Column({ type: 'date', nullable: true })
  paidOn!: string | null;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: decimalTransformer })
  paidAmount!: Decimal | null;
}
