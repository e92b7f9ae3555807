import { ClientKind } from '@nutmeg/contracts';
import { Check, Column, DeleteDateColumn, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { FirmScopedEntity } from '../database/firm-scoped.entity';
import { User } from '../users/user.entity';

export type TaxpayerIdKind = 'ssn' | 'fein';

@Entity('client')
@Check('client_kind_check', `"kind" IN ('individual', 'business')`)
@Check('client_taxpayer_id_kind_check', `"taxpayer_id_kind" IS NULL OR "taxpayer_id_kind" IN ('ssn', 'fein')`)
@Check('client_known_bank_accounts_check', `"known_bank_accounts" >= 0`)
@Index('client_firm_name_idx', ['firmId', 'legalName'])
@Index('client_firm_assignee_idx', ['firmId', 'assignedPractitionerId'])
// One live client per taxpayer id per firm; a soft-deleted client frees its id.
@Index('client_firm_taxpayer_fingerprint_key', ['firmId', 'taxpayerIdFingerprint'], {
  unique: true,
  where: '"deleted_at" IS NULL AND "taxpayer_id_fingerprint" IS NOT NULL',
})
export class Client extends FirmScopedEntity {
  @Column({ type: 'varchar', length: 20 })
  kind!: ClientKind;

  @Column({ type: 'varchar', length: 200 })
  legalName!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  dba!: string | null;

  /** AES-256-GCM ciphertext (see crypto/field-cipher.ts); never returned by the api. */
  @Column({ type: 'text', nullable: true })
  taxpayerIdCipher!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  taxpayerIdKind!: TaxpayerIdKind | null;

  /** Kept in clear for the mask and for recognising a client on the phone. */
  @Column({ type: 'char', length: 4, nullable: true })
  taxpayerIdLast4!: string | null;

  /** Keyed HMAC of the normalised id: finds duplicates without decrypting anything. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  taxpayerIdFingerprint!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  ctRegistrationNumber!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  ctAccountNumber!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  street!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city!: string | null;

  @Column({ type: 'char', length: 2, nullable: true })
  state!: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  postalCode!: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'uuid', nullable: true })
  assignedPractitionerId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assigned_practitioner_id' })
  assignedPractitioner?: User | null;

  @Column({ type: 'boolean', default: false })
  hasW2Wages!: boolean;

  @Column({ type: 'varchar', length: 200, nullable: true })
  employerName!: string | null;

  @Column({ type: 'integer', default: 0 })
  knownBankAccounts!: number;

  @Column({ type: 'boolean', default: false })
  ownsRealProperty!: boolean;

  @Column({ type: 'boolean', default: false })
  expectsFederalRefund!: boolean;

  @Column({ type: 'boolean', default: false })
  holdsCtBusinessRegistration!: boolean;

  @Column({ type: 'boolean', default: false })
  inBankruptcy!: boolean;

  @Column({ type: 'boolean', default: false })
  underCriminalInvestigation!: boolean;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;

  @DeleteDateColumn({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
