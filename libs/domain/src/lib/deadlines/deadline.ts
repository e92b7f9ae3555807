import {
  addMonthsToDayNumber,
  dayName,
  dayOfWeekOfDayNumber,
  isoDateFromDayNumber,
  type IsoDate,
} from '../dates/calendar-date';
import {
  isBusinessDayNumber,
  nonBusinessDayReason,
  rollForwardDayNumber,
  type HolidayScope,
} from '../holidays/business-days';
import type { Citation, DeadlineRule } from '../rules/rule-types';
import type { DeadlineBasis, DeadlineKind } from '../vocabulary/vocabulary';

/** A dated obligation with the rule that produced it: both the computed day and the day it rolled to. */
export interface Deadline {
  readonly kind: DeadlineKind;
  /** The day the act is timely on: `computedDate`, moved past weekends and legal holidays where the rule says. */
  readonly dueDate: IsoDate;
  /** The day the rule's count lands on, before any roll. */
  readonly computedDate: IsoDate;
  readonly rolledForward: boolean;
  readonly rollReason?: string;
  /** Hard: missing it loses a right or triggers enforcement. Soft: a target the firm sets. */
  readonly hard: boolean;
  readonly ruleId: string;
  /** The rule in plain English. */
  readonly rule: string;
  readonly citation: Citation;
  readonly basis: DeadlineBasis;
  readonly basisDate: IsoDate;
  readonly note?: string;
  readonly conflict?: string;
  /** The calendar rule rows that decided business days (§12-39a, §1-4, IRS holidays, firm closures). */
  readonly calendarRuleIds: readonly string[];
}

const BASIS_LABELS: Record<DeadlineBasis, string> = {
  notice_date: 'the notice date',
  received_date: 'the date the notice was received',
  decision_date: 'the Appellate Division decision date',
  plan_start_date: 'the plan start date',
  poa_expiry_date: 'the recorded expiry date',
  event_date: 'the event',
};

function period(count: number, unit: 'days' | 'months'): string {
  const singular = unit === 'days' ? 'day' : 'month';
  return `${count} ${count === 1 ? singular : unit}`;
}

export function describeDeadlineRule(row: DeadlineRule, rolls: boolean): string {
  const { count, unit, basis, hard } = row.value;
  const when = count === 0 ? `on ${BASIS_LABELS[basis]}` : `${period(count, unit)} after ${BASIS_LABELS[basis]}`;
  const roll = rolls ? '; a Saturday, Sunday or legal holiday moves it to the next business day' : '';
  const kind = hard ? '' : ' (a target, not a statutory deadline)';
  return `${row.label}: ${when}${roll}${kind}`;
}

/** The day the rule's count lands on. Months keep the day of month, clamped to a shorter month's end. */
export function countFrom(basisDayNumber: number, row: DeadlineRule): number {
  return row.value.unit === 'months'
    ? addMonthsToDayNumber(basisDayNumber, row.value.count)
    : basisDayNumber + row.value.count;
}

function previousBusinessDay(dayNumber: number, scope: HolidayScope): number {
  let candidate = dayNumber - 1;
  while (!isBusinessDayNumber(candidate, scope)) candidate -= 1;
  return candidate;
}

export interface DeadlineParts {
  readonly row: DeadlineRule;
  readonly basisDayNumber: number;
  /** Overrides the rule's own basis, e.g. when the received date was not given and the notice date is used. */
  readonly basis?: DeadlineBasis;
  readonly computedDayNumber?: number;
  readonly scope: HolidayScope;
  readonly ruleText?: string;
  readonly ruleId?: string;
  readonly citation?: Citation;
  readonly notes?: readonly string[];
}

/** Builds a deadline from its rule: counts from the basis, then rolls per §12-39a when the rule allows. */
export function buildDeadline(parts: DeadlineParts): Deadline {
  const { row, scope } = parts;
  const computed = parts.computedDayNumber ?? countFrom(parts.basisDayNumber, row);
  const rolls = row.value.roll === 'next_business_day' && scope.rules.general.calendar.weekendHolidayRoll.value;
  const notes = [...(parts.notes ?? []), ...(row.note ? [row.note] : [])];
  let dueDayNumber = computed;
  let rollReason: string | undefined;
  if (rolls) {
    const rolled = rollForwardDayNumber(computed, scope);
    dueDayNumber = rolled.dayNumber;
    rollReason = rolled.reason;
  } else {
    const closed = nonBusinessDayReason(computed, scope);
    if (closed) {
      const before = previousBusinessDay(computed, scope);
      notes.unshift(
        `${isoDateFromDayNumber(computed)} is ${closed}; this date is not moved, so act by ${dayName(dayOfWeekOfDayNumber(before))} ${isoDateFromDayNumber(before)}.`,
      );
    }
  }
  return {
    kind: row.kind,
    dueDate: isoDateFromDayNumber(dueDayNumber),
    computedDate: isoDateFromDayNumber(computed),
    rolledForward: dueDayNumber !== computed,
    ...(rollReason ? { rollReason } : {}),
    hard: row.value.hard,
    ruleId: parts.ruleId ?? row.id,
    rule: parts.ruleText ?? describeDeadlineRule(row, rolls),
    citation: parts.citation ?? row.citation,
    basis: parts.basis ?? row.value.basis,
    basisDate: isoDateFromDayNumber(parts.basisDayNumber),
    ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
    ...(row.conflict ? { conflict: row.conflict } : {}),
    calendarRuleIds: scope.ruleIds,
  };
}

export function byDueDate(a: Deadline, b: Deadline): number {
  return a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0;
}
