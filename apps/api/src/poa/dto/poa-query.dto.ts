import { POA_STATUSES, PoaStatus } from '@nutmeg/contracts';
import { TAX_TYPES, TaxType } from '@nutmeg/domain';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date.validator';
import { PageQueryDto } from '../../common/page-query.dto';

export class PoaQueryDto extends PageQueryDto {
  @IsOptional()
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId?: string;

  @IsOptional()
  @IsUUID('all', { message: 'representativeId must be a user id' })
  representativeId?: string;

  /** As people see it: `active` excludes, and `expired` includes, authorizations past their expiry. */
  @IsOptional()
  @IsIn(POA_STATUSES, { message: `status must be one of: ${POA_STATUSES.join(', ')}` })
  status?: PoaStatus;
}

export class PoaCoverageQueryDto {
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId!: string;

  /** The person who wants to discuss the account with DRS. */
  @IsUUID('all', { message: 'userId must be a user id' })
  userId!: string;

  @IsIn(TAX_TYPES, { message: `taxType must be one of: ${TAX_TYPES.join(', ')}` })
  taxType!: TaxType;

  @Matches(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, {
    message: 'period must be a year, a quarter or a month: 2024, 2024-Q3 or 2024-07',
  })
  period!: string;

  /** The day in question; today (America/New_York) when absent. */
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}

export class PoaGridQueryDto {
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId!: string;

  /** The day the grid is for; today when absent. */
  @IsOptional()
  @IsCalendarDate()
  date?: string;
}
