import { dayNumberOf, type IsoDate } from '../dates/calendar-date';
import { DomainValidationError } from '../errors/domain-validation-error';
import { holidayScope } from '../holidays/business-days';
import type { RuleTables } from '../rules/rule-types';
import type { TaxType } from '../vocabulary/vocabulary';
import { buildDeadline, type Deadline } from './deadline';
import { optionalTaxType, rulesOrDefault } from './input-validation';

export interface FollowUpInput {
  /** The call, letter or submission the follow-up is for. */
  readonly from: IsoDate;
  /** Days until the follow-up; the firm's default when omitted. */
  readonly days?: number | null;
  readonly taxType?: TaxType | null;
  readonly rules?: RuleTables | null;
}

/** A soft follow-up target after a contact with DRS, moved to the next day DRS is open. */
export function followUpDeadline(input: FollowUpInput): Deadline {
  const rules = rulesOrDefault(input.rules);
  const fromDay = dayNumberOf(input.from, 'from');
  const row = rules.general.followUp;
  let days = row.value.count;
  if (input.days !== undefined && input.days !== null) {
    if (!Number.isInteger(input.days) || input.days < 0 || input.days > 365) {
      throw new DomainValidationError('days', 'must be a whole number of days from 0 to 365');
    }
    days = input.days;
  }
  return buildDeadline({
    row: { ...row, value: { ...row.value, count: days } },
    scope: holidayScope({ taxType: optionalTaxType(input.taxType), rules }),
    basisDayNumber: fromDay,
  });
}
