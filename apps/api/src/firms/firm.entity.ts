import { RuleOverrides } from '@nutmeg/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The tenant: a tax practice. Everything else in Nutmeg belongs to exactly one firm. */
@Entity('firm')
export class Firm {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** The firm's corrections to the default Connecticut rules (libs/domain), validated before saving. */
  @Column({ type: 'jsonb', default: {} })
  ruleOverrides!: RuleOverrides;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
