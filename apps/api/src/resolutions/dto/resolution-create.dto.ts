import { OFFER_BASES, OfferBasis, PAYMENT_METHODS, PaymentMethod, PROTEST_LEVELS, ProtestLevel, WAIVER_REASONS, WaiverReason } from '@nutmeg/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date.validator';
import { IsMoneyString } from '../../common/money-string.validator';

export class PaymentDto {
  @IsMoneyString()
  amount!: string;

  @IsCalendarDate()
  date!: string;

  @IsIn(PAYMENT_METHODS, { message: `method must be one of: ${PAYMENT_METHODS.join(', ')}` })
  method!: PaymentMethod;

  /** The myconneCT confirmation or the check / money order number. */
  @IsOptional()
  @IsString()
  @MaxLength(60)
  confirmation?: string;

  /** Paid under protest: stops interest while an appeal is pending (refunded if it succeeds). */
  @IsOptional()
  @IsBoolean()
  payUnderProtest?: boolean;
}

export class EligibilityOverrideDto {
  /** Why the practitioner files the request although the rules say the plan is not open. */
  @IsString()
  @MinLength(10, { message: 'override.reason must say why, in at least 10 characters' })
  @MaxLength(1000)
  reason!: string;
}

export class InstallmentPlanRequestDto {
  /** DRS plans run 2–12 months (seed). */
  @IsInt()
  @Min(2)
  @Max(12)
  months!: number;

  /** The first payment's date; the others fall on the same day of each following month. */
  @IsCalendarDate()
  startDate!: string;

  @IsOptional()
  @IsCalendarDate()
  requestedOn?: string;

  /** Case facts the notice does not show; each one can close the installment option. */
  @IsOptional()
  @IsBoolean()
  unfiledReturns?: boolean;

  @IsOptional()
  @IsBoolean()
  withCollectionAgency?: boolean;

  @IsOptional()
  @IsBoolean()
  hasWarrant?: boolean;

  @IsOptional()
  @ValidateNested()
  @Type(() => EligibilityOverrideDto)
  override?: EligibilityOverrideDto;
}

export class PenaltyWaiverDto {
  @IsIn(WAIVER_REASONS, { message: `reasonCategory must be one of: ${WAIVER_REASONS.join(', ')}` })
  reasonCategory!: WaiverReason;

  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  narrative!: string;

  /** The supporting documents listed on Form DRS-PW (medical notes, insurance claims, DRS letters). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  documents?: string[];
}

export class OfferOfCompromiseDto {
  @IsIn(OFFER_BASES, { message: `basis must be one of: ${OFFER_BASES.join(', ')}` })
  basis!: OfferBasis;

  @IsMoneyString()
  amountOffered!: string;

  /** Full financial disclosure (income, assets, expenses) is complete. */
  @IsBoolean()
  disclosureComplete!: boolean;
}

export class ProtestDto {
  @IsIn(PROTEST_LEVELS, { message: `level must be one of: ${PROTEST_LEVELS.join(', ')}` })
  level!: ProtestLevel;

  /** A written protest must state its grounds (§12-729). */
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  grounds!: string;

  @IsCalendarDate()
  filedOn!: string;
}

export class HardshipSuspensionDto {
  @IsCalendarDate()
  requestedOn!: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  documents?: string[];
}
