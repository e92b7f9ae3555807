import { NOTICE_STATUSES, NoticeStatus } from '@nutmeg/contracts';
import { NOTICE_KINDS, NoticeKind, RISK_LEVELS, RiskLevel } from '@nutmeg/domain';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto';

export class NoticeQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(NOTICE_STATUSES, { message: `status must be one of: ${NOTICE_STATUSES.join(', ')}` })
  status?: NoticeStatus;

  @IsOptional()
  @IsIn(NOTICE_KINDS, { message: `kind must be one of: ${NOTICE_KINDS.join(', ')}` })
  kind?: NoticeKind;

  @IsOptional()
  @IsUUID('all', { message: 'assigneeId must be a user id' })
  assigneeId?: string;

  @IsOptional()
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId?: string;

  /** Only notices whose overall escalation risk is at this level. */
  @IsOptional()
  @IsIn(RISK_LEVELS, { message: `riskLevel must be one of: ${RISK_LEVELS.join(', ')}` })
  riskLevel?: RiskLevel;

  /** Only notices with a deadline already past and not met (open, or marked missed by a sweep). */
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'overdue must be true or false' })
  overdue?: boolean;

  /** Only notices with an open deadline due within this many days (0 = today). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(365)
  dueWithinDays?: number;
}
