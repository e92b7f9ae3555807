import { NotFoundException } from '@nestjs/common';
import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral, Repository, SelectQueryBuilder } from 'typeorm';
import { FirmScopedEntity } from '../database/firm-scoped.entity';
import { Actor } from './actor';

/**
 * The one mechanism for tenant data: every read is filtered by the actor's firm and every insert is
 * stamped with it. A record of another firm is indistinguishable from a missing one (404), so ids never
 * leak across firms. Services use this instead of a bare TypeORM repository.
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

  async findOne(actor: Actor, where: FindOptionsWhere<E>): Promise<E | null> {
    return this.repository.findOne({ where: { ...where, firmId: actor.firmId } as FindOptionsWhere<E> });
  }

  /** 404 when absent, deleted, or another firm's: the caller cannot tell which. */
  async get(actor: Actor, id: string, options: { lock?: boolean } = {}): Promise<E> {
    const query = this.query(actor, 'row').andWhere('row.id = :id', { id });
    if (options.lock) query.setLock('pessimistic_write');
    const found = isUuid(id) ? await query.getOne() : null;
    if (!found) throw new NotFoundException(`${this.label} ${id} not found`);
    return found;
  }

  async insert(actor: Actor, values: Omit<E, keyof FirmScopedEntity> & Partial<E>): Promise<E> {
    const entity = this.repository.create({ ...values, firmId: actor.firmId } as unknown as E);
    return this.repository.save(entity);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}
