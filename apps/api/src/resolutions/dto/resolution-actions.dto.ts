import { PROTEST_OUTCOMES, ProtestOutcome } from '@nutmeg/contracts';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date.validator';
import { IsMoneyString } from '../../common/money-string.validator';

/** Moves a resolution along its type's lifecycle; the decision fields a move needs are checked per type. */
export class ResolutionStatusDto {
  @IsString()
  @MaxLength(20)
  to!: string;

  @IsInt()
  @Min(1)
  version!: number;

  @IsOptional()
  @IsCalendarDate()
  on?: string;

  /** Penalty waiver approved: the penalty removed (never interest). */
  @IsOptional()
  @IsMoneyString()
  amountWaived?: string;

  /** Protest decided. */
  @IsOptional()
  @IsIn(PROTEST_OUTCOMES, { message: `outcome must be one of: ${PROTEST_OUTCOMES.join(', ')}` })
  outcome?: ProtestOutcome;

  /** Hardship suspension granted until this day. */
  @IsOptional()
  @IsCalendarDate()
  grantedUntil?: string;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class InstallmentPaymentDto {
  @IsCalendarDate()
  paidOn!: string;

  @IsMoneyString()
  amount!: string;
}
