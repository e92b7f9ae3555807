import { IsOptional } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date.validator';
import { PageQueryDto } from '../../common/page-query.dto';

export class RunSweepDto {
  /** The day to sweep as of; default today in America/New_York. */
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

export class SweepHistoryQueryDto extends PageQueryDto {}
