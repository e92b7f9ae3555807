import { DEFAULT_RULES } from './default-rules';
import type { Citation, RuleTables } from './rule-types';

/** One rule row as the api exposes it read-only: where it sits in the tables and what it says. */
export interface RuleRowView {
  readonly id: string;
  /** Dotted location in the tables, e.g. `taxTypes.sales.latePaymentPenalty`. */
  readonly path: string;
  readonly label?: string;
  readonly value: unknown;
  readonly citation: Citation;
  readonly note?: string;
  readonly conflict?: string;
  readonly overridden: boolean;
}

function isRow(node: unknown): node is Record<string, unknown> & { id: string; citation: Citation } {
  return (
    node !== null &&
    typeof node === 'object' &&
    typeof (node as { id?: unknown }).id === 'string' &&
    typeof (node as { citation?: unknown }).citation === 'object'
  );
}

function collect(node: unknown, path: string, rows: RuleRowView[]): void {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
  if (isRow(node)) {
    rows.push({
      id: node.id,
      path,
      ...(typeof node['label'] === 'string' ? { label: node['label'] } : {}),
      value: node['value'],
      citation: node.citation,
      ...(typeof node['note'] === 'string' ? { note: node['note'] } : {}),
      ...(typeof node['conflict'] === 'string' ? { conflict: node['conflict'] } : {}),
      overridden: node['overridden'] === true,
    });
    return;
  }
  for (const [key, child] of Object.entries(node)) collect(child, path ? `${path}.${key}` : key, rows);
}

const cache = new WeakMap<RuleTables, readonly RuleRowView[]>();

/**
 * Every rule row of the effective tables, flattened, in table order: what an api exposes read-only so a
 * practitioner can see each value, its source and any conflict.
 */
export function listRuleRows(rules: RuleTables = DEFAULT_RULES): readonly RuleRowView[] {
  let rows = cache.get(rules);
  if (!rows) {
    const collected: RuleRowView[] = [];
    collect(rules, '', collected);
    rows = Object.freeze(collected);
    cache.set(rules, rows);
  }
  return rows;
}
