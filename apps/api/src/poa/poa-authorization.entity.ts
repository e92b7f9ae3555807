import { PoaPeriod, PoaPower, PoaStatus } from '@nutmeg/contracts';
import { TaxType } from '@nutmeg/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, VersionColumn } from 'typeorm';
import { Client } from '../clients/client.entity';
import { FirmScopedEntity } from '../database/firm-scoped.entity';
import { User } from '../users/user.entity';

/**
 * A power of attorney on Form LGL-001: one client, one representative of the firm, the tax types and
 * periods it covers (every tax type for every period), the powers ticked, and its life at DRS.
 * `status` is the recorded one; an active authorization past its expiry reads as expired (poa.view.ts).
 */
@Entity('poa_authorization')
@Index('poa_authorization_firm_client_idx', ['firmId', 'clientId'])
@Index('poa_authorization_firm_representative_idx', ['firmId', 'representativeId'])
// The sweep looks for active authorizations about to expire across a firm.
@Index('poa_authorization_firm_active_expiry_idx', ['firmId', 'expiresOn'], { where: `"status" = 'active'` })
@Check('poa_authorization_status_check', `"status" IN ('draft', 'filed', 'active', 'revoked', 'expired')`)
@Check('poa_authorization_tax_types_check', `cardinality("tax_types") >= 1`)
@Check('poa_authorization_periods_check', `jsonb_typeof("periods") = 'array' AND jsonb_array_length("periods") >= 1`)
@Check(
  'poa_authorization_dates_check',
  `"expires_on" IS NULL OR "effective_on" IS NULL OR "expires_on" >= "effective_on"`,
)
// DRS has it once filed, and has accepted it once active; a revoked one says when.
@Check('poa_authorization_filed_check', `"status" = 'draft' OR ("signed_on" IS NOT NULL AND "filed_on" IS NOT NULL)`)
@Check('poa_authorization_effective_check', `"status" IN ('draft', 'filed', 'revoked') OR "effective_on" IS NOT NULL`)
@Check('poa_authorization_revoked_check', `"status" <> 'revoked' OR "revoked_on" IS NOT NULL`)
export class PoaAuthorization extends FirmScopedEntity {
  @Column({ type: 'uuid' })
  clientId!: string;

  @ManyToOne(() => Client, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;

  @Column({ type: 'uuid' })
  representativeId!: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'representative_id' })
  representative?: User;

  @Column({ type: 'varchar', length: 30, array: true })
  taxTypes!: TaxType[];

  /** `{ year, quarter?, month? }` or `{ fromYear, toYear }`; see contracts `PoaPeriod`. */
  @Column({ type: 'jsonb' })
  periods!: PoaPeriod[];

  @Column({ type: 'varchar', length: 40, array: true })
  powers!: PoaPower[];

  @Column({ type: 'varchar', length: 500, nullable: true })
  otherActs!: string | null;

  @Column({ type: 'boolean', default: false })
  includesSpouse!: boolean;

  @Column({ type: 'varchar', length: 12 })
  status!: PoaStatus;

  @Column({ type: 'date', nullable: true })
  signedOn!: string | null;

  @Column({ type: 'date', nullable: true })
  filedOn!: string | null;

  /** The myconneCT confirmation number of the filing. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  confirmationNumber!: string | null;

  @Column({ type: 'date', nullable: true })
  effectiveOn!: string | null;

  @Column({ type: 'date', nullable: true })
  expiresOn!: string | null;

  /** The first day the authorization no longer counts. */
  @Column({ type: 'date', nullable: true })
  revokedOn!: string | null;

  @Column({ type: 'uuid', nullable: true })
  revokedByPoaId!: string | null;

  @ManyToOne(() => PoaAuthorization, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'revoked_by_poa_id' })
  revokedByPoa?: PoaAuthorization | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  revocationReason!: string | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;
}
