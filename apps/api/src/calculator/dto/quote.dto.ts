import { PENALTY_KINDS, PenaltyKind, TAX_TYPES, TaxType } from '@nutmeg/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date.validator';
import { IsMoneyString } from '../../common/money-string.validator';

export class PaymentDto {
  @IsCalendarDate()
  date!: string;

  @IsMoneyString()
  amount!: string;

  /** A deposit in the nature of a cash bond (§12-39m, APL-004): split between tax and interest by ratio. */
  @IsOptional()
  @IsBoolean()
  cashBond?: boolean;
}

export class LiabilityDto {
  @IsIn(TAX_TYPES, { message: `taxType must be one of: ${TAX_TYPES.join(', ')}` })
  taxType!: TaxType;

  /** The tax originally due, before payments: "2000.00". */
  @IsMoneyString()
  tax!: string;

  /** The original due date of the tax (an extension does not move it). */
  @IsCalendarDate()
  dueDate!: string;

  /** Payments toward the tax; at most 120 (ten years of monthly payments). */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(120)
  @ValidateNested({ each: true })
  @Type(() => PaymentDto)
  payments?: PaymentDto[];

  /** Which penalty: late payment (default), a late return with no tax due, a Commissioner's return, or an audit deficiency. */
  @IsOptional()
  @IsIn(PENALTY_KINDS, { message: `penaltyKind must be one of: ${PENALTY_KINDS.join(', ')}` })
  penaltyKind?: PenaltyKind;

  /** The extended due date, when an extension was granted (§12-723 safe harbour for income tax). */
  @IsOptional()
  @IsCalendarDate()
  extendedDueDate?: string;

  /** Penalty DRS has waived (an approved DRS-PW): taken off the penalty, never off interest. */
  @IsOptional()
  @IsMoneyString()
  penaltyWaived?: string;
}

export class QuoteDto extends LiabilityDto {
  /** The day to compute the balance for ("if paid on this day"). */
  @IsCalendarDate()
  asOf!: string;
}

export class ProjectionDto extends LiabilityDto {
  @IsCalendarDate()
  from!: string;

  /** At most ten years after `from`. */
  @IsCalendarDate()
  to!: string;
}
