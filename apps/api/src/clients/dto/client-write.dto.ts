import { CLIENT_KINDS, ClientKind } from '@nutmeg/contracts';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Optional } from '../../common/optional.decorator';

export class PostalAddressDto {
  @IsOptional() @IsString() @MaxLength(200)
  street?: string | null;

  @IsOptional() @IsString() @MaxLength(100)
  city?: string | null;

  @IsOptional() @Matches(/^[A-Z]{2}$/, { message: 'state must be a two-letter code such as CT' })
  state?: string | null;

  @IsOptional() @Matches(/^\d{5}(-\d{4})?$/, { message: 'postalCode must be a ZIP code: 06103 or 06103-1234' })
  postalCode?: string | null;
}

/** Fields a create and an update share; the taxpayer id is checked against the client kind in the service. */
export class ClientFieldsDto {
  @IsString() @IsNotEmpty() @MaxLength(200)
  legalName!: string;

  @IsOptional() @IsString() @MaxLength(200)
  dba?: string | null;

  @IsOptional() @IsString() @MaxLength(20)
  taxpayerId?: string | null;

  @IsOptional() @Matches(/^[A-Za-z0-9-]{4,20}$/, { message: 'ctRegistrationNumber must be 4–20 letters, digits or dashes' })
  ctRegistrationNumber?: string | null;

  @IsOptional() @Matches(/^[A-Za-z0-9-]{4,20}$/, { message: 'ctAccountNumber must be 4–20 letters, digits or dashes' })
  ctAccountNumber?: string | null;

  @Optional() @ValidateNested() @Type(() => PostalAddressDto)
  address?: PostalAddressDto;

  @IsOptional() @Matches(/^[0-9+()\-. x]{7,30}$/, { message: 'phone must be a phone number such as 860-555-0100' })
  phone?: string | null;

  @IsOptional() @IsEmail({}, { message: 'email must be an email address' }) @MaxLength(254)
  email?: string | null;

  @IsOptional() @IsUUID('all', { message: 'assignedPractitionerId must be a user id' })
  assignedPractitionerId?: string | null;

  @IsOptional() @IsString() @MaxLength(5000)
  notes?: string | null;

  @Optional() @IsBoolean()
  hasW2Wages?: boolean;

  @IsOptional() @IsString() @MaxLength(200)
  employerName?: string | null;

  @Optional() @IsInt() @Min(0) @Max(99)
  knownBankAccounts?: number;

  @Optional() @IsBoolean()
  ownsRealProperty?: boolean;

  @Optional() @IsBoolean()
  expectsFederalRefund?: boolean;

  @Optional() @IsBoolean()
  holdsCtBusinessRegistration?: boolean;

  @Optional() @IsBoolean()
  inBankruptcy?: boolean;

  @Optional() @IsBoolean()
  underCriminalInvestigation?: boolean;
}

export class CreateClientDto extends ClientFieldsDto {
  @IsIn(CLIENT_KINDS, { message: `kind must be one of: ${CLIENT_KINDS.join(', ')}` })
  kind!: ClientKind;
}
