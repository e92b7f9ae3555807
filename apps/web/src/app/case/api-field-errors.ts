import { signal } from '@angular/core';
import type { ErrorStateMatcher } from '@angular/material/core';
import { formatMoney, parseMoney } from '@nutmeg/domain';
import { moneyError, normalizeMoneyText } from '../calculator/field-errors';
import { apiErrorOf, describeHttpError, fieldErrorsOf } from '../core/http/api-error';

/**
 * The api names a field at the start of its message ("amount must be ..."); beside the field itself the
 * name is noise, so "Must be ...".
 */
export function withoutFieldName(path: string, message: string): string {
  const name = path.split('.').at(-1) ?? path;
  for (const prefix of [path, name]) {
    if (message.startsWith(`${prefix} `)) {
      const rest = message.slice(prefix.length + 1);
      return rest.charAt(0).toUpperCase() + rest.slice(1);
    }
  }
  return message;
}

/**
 * A form's problems as the api (or the form's own check) states them: a message per field path, shown under
 * that field, and the rest in a banner above the buttons. Kept in signals so OnPush templates follow them.
 */
export class FormProblems {
  private readonly byField = signal<Readonly<Record<string, string>>>({});
  /** Problems that belong to no field of this form (a 409, a 500, a field the form has no control for). */
  readonly general = signal<string | null>(null);
  private readonly matchers = new Map<string, ErrorStateMatcher>();

  /** `fields`: the api field paths this form has a control for. */
  constructor(private readonly fields: readonly string[]) {}

  messageFor(path: string): string | null {
    return this.byField()[path] ?? null;
  }

  /** Turns the field red while it has a message, whether or not it was touched. */
  matcherFor(path: string): ErrorStateMatcher {
    let matcher = this.matchers.get(path);
    if (!matcher) {
      matcher = { isErrorState: () => this.messageFor(path) !== null };
      this.matchers.set(path, matcher);
    }
    return matcher;
  }

  hasAny(): boolean {
    return this.general() !== null || Object.keys(this.byField()).length > 0;
  }

  clear(): void {
    this.byField.set({});
    this.general.set(null);
  }

  /** The form's own checks, before anything is sent. */
  setField(path: string, message: string): void {
    this.byField.update((fields) => ({ ...fields, [path]: message }));
  }

  /** Puts a failed request's messages where they belong; `wording` overrides the generic one per status. */
  take(error: unknown, wording: Partial<Record<number, string>> = {}): void {
    const fields: Record<string, string> = {};
    const elsewhere: string[] = [];
    for (const [path, messages] of Object.entries(fieldErrorsOf(error))) {
      const text = messages.map((message) => withoutFieldName(path, message)).join(' ');
      if (this.fields.includes(path)) fields[path] = text;
      else elsewhere.push(messages.join(' '));
    }
    this.byField.set(fields);
    const placed = Object.keys(fields).length > 0;
    const general = elsewhere.length > 0 ? elsewhere.join(' ') : placed ? null : describeHttpError(error, wording);
    this.general.set(general);
  }
}

/** The `reasons` list an api 422 carries (an installment plan the rules do not open), or none. */
export function refusalReasonsOf(error: unknown): string[] {
  const api = apiErrorOf(error);
  if (!api || api.statusCode !== 422) return [];
  const body = (error as { error?: { reasons?: unknown } }).error;
  return Array.isArray(body?.reasons) ? body.reasons.filter((reason): reason is string => typeof reason === 'string') : [];
}

/**
 * What a person typed for money, as the api wants it: "$1,250.5" → "1250.50". Null with a message in plain
 * words when it is not an amount. The domain's own parser decides, so the form and the api agree.
 */
export function moneyForApi(
  field: string,
  text: string,
  options: { positive?: boolean } = {},
): { ok: true; value: string } | { ok: false; message: string } {
  const normalized = normalizeMoneyText(text);
  if (normalized === '') return { ok: false, message: 'Enter an amount in dollars and cents, like 2000.00.' };
  const problem = moneyError(field, normalized, options);
  if (problem) return { ok: false, message: problem.message };
  return { ok: true, value: formatMoney(parseMoney(normalized, field, options)) };
}
