import { AGING_BUCKETS, AgingBucket, NOTICE_STATUSES, NoticeStatus } from '@nutmeg/contracts';
import { NOTICE_KINDS, NoticeKind, RISK_LEVELS, RISK_MECHANISMS, RiskLevel, RiskMechanism } from '@nutmeg/domain';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../../common/page-query.dto';

const toBoolean = ({ value }: { value: unknown }): unknown =>
  value === 'true' ? true : value === 'false' ? false : value;
/** mechanism and mechanismLevel filter together: either both or neither. */
const mechanismFilterGiven = (query: NoticeQueryDto): boolean =>
  query.mechanism !== undefined || query.mechanismLevel !== undefined;

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
  @Transform(toBoolean)
  @IsBoolean({ message: 'overdue must be true or false' })
  overdue?: boolean;

  /** Only notices with an open deadline due within this many days (0 = today). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(365)
  dueWithinDays?: number;

  /** `true`: only cases still being worked (not resolved, not closed); `false`: only finished ones. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'open must be true or false' })
  open?: boolean;

  /** `true`: only cases nobody is assigned to; `false`: only assigned ones. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'unassigned must be true or false' })
  unassigned?: boolean;

  /** Only notices whose notice date is this old today (AGING_BUCKET_DAYS). */
  @IsOptional()
  @IsIn(AGING_BUCKETS, { message: `agingBucket must be one of: ${AGING_BUCKETS.join(', ')}` })
  agingBucket?: AgingBucket;

  /** With mechanismLevel: only notices whose stored level for this escalation mechanism is that level. */
  @ValidateIf(mechanismFilterGiven)
  @IsIn(RISK_MECHANISMS, {
    message: `mechanism must be one of: ${RISK_MECHANISMS.join(', ')} (it goes with mechanismLevel)`,
  })
  mechanism?: RiskMechanism;

  @ValidateIf(mechanismFilterGiven)
  @IsIn(RISK_LEVELS, { message: `mechanismLevel must be one of: ${RISK_LEVELS.join(', ')} (it goes with mechanism)` })
  mechanismLevel?: RiskLevel;
}
