import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/** GET /api/dashboard takes no parameters; declaring none makes the pipe refuse any that are sent. */
export class DashboardQueryDto {}

export class TrendsQueryDto {
  /** How many weeks, ending with this one (Monday start, America/New_York). */
  @Type(() => Number)
  @IsInt({ message: 'weeks must be a whole number from 1 to 52' })
  @Min(1, { message: 'weeks must be a whole number from 1 to 52' })
  @Max(52, { message: 'weeks must be a whole number from 1 to 52' })
  weeks = 12;
}
