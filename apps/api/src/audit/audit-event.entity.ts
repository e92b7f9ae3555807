import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Firm } from '../firms/firm.entity';

export type AuditAction = 'create' | 'update' | 'delete';

/**
 * Append-only: a trigger in the migration refuses UPDATE, DELETE and TRUNCATE, so the trail cannot be
 * rewritten even by a bug in the api. `before`/`after` never hold secrets (taxpayer ids are masked).
 */
@Entity('audit_event')
@Index('audit_event_entity_idx', ['firmId', 'entityType', 'entityId', 'occurredAt'])
// The dashboard's weekly "resolved or closed" counts read only these few rows of an ever-growing trail.
@Index('audit_event_notice_closed_idx', ['firmId', 'occurredAt'], {
  where: `"entity_type" = 'notice' AND "action" = 'update' AND ("after" ->> 'status') IN ('resolved', 'closed_no_action')`,
})
export class AuditEvent {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ type: 'uuid' })
  firmId!: string;

  @ManyToOne(() => Firm, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'firm_id' })
  firm?: Firm;

  /** null for the system (demo seed, scheduled sweeps). */
  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'varchar', length: 20 })
  action!: AuditAction;

  @Column({ type: 'varchar', length: 40 })
  entityType!: string;

  @Column({ type: 'uuid' })
  entityId!: string;

  @Column({ type: 'jsonb', nullable: true })
  before!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after!: Record<string, unknown> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt!: Date;
}
