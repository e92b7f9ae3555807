import type { ParamMap } from '@angular/router';
import { AGING_BUCKETS, type AgingBucket, NOTICE_STATUSES } from '@nutmeg/contracts';
import { NOTICE_KINDS, RISK_LEVELS, RISK_MECHANISMS } from '@nutmeg/domain';
import {
  labelOf,
  MECHANISM_LABELS,
  NOTICE_KIND_LABELS,
  RISK_LEVEL_LABELS,
  STATUS_LABELS,
} from '../board/notice-labels';
import { CASE_FILTER_KEYS, type CaseFilterKey, type CaseListFilter } from '../core/api/notice-list.api';

export const AGING_LABELS: Readonly<Record<AgingBucket, string>> = {
  '0-30': '0–30 days',
  '31-60': '31–60 days',
  '61-90': '61–90 days',
  '90+': 'over 90 days',
};

/** The api's page sizes; the first is the default and is left out of the address. */
export const CASE_PAGE_SIZES = [25, 50, 100] as const;

export interface CaseListLocation {
  filter: CaseListFilter;
  /** 1-based, as the api and the address count. */
  page: number;
  pageSize: number;
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

function flag(value: string | null): boolean | undefined {
  return value === 'true' ? true : value === 'false' ? false : undefined;
}

function wholeNumber(value: string | null, min: number, max: number): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const number = Number(value);
  return number >= min && number <= max ? number : undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function userId(value: string | null): string | undefined {
  return value !== null && UUID.test(value) ? value : undefined;
}

/**
 * Reads the cases list's filter and page from its address. A value the api would refuse (a typo in a pasted
 * link) is dropped rather than sent, so the page shows the rest of the list instead of an error.
 */
export function caseListLocationOf(params: ParamMap): CaseListLocation {
  const mechanism = oneOf(RISK_MECHANISMS, params.get('mechanism'));
  const mechanismLevel = oneOf(RISK_LEVELS, params.get('mechanismLevel'));
  // The api takes a mechanism only with its level ("Lien: high"); half of the pair would be refused.
  const pair = mechanism && mechanismLevel ? { mechanism, mechanismLevel } : {};
  const raw: CaseListFilter = {
    status: oneOf(NOTICE_STATUSES, params.get('status')),
    kind: oneOf(NOTICE_KINDS, params.get('kind')),
    assigneeId: userId(params.get('assigneeId')),
    unassigned: flag(params.get('unassigned')),
    riskLevel: oneOf(RISK_LEVELS, params.get('riskLevel')),
    overdue: flag(params.get('overdue')),
    dueWithinDays: wholeNumber(params.get('dueWithinDays'), 0, 365),
    agingBucket: oneOf(AGING_BUCKETS, params.get('agingBucket')),
    ...pair,
    open: flag(params.get('open')),
  };
  const filter: CaseListFilter = {};
  for (const key of CASE_FILTER_KEYS) {
    if (raw[key] !== undefined) (filter as Record<string, unknown>)[key] = raw[key];
  }
  const pageSize = wholeNumber(params.get('pageSize'), 1, 100);
  return {
    filter,
    page: wholeNumber(params.get('page'), 1, 100_000) ?? 1,
    pageSize:
      pageSize !== undefined && (CASE_PAGE_SIZES as readonly number[]).includes(pageSize)
        ? pageSize
        : CASE_PAGE_SIZES[0],
  };
}

export interface FilterChip {
  /** The keys removing the chip clears (a mechanism and its level go together). */
  keys: readonly CaseFilterKey[];
  label: string;
}

function dueLabel(days: number): string {
  if (days === 0) return 'Due today';
  return `Due within ${days} ${days === 1 ? 'day' : 'days'}`;
}

function capitalised(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The active filters in plain words ("Overdue", "Aging 61–90 days", "Lien: high"), in a fixed order.
 * `assigneeName` turns an assignee id into a name; until the firm's people are known it may return undefined.
 */
export function filterChipsOf(
  filter: CaseListFilter,
  assigneeName: (id: string) => string | undefined = () => undefined,
): FilterChip[] {
  const chips: FilterChip[] = [];
  const add = (keys: readonly CaseFilterKey[], label: string): void => {
    chips.push({ keys, label });
  };
  if (filter.status) add(['status'], `Status: ${labelOf(STATUS_LABELS, filter.status)}`);
  if (filter.kind) add(['kind'], labelOf(NOTICE_KIND_LABELS, filter.kind));
  if (filter.assigneeId) add(['assigneeId'], `Assigned to ${assigneeName(filter.assigneeId) ?? 'one person'}`);
  if (filter.unassigned !== undefined) add(['unassigned'], filter.unassigned ? 'Unassigned' : 'Assigned');
  if (filter.riskLevel) add(['riskLevel'], `${capitalised(labelOf(RISK_LEVEL_LABELS, filter.riskLevel))} risk`);
  if (filter.overdue !== undefined) add(['overdue'], filter.overdue ? 'Overdue' : 'Not overdue');
  if (filter.dueWithinDays !== undefined) add(['dueWithinDays'], dueLabel(filter.dueWithinDays));
  if (filter.agingBucket) add(['agingBucket'], `Aging ${labelOf(AGING_LABELS, filter.agingBucket)}`);
  if (filter.mechanism && filter.mechanismLevel) {
    add(
      ['mechanism', 'mechanismLevel'],
      `${labelOf(MECHANISM_LABELS, filter.mechanism)}: ${labelOf(RISK_LEVEL_LABELS, filter.mechanismLevel)}`,
    );
  }
  if (filter.open !== undefined) add(['open'], filter.open ? 'Open' : 'Resolved or closed');
  return chips;
}

/** The filter without the given keys. */
export function withoutKeys(filter: CaseListFilter, keys: readonly CaseFilterKey[]): CaseListFilter {
  const next: CaseListFilter = { ...filter };
  for (const key of keys) delete next[key];
  return next;
}
