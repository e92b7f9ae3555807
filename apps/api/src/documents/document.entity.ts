import { DocumentType } from '@nutmeg/contracts';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Client } from '../clients/client.entity';
import { FirmScopedEntity } from '../database/firm-scoped.entity';
import { Notice } from '../notices/notice.entity';
import { User } from '../users/user.entity';

/**
 * A document on file for a client or one of their notices. The bytes live in PostgreSQL (bytea), so a
 * backup of the database is a backup of the case file; they are loaded only when downloaded.
 */
@Entity('document')
@Index('document_client_idx', ['firmId', 'clientId', 'createdAt'])
@Index('document_notice_idx', ['noticeId'])
export class CaseDocument extends FirmScopedEntity {
  @Column({ type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @Column({ type: 'uuid', nullable: true })
  noticeId!: string | null;

  @ManyToOne(() => Notice, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'notice_id' })
  notice?: Notice | null;

  @Column({ type: 'varchar', length: 30 })
  type!: DocumentType;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'date', nullable: true })
  receivedDate!: string | null;

  @Column({ type: 'varchar', length: 40 })
  contentType!: string;

  @Column({ type: 'integer' })
  sizeBytes!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'bytea', select: false })
  content!: Buffer;

  @Column({ type: 'uuid', nullable: true })
  uploadedById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'uploaded_by_id' })
  uploadedBy?: User | null;
}
