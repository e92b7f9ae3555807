import { OmitType, PartialType } from '@nestjs/swagger';
import { POA_POWERS, PoaPower } from '@nutmeg/contracts';
import { TAX_TYPES, TaxType } from '@nutmeg/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date.validator';
import { Optional } from '../../common/optional.decorator';

/** The statuses a write may set; revoking has its own endpoint and expiry comes with the calendar. */
export const WRITABLE_POA_STATUSES = ['draft', 'filed', 'active'] as const;
export type WritablePoaStatus = (typeof WRITABLE_POA_STATUSES)[number];

/**
 * A year (with a quarter or a month, or neither), or a range of whole years. Which of the two shapes is
 * meant, and that they are not mixed, is checked in the service (poa-rules.ts) so the 400 names the field.
 */
export class PoaPeriodDto {
  @ValidateIf((period: PoaPeriodDto) => period.fromYear === undefined && period.toYear === undefined)
  @IsInt()
  @Min(1990)
  @Max(2100)
  year?: number;

  @IsOptional()
  @IsIn([1, 2, 3, 4], { message: 'quarter must be 1, 2, 3 or 4' })
  quarter?: 1 | 2 | 3 | 4;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  month?: number;

  @ValidateIf((period: PoaPeriodDto) => period.year === undefined)
  @IsInt()
  @Min(1990)
  @Max(2100)
  fromYear?: number;

  @ValidateIf((period: PoaPeriodDto) => period.year === undefined)
  @IsInt()
  @Min(1990)
  @Max(2100)
  toYear?: number;
}

export class CreatePoaDto {
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId!: string;

  /** The firm user named as attorney-in-fact. */
  @IsUUID('all', { message: 'representativeId must be a user id' })
  representativeId!: string;

  @IsArray()
  @ArrayMinSize(1, { message: 'taxTypes must list at least one tax type' })
  @ArrayMaxSize(TAX_TYPES.length)
  @ArrayUnique({ message: 'taxTypes must not repeat a tax type' })
  @IsIn(TAX_TYPES, { each: true, message: `each of taxTypes must be one of: ${TAX_TYPES.join(', ')}` })
  taxTypes!: TaxType[];

  @IsArray()
  @ArrayMinSize(1, { message: 'periods must list at least one year or period' })
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => PoaPeriodDto)
  periods!: PoaPeriodDto[];

  /** The boxes ticked on the form; receipt of return information is always granted and not listed. */
  @Optional()
  @IsArray()
  @ArrayMaxSize(POA_POWERS.length)
  @ArrayUnique({ message: 'powers must not repeat a power' })
  @IsIn(POA_POWERS, { each: true, message: `each of powers must be one of: ${POA_POWERS.join(', ')}` })
  powers?: PoaPower[];

  @IsOptional()
  @IsString()
  @MaxLength(500)
  otherActs?: string | null;

  /** The LGL-001 spouse line: personal income tax or individual use tax only. */
  @Optional()
  @IsBoolean()
  includesSpouse?: boolean;

  /** `draft` when absent. Recording an authorization DRS already accepted: `active`. */
  @Optional()
  @IsIn(WRITABLE_POA_STATUSES, {
    message: `status must be one of: ${WRITABLE_POA_STATUSES.join(', ')} (revoke with POST /api/poa/:id/revoke)`,
  })
  status?: WritablePoaStatus;

  @IsOptional()
  @IsCalendarDate()
  signedOn?: string | null;

  @IsOptional()
  @IsCalendarDate()
  filedOn?: string | null;

  @IsOptional()
  @Matches(/^[A-Za-z0-9-]{4,40}$/, {
    message: 'confirmationNumber must be the myconneCT confirmation number: 4–40 letters, digits or dashes',
  })
  confirmationNumber?: string | null;

  /** Defaults to the filing date when the authorization becomes active without one. */
  @IsOptional()
  @IsCalendarDate()
  effectiveOn?: string | null;

  /** null or absent: no expiry recorded (in force until revoked or replaced). */
  @IsOptional()
  @IsCalendarDate()
  expiresOn?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;
}

/** Corrections and status moves; the client of an authorization never changes (record a new one). */
export class UpdatePoaDto extends PartialType(OmitType(CreatePoaDto, ['clientId'] as const), {
  skipNullProperties: false,
}) {
  /** The version the editor loaded; a stale one answers 409. */
  @IsInt()
  @Min(1)
  version!: number;
}

export class RevokePoaDto {
  @IsInt()
  @Min(1)
  version!: number;

  /** The first day it no longer counts; today when absent. */
  @IsOptional()
  @IsCalendarDate()
  revokedOn?: string;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}
