import { TAX_TYPES, TaxType } from '@nutmeg/domain';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date.validator';
import { IsMoneyString } from '../../common/money-string.validator';

export class InstallmentPlanDto {
  @IsIn(TAX_TYPES, { message: `taxType must be one of: ${TAX_TYPES.join(', ')}` })
  taxType!: TaxType;

  /** The unpaid tax when the plan starts; interest keeps accruing on it. */
  @IsMoneyString()
  balance!: string;

  /** Penalty and interest already owed, if known (else computed from dueDate). */
  @IsOptional()
  @IsMoneyString()
  penaltyAndInterestAlreadyDue?: string;

  /**
   * The day that figure was owed (a notice's as-of date); interest for months beginning between it and the
   * start is added. Defaults to today when the plan starts later, else to the start date.
   */
  @IsOptional()
  @IsCalendarDate()
  penaltyAndInterestAsOf?: string;

  @IsCalendarDate()
  dueDate!: string;

  /** DRS plans run 2 to 12 months (seed). */
  @IsInt()
  @Min(2)
  @Max(12)
  months!: number;

  @IsCalendarDate()
  startDate!: string;
}
