import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { UserSummary } from '@nutmeg/contracts';
import { In, Repository } from 'typeorm';
import { Actor } from '../common/actor';
import { User } from './user.entity';

@Injectable()
export class UsersService {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  async listInFirm(actor: Actor): Promise<UserSummary[]> {
    const users = await this.users.find({
      where: { firmId: actor.firmId, active: true },
      order: { fullName: 'ASC' },
    });
    return users.map(toUserSummary);
  }

  findManyInFirm(actor: Actor, ids: string[]): Promise<User[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.users.find({ where: { id: In([...new Set(ids)]), firmId: actor.firmId } });
  }

  /** A user of the actor's firm, or null: the one check for "assign to this person". */
  findInFirm(actor: Actor, id: string): Promise<User | null> {
    return this.users.findOne({ where: { id, firmId: actor.firmId, active: true } });
  }
}

export function toUserSummary(user: User): UserSummary {
  return { id: user.id, email: user.email, fullName: user.fullName, role: user.role };
}
