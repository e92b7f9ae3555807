import { PartialType } from '@nestjs/swagger';
import { CALL_OUTCOMES, CallOutcome, DRS_LINES, DrsLine } from '@nutmeg/contracts';
import {
  IsBoolean,
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
} from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date.validator';
import { Optional } from '../../common/optional.decorator';

// An instant with its offset, so a call logged from anywhere lands on the right New York day.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
// A call longer than ten hours (hold or talk) is a typing error.
const MAX_MINUTES = 600;

export class CreateCallDto {
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId!: string;

  /** The case the call was about; must be a notice of the client. */
  @IsOptional()
  @IsUUID('all', { message: 'noticeId must be a notice id' })
  noticeId?: string | null;

  /** Who spoke to DRS: yourself when absent; someone else only for managers. */
  @Optional()
  @IsUUID('all', { message: 'callerId must be a user id' })
  callerId?: string;

  @IsIn(DRS_LINES, { message: `line must be one of: ${DRS_LINES.join(', ')}` })
  line!: DrsLine;

  /** The number or unit dialled; required for `other`. */
  @IsOptional()
  @IsString()
  @MaxLength(100)
  lineDetail?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(120)
  drsEmployeeName?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  drsEmployeeId?: string | null;

  /** When the call started, as an instant with its offset (2026-11-10T14:05:00-05:00); now when absent. */
  @Optional()
  @Matches(INSTANT, {
    message: 'startedAt must be an instant with its offset, e.g. 2026-11-10T14:05:00-05:00 or 2026-11-10T19:05:00Z',
  })
  startedAt?: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_MINUTES)
  holdMinutes?: number | null;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_MINUTES)
  talkMinutes?: number | null;

  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  purpose!: string;

  @IsIn(CALL_OUTCOMES, { message: `outcome must be one of: ${CALL_OUTCOMES.join(', ')}` })
  outcome!: CallOutcome;

  /** The reference or confirmation number DRS gave. */
  @IsOptional()
  @IsString()
  @MaxLength(60)
  referenceNumber?: string | null;

  /** What DRS said it would do (a callback, a hold on collection, a letter). */
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  drsPromises?: string | null;

  /** Becomes a soft follow-up deadline on the notice, when a notice is given. */
  @IsOptional()
  @IsCalendarDate()
  followUpOn?: string | null;

  @IsOptional()
  @IsString()
  @MaxLength(5000)
  notes?: string | null;

  /** Log it even though the caller had no POA covering the matter; the call is then flagged. */
  @Optional()
  @IsBoolean()
  acknowledgeNoPoa?: boolean;
}

/** Corrections: only the fields sent change; `null` clears a nullable one. */
export class UpdateCallDto extends PartialType(CreateCallDto, { skipNullProperties: false }) {
  /** The version the editor loaded; a stale one answers 409. */
  @IsInt()
  @Min(1)
  version!: number;
}
