import { CHECK_RESULTS, CheckResult, NOTICE_STATUSES, NoticeStatus } from '@nutmeg/contracts';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateIf } from 'class-validator';

export class TransitionDto {
  @IsIn(NOTICE_STATUSES, { message: `to must be one of: ${NOTICE_STATUSES.join(', ')}` })
  to!: NoticeStatus;

  @IsInt()
  @Min(1)
  version!: number;
}

export class AssignDto {
  /** null unassigns. */
  @ValidateIf((_dto, value) => value !== null)
  @IsUUID('all', { message: 'assigneeId must be a user id or null' })
  assigneeId!: string | null;

  @IsInt()
  @Min(1)
  version!: number;
}

export class ChecklistItemDto {
  @IsIn(CHECK_RESULTS, { message: `result must be one of: ${CHECK_RESULTS.join(', ')}` })
  result!: CheckResult;

  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}
