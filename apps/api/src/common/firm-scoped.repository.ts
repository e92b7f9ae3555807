import { NotFoundException } from '@nestjs/common';
import { EntityManager, EntityTarget, ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import { FirmScopedEntity } from '../database/firm-scoped.entity';
import { Actor } from './actor';

/**
 * The one mechanism for reading tenant data: every query starts filtered by the actor's firm, and a record
 * of another firm is indistinguishable from a missing one (404), so ids never leak across firms. Services
 * read through this instead of a bare TypeORM repository, and stamp `firmId` from the actor on insert.
 */
export class FirmScopedRepository<E extends FirmScopedEntity & ObjectLiteral> {
  constructor(
    private readonly target: EntityTarget<E>,
    private readonly manager: EntityManager,
    private readonly label: string,
  ) {}

  /** The same scope inside a transaction. */
  within(manager: EntityManager): FirmScopedRepository<E> {
    return new FirmScopedRepository(this.target, manager, this.label);
  }

  get repository(): Repository<E> {
    return this.manager.getRepository(this.target);
  }

  query(actor: Actor, alias: string): SelectQueryBuilder<E> {
    return this.repository.createQueryBuilder(alias).where(`${alias}.firmId = :firmId`, { firmId: actor.firmId });
  }

  /** 404 when absent, deleted, or another firm's: the caller cannot tell which. */
  async get(actor: Actor, id: string, options: { lock?: boolean } = {}): Promise<E> {
    const query = this.query(actor, 'row').andWhere('row.id = :id', { id });
    if (options.lock) query.setLock('pessimistic_write');
    const found = isUuid(id) ? await query.getOne() : null;
    if (!found) throw new NotFoundException(`${this.label} ${id} not found`);
    return found;
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
