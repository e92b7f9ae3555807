/**
 * The "All rule rows" section of docs/rules.md, rendered from the default rule tables, so the page a
 * practitioner reads is the table the engine runs. `npx ts-node -P tools/bench/tsconfig.json
 * tools/scripts/rules-doc.ts` rewrites it; tools/checks/rules-doc.spec.ts fails when it is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_RULES, listRuleRows, type RuleRowView, type RuleTables } from '@nutmeg/domain';

export const RULES_DOC = join(__dirname, '../../docs/rules.md');
const HEADING = '## All rule rows';
const INTRO =
  'Generated from the default tables (`listRuleRows()`) by `tools/scripts/rules-doc.ts`; a spec fails if this\n' +
  'section differs from the tables, or if a row is unused by any calculation or uncited.';

function plain(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(plain).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([key, child]) => `${key}:${plain(child)}`)
      .join(',')}}`;
  }
  return String(value);
}

interface DeadlineValue {
  count: number;
  unit: string;
  basis: string;
  hard: boolean;
  roll: string;
}

function isDeadlineValue(value: unknown): value is DeadlineValue {
  return value !== null && typeof value === 'object' && 'basis' in value && 'roll' in value && 'count' in value;
}

function valueText(row: RuleRowView): string {
  const value = row.value;
  if (!isDeadlineValue(value)) return plain(value);
  const basis = value.basis.replace(/_/g, ' ');
  return `${value.count} ${value.unit} from ${basis}; ${value.hard ? 'hard' : 'soft'}; roll: ${value.roll.replace(/_/g, ' ')}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function notesText(row: RuleRowView): string {
  const parts: string[] = [];
  if (row.label !== undefined) parts.push(row.note ? `${row.label} — ${row.note}` : row.label);
  else if (row.note) parts.push(row.note);
  if (row.conflict) parts.push(`**Conflict:** ${row.conflict}`);
  return parts.join(' ');
}

function sourceText(row: RuleRowView): string {
  const { source, reference, url } = row.citation;
  return `${source} — ${url ? `[${reference}](${url})` : reference}`;
}

/** The section, from its heading to the end of the page. */
export function renderRuleRows(rules: RuleTables = DEFAULT_RULES): string {
  const groups = new Map<string, RuleRowView[]>();
  for (const row of listRuleRows(rules)) {
    const group = row.path.split('.').slice(0, 2).join('.');
    groups.set(group, [...(groups.get(group) ?? []), row]);
  }
  const lines = [HEADING, '', INTRO, ''];
  for (const [group, rows] of groups) {
    lines.push(`#### ${group}`, '', '| id | value | source | notes |', '|---|---|---|---|');
    for (const row of rows) {
      lines.push(`| \`${row.id}\` | ${cell(valueText(row))} | ${cell(sourceText(row))} | ${cell(notesText(row))} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** docs/rules.md with its generated section replaced by `section`. */
export function withRuleRows(page: string, section: string): string {
  const start = page.indexOf(HEADING);
  if (start < 0) throw new Error(`docs/rules.md has no "${HEADING}" heading`);
  return page.slice(0, start) + section;
}

if (require.main === module) {
  const page = readFileSync(RULES_DOC, 'utf8');
  writeFileSync(RULES_DOC, withRuleRows(page, renderRuleRows()));
  console.log(`docs/rules.md: ${listRuleRows().length} rule rows written`);
}
