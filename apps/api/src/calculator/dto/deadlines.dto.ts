import { NOTICE_KINDS, NoticeKind, TAX_TYPES, TaxType } from '@nutmeg/domain';
import { IsIn, IsOptional } from 'class-validator';
import { IsCalendarDate } from '../../common/calendar-date.validator';

export class DeadlinesDto {
  @IsIn(NOTICE_KINDS, { message: `noticeKind must be one of: ${NOTICE_KINDS.join(', ')}` })
  noticeKind!: NoticeKind;

  /** The date printed on the notice (DRS counts most windows from the mailing date). */
  @IsCalendarDate()
  noticeDate!: string;

  @IsOptional()
  @IsCalendarDate()
  receivedDate?: string;

  /** Decides whether IRS holidays also move a deadline (§12-39a(b)). */
  @IsOptional()
  @IsIn(TAX_TYPES, { message: `taxType must be one of: ${TAX_TYPES.join(', ')}` })
  taxType?: TaxType;
}
