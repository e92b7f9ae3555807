import { dayNumberOf, type IsoDate } from '../dates/calendar-date';
import { holidayScope } from '../holidays/business-days';
import type { RuleTables } from '../rules/rule-types';
import { buildDeadline, type Deadline } from './deadline';
import { rulesOrDefault } from './input-validation';

export interface PoaExpiryInput {
  /** The expiry recorded on the LGL-001 authorization. */
  readonly expiresOn: IsoDate;
  readonly rules?: RuleTables | null;
}

/**
 * A soft renewal target (the firm's lead time before expiry) and the hard expiry itself. Neither moves off a
 * weekend: the authority simply ends on the recorded day.
 */
export function poaExpiryDeadlines(input: PoaExpiryInput): Deadline[] {
  const rules = rulesOrDefault(input.rules);
  const expiryDay = dayNumberOf(input.expiresOn, 'expiresOn');
  const scope = holidayScope({ rules });
  const expiry = rules.general.poa.expiry;
  const lead = rules.general.poa.renewalLeadDays;
  const renewal = buildDeadline({
    row: {
      ...expiry,
      kind: 'follow_up',
      label: 'Start renewing the power of attorney (file a new LGL-001 through myconneCT)',
      value: { ...expiry.value, hard: false },
      citation: lead.citation,
    },
    scope,
    basisDayNumber: expiryDay,
    computedDayNumber: expiryDay - lead.value,
    ruleId: lead.id,
    ruleText: `Start renewing the power of attorney: ${lead.value} days before the recorded expiry (a target, not a statutory deadline)`,
  });
  return [renewal, buildDeadline({ row: expiry, scope, basisDayNumber: expiryDay })];
}
