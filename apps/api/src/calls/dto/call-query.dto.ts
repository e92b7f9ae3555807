import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date.validator';
import { PageQueryDto } from '../../common/page-query.dto';

export class CallQueryDto extends PageQueryDto {
  @IsOptional()
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId?: string;

  @IsOptional()
  @IsUUID('all', { message: 'noticeId must be a notice id' })
  noticeId?: string;

  /** Calls this user made. */
  @IsOptional()
  @IsUUID('all', { message: 'userId must be a user id' })
  userId?: string;

  /** Calls made on this day (America/New_York). */
  @IsOptional()
  @IsCalendarDate()
  date?: string;

  /** Only calls logged without POA coverage (true) or only covered ones (false). */
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'flaggedNoPoa must be true or false' })
  flaggedNoPoa?: boolean;
}
