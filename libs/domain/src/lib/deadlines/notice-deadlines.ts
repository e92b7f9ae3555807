import { dayNumberOf, type IsoDate } from '../dates/calendar-date';
import { DomainValidationError } from '../errors/domain-validation-error';
import { holidayScope } from '../holidays/business-days';
import type { RuleTables } from '../rules/rule-types';
import type { NoticeKind, TaxType } from '../vocabulary/vocabulary';
import { buildDeadline, byDueDate, type Deadline } from './deadline';
import { optionalTaxType, requireNoticeKind, rulesOrDefault } from './input-validation';

export interface NoticeDeadlinesInput {
  readonly kind: NoticeKind;
  readonly noticeDate: IsoDate;
  readonly receivedDate?: IsoDate | null;
  /** Decides whether IRS holidays also count (§12-39a(b)); inferred for an individual income tax notice. */
  readonly taxType?: TaxType | null;
  readonly rules?: RuleTables | null;
}

/** The tax type a notice kind implies when the caller does not say. */
export function impliedTaxType(kind: NoticeKind): TaxType | undefined {
  return kind === 'individual_income_balance_due' ? 'individual_income' : undefined;
}

/**
 * The deadlines a notice starts, earliest first: each counted from the notice (or received) date by its
 * rule, then moved past weekends and legal holidays per §12-39a where the rule allows, showing both dates.
 */
export function deadlinesForNotice(input: NoticeDeadlinesInput): Deadline[] {
  const kind = requireNoticeKind(input.kind, 'kind');
  const rules = rulesOrDefault(input.rules);
  const noticeDay = dayNumberOf(input.noticeDate, 'noticeDate');
  const receivedDay =
    input.receivedDate === undefined || input.receivedDate === null
      ? undefined
      : dayNumberOf(input.receivedDate, 'receivedDate');
  if (receivedDay !== undefined && receivedDay < noticeDay) {
    throw new DomainValidationError('receivedDate', 'must not be before noticeDate');
  }
  const taxType = optionalTaxType(input.taxType) ?? impliedTaxType(kind);
  const scope = holidayScope({ taxType, rules });

  // §12-418: a sales or use tax assessment's protest runs from service, which the received date records.
  const servedRow = rules.general.protestFromService;
  const fromService = kind === 'proposed_assessment' && taxType !== undefined && servedRow.value.includes(taxType);

  const deadlines: Deadline[] = [];
  for (const row of Object.values(rules.noticeKinds[kind].deadlines)) {
    if (!row) continue;
    const served = fromService && row.kind === 'written_protest';
    const fromReceived = row.value.basis === 'received_date' || served;
    const useNoticeDate = fromReceived && receivedDay === undefined;
    const deadline = buildDeadline({
      row,
      scope,
      basisDayNumber: fromReceived && receivedDay !== undefined ? receivedDay : noticeDay,
      ...(served && receivedDay !== undefined ? { basis: 'received_date' as const } : {}),
      ...(useNoticeDate
        ? {
            basis: 'notice_date' as const,
            notes: [
              served
                ? 'Counts from service of the notice (§12-418); no received date was recorded, so the earlier notice date is used.'
                : 'No received date was recorded, so the earlier notice date is used.',
            ],
          }
        : {}),
    });
    deadlines.push(served ? { ...deadline, calendarRuleIds: [...deadline.calendarRuleIds, servedRow.id] } : deadline);
  }
  return deadlines.sort(byDueDate);
}
