import { PartialType } from '@nestjs/swagger';
import { NOTICE_REASONS, NoticeReason } from '@nutmeg/contracts';
import { NOTICE_KINDS, NoticeKind, PENALTY_KINDS, PenaltyKind, TAX_TYPES, TaxType } from '@nutmeg/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
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
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date.validator';
import { IsMoneyString } from '../../common/money-string.validator';

export class TaxPeriodDto {
  @IsInt()
  @Min(1990)
  @Max(2100)
  year!: number;

  /** A quarter, or a month, or neither (the whole year) — not both. */
  @IsOptional()
  @IsIn([1, 2, 3, 4], { message: 'quarter must be 1, 2, 3 or 4' })
  quarter?: 1 | 2 | 3 | 4;

  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  month?: number;

  // A letter that bills several periods may print a table: each period's own tax, penalty, interest and
  // due date. Give them for every period or for none; they must add up to the stated amounts.
  @IsOptional()
  @IsMoneyString()
  tax?: string;

  @IsOptional()
  @IsMoneyString()
  penalty?: string;

  @IsOptional()
  @IsMoneyString()
  interest?: string;

  /** The period's original due date as printed; without it, the period's statutory due date. */
  @IsOptional()
  @IsCalendarDate()
  dueDate?: string;

  /** As a notice view returns it: true means the dueDate was assumed, so it is assumed again. */
  @IsOptional()
  @IsBoolean()
  dueDateAssumed?: boolean;
}

export class StatedAmountsDto {
  @IsMoneyString()
  tax!: string;

  @IsMoneyString()
  penalty!: string;

  @IsMoneyString()
  interest!: string;

  @IsMoneyString()
  credits!: string;

  @IsMoneyString()
  balanceDue!: string;

  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

// DRS prints both on every notice. No public format specification exists, so the check is the shape
// seen on notices (letters, digits and dashes); it catches transposed fields and pasted sentences.
const DRS_REFERENCE = /^[A-Za-z0-9][A-Za-z0-9-]{4,18}[A-Za-z0-9]$/;

export class CreateNoticeDto {
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId!: string;

  @IsIn(NOTICE_KINDS, { message: `kind must be one of: ${NOTICE_KINDS.join(', ')}` })
  kind!: NoticeKind;

  @IsIn(TAX_TYPES, { message: `taxType must be one of: ${TAX_TYPES.join(', ')}` })
  taxType!: TaxType;

  @IsArray()
  @ArrayMinSize(1, { message: 'taxPeriods must list at least one period' })
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => TaxPeriodDto)
  taxPeriods!: TaxPeriodDto[];

  @IsCalendarDate()
  noticeDate!: string;

  @IsOptional()
  @IsCalendarDate()
  receivedDate?: string;

  /** The tax's original due date, when the notice prints it; otherwise assumed from the period. */
  @IsOptional()
  @IsCalendarDate()
  taxDueDate?: string;

  /** The penalty the notice assesses; late payment unless the letter says otherwise. */
  @IsOptional()
  @IsIn(PENALTY_KINDS, { message: `penaltyKind must be one of: ${PENALTY_KINDS.join(', ')}` })
  penaltyKind?: PenaltyKind;

  /** The return's extended due date, when an extension was granted (§12-723). */
  @IsOptional()
  @IsCalendarDate()
  extendedDueDate?: string;

  @Matches(DRS_REFERENCE, { message: 'accountNumber must be 6–20 letters, digits or dashes, as printed on the notice' })
  accountNumber!: string;

  @Matches(DRS_REFERENCE, {
    message: 'correspondenceId must be 6–20 letters, digits or dashes, as printed on the notice',
  })
  correspondenceId!: string;

  @IsOptional()
  @IsIn(NOTICE_REASONS, { message: `reason must be one of: ${NOTICE_REASONS.join(', ')}` })
  reason?: NoticeReason;

  @ValidateNested()
  @Type(() => StatedAmountsDto)
  stated!: StatedAmountsDto;

  @IsOptional()
  @IsUUID('all', { message: 'assigneeId must be a user id' })
  assigneeId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string;
}

/** Corrections to the intake; assignment and status have their own endpoints. */
export class UpdateNoticeDto extends PartialType(CreateNoticeDto, { skipNullProperties: false }) {
  @IsInt()
  @Min(1)
  version!: number;
}
