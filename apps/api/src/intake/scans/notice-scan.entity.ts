import type { NoticeScanStatus, ScanFieldName } from '@nutmeg/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { FirmScopedEntity } from '../../database/firm-scoped.entity';
import { Notice } from '../../notices/notice.entity';
import { User } from '../../users/user.entity';
import type { IntakeFields } from '../intake-fields';

/**
 * A DRS letter intake has read, waiting for a person to confirm it into a case. The file is kept
 * (encrypted, as documents are) so it becomes the case's first document on confirmation.
 */
@Entity('notice_scan')
@Index('notice_scan_firm_created_idx', ['firmId', 'createdAt'])
export class NoticeScan extends FirmScopedEntity {
  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: User | null;

  @Column({ type: 'varchar', length: 200 })
  fileName!: string;

  @Column({ type: 'varchar', length: 40 })
  contentType!: string;

  @Column({ type: 'integer' })
  sizeBytes!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  /** Encrypted at rest (FieldCipher.encryptBytes). */
  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @Column({ type: 'integer' })
  pages!: number;

  @Column({ type: 'varchar', length: 20 })
  method!: 'text_layer' | 'ocr';

  @Column({ type: 'jsonb' })
  fields!: IntakeFields;

  @Column({ type: 'jsonb' })
  missing!: ScanFieldName[];

  @Column({ type: 'jsonb' })
  warnings!: string[];

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: NoticeScanStatus;

  @Column({ type: 'uuid', nullable: true })
  noticeId!: string | null;

  @ManyToOne(() => Notice, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'notice_id' })
  notice?: Notice | null;
}
