import { TimelineEntry } from '@nutmeg/contracts';

export interface AuditRow {
  occurred_at: Date;
  actor_id: string | null;
  actor_name: string | null;
  entity_type: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const words = (value: unknown): string => String(value ?? '').replace(/_/g, ' ');
const money = (value: unknown): string =>
  `$${Number(value).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** One line a person can read for each audited change on a case ("Status: new → triage"). */
export function describe(row: AuditRow): string {
  const before = row.before ?? {};
  const after = row.after ?? {};
  switch (row.entity_type) {
    case 'notice': {
      if (row.action === 'create') return `Notice taken in (${words(after['kind'])}, dated ${after['noticeDate']})`;
      const changes: string[] = [];
      if (before['status'] !== after['status'])
        changes.push(`status ${words(before['status'])} → ${words(after['status'])}`);
      const assignee = (value: unknown) => (value as { fullName?: string } | null)?.fullName ?? 'nobody';
      if (assignee(before['assignee']) !== assignee(after['assignee']))
        changes.push(`assigned to ${assignee(after['assignee'])}`);
      if (before['responseStatus'] !== after['responseStatus'])
        changes.push(`response ${words(after['responseStatus'])}`);
      if (before['noticeDate'] !== after['noticeDate'])
        changes.push(`notice date ${before['noticeDate']} → ${after['noticeDate']}, deadlines recomputed`);
      changes.push(...correctedFields(before, after));
      return changes.length > 0 ? capitalise(changes.join('; ')) : 'Notice details corrected';
    }
    case 'notice_check':
      return `Checklist: ${words(after['item'])} ${words(after['result'])}${after['note'] ? ` — ${after['note']}` : ''}`;
    case 'resolution': {
      const type = words(after['type']);
      if (row.action === 'create') {
        return after['type'] === 'payment'
          ? `Payment of ${money(after['amount'])} recorded (${words((after['details'] as Record<string, unknown>)?.['method'])})`
          : `${capitalise(type)} ${words(after['status'])}`;
      }
      return `${capitalise(type)}: ${words(before['status'])} → ${words(after['status'])}`;
    }
    case 'document':
      return `Document added: ${after['title']} (${words(after['type'])})`;
    case 'call':
      return `DRS call logged${after['outcome'] ? `: ${words(after['outcome'])}` : ''}${after['flaggedNoPoa'] ? ' — flagged: no POA on file' : ''}`;
    default:
      return `${capitalise(words(row.entity_type))} ${row.action}d`;
  }
}

/** The intake fields a correction changed, each as "field before → after" (what the letter really said). */
const CORRECTABLE: ReadonlyArray<[string, string, (value: unknown) => string]> = [
  ['kind', 'kind', words],
  ['taxType', 'tax type', words],
  ['taxPeriods', 'periods', (value) => periodsText(value)],
  ['receivedDate', 'received date', (value) => String(value ?? 'none')],
  ['taxDueDate', 'tax due date', (value) => String(value ?? '')],
  ['accountNumber', 'account number', (value) => String(value ?? '')],
  ['correspondenceId', 'Letter ID', (value) => String(value ?? '')],
  ['reason', 'reason', (value) => (value ? words(value) : 'none')],
  ['notes', 'notes', (value) => (value ? 'changed' : 'none')],
];
const STATED: ReadonlyArray<[string, string]> = [
  ['tax', 'stated tax'],
  ['penalty', 'stated penalty'],
  ['interest', 'stated interest'],
  ['credits', 'stated credits'],
  ['balanceDue', 'balance due'],
  ['asOf', 'balance as of'],
];

function correctedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const changes: string[] = [];
  for (const [key, label, show] of CORRECTABLE) {
    if (JSON.stringify(before[key] ?? null) === JSON.stringify(after[key] ?? null)) continue;
    changes.push(key === 'notes' ? 'notes edited' : `${label} ${show(before[key])} → ${show(after[key])}`);
  }
  const statedBefore = (before['stated'] ?? {}) as Record<string, unknown>;
  const statedAfter = (after['stated'] ?? {}) as Record<string, unknown>;
  for (const [key, label] of STATED) {
    if ((statedBefore[key] ?? null) !== (statedAfter[key] ?? null)) {
      changes.push(`${label} ${statedBefore[key] ?? 'none'} → ${statedAfter[key] ?? 'none'}`);
    }
  }
  return changes;
}

function periodsText(value: unknown): string {
  if (!Array.isArray(value)) return '';
  return value
    .map((period: { year?: number; quarter?: number; month?: number; tax?: string }) => {
      const name = `${period.year}${period.quarter ? `-Q${period.quarter}` : period.month ? `-${String(period.month).padStart(2, '0')}` : ''}`;
      return period.tax ? `${name} ${money(period.tax)}` : name;
    })
    .join(', ');
}

export function toTimelineEntry(row: AuditRow): TimelineEntry {
  return {
    at: row.occurred_at.toISOString(),
    actor: row.actor_id ? { id: row.actor_id, fullName: row.actor_name ?? 'former user' } : null,
    entityType: row.entity_type,
    action: row.action,
    summary: describe(row),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
