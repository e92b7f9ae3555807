import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../common/actor';
import { AuditAction, AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId: string;
  /** Snapshots must already be free of secrets: callers pass their api view, never the entity. */
  before?: object | null;
  after?: object | null;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Written in the caller's transaction, so a change and its audit event land together or not at all. */
  async record(manager: EntityManager, actor: Actor | { firmId: string; userId: null }, entry: AuditEntry): Promise<void> {
    await manager.save(
      manager.create(AuditEvent, {
      firmId: actor.firmId,
      actorUserId: actor.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: (entry.before ?? null) as Record<string, unknown> | null,
      after: (entry.after ?? null) as Record<string, unknown> | null,
      }),
    );
  }

  async list(
    actor: Actor,
    filter: { entityType?: string; entityId?: string; actorUserId?: string; page: number; pageSize: number },
  ): Promise<{ items: AuditEvent[]; total: number }> {
    const query = this.dataSource
      .getRepository(AuditEvent)
      .createQueryBuilder('event')
      .where('event.firmId = :firmId', { firmId: actor.firmId })
      .orderBy('event.id', 'DESC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize);
    if (filter.entityType) query.andWhere('event.entityType = :entityType', { entityType: filter.entityType });
    if (filter.entityId) query.andWhere('event.entityId = :entityId', { entityId: filter.entityId });
    if (filter.actorUserId) query.andWhere('event.actorUserId = :actorUserId', { actorUserId: filter.actorUserId });
    const [items, total] = await query.getManyAndCount();
    return { items, total };
  }
}
