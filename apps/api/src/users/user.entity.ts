import { Role } from '@nutmeg/contracts';
import { Check, Column, Entity, Index } from 'typeorm';
import { FirmScopedEntity } from '../database/firm-scoped.entity';

@Entity('app_user')
@Check('app_user_role_check', `"role" IN ('manager', 'practitioner', 'assistant')`)
export class User extends FirmScopedEntity {
  /** Stored lower-case; sign-in is by email alone, so it is unique across firms. */
  @Index('app_user_email_key', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 120 })
  fullName!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: Role;

  @Column({ type: 'varchar', length: 200 })
  passwordHash!: string;

  @Column({ type: 'boolean', default: true })
  active!: boolean;
}
