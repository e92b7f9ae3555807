import type { ErrorStateMatcher } from '@angular/material/core';
import type { FieldError } from './field-errors';

/**
 * What a calculator card shows: a prompt while inputs are missing, field errors while some are not valid, and
 * the domain's answer once everything is.
 */
export type Outcome<T> =
  | { readonly state: 'empty'; readonly prompt: string }
  | { readonly state: 'invalid'; readonly errors: readonly FieldError[] }
  | { readonly state: 'ready'; readonly value: T };

export function readyValue<T>(outcome: Outcome<T>): T | null {
  return outcome.state === 'ready' ? outcome.value : null;
}

export function errorsOf(outcome: Outcome<unknown>): readonly FieldError[] {
  return outcome.state === 'invalid' ? outcome.errors : [];
}

/** "a, b and c" */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Field errors for a card's template: the message under each field, and a matcher that turns the field red
 * while it has one. The errors come from the calculation, not from form validators, so they show as soon as
 * the value is typed, without waiting for the field to be touched.
 */
export class FieldErrorIndex {
  private readonly matchers = new Map<string, ErrorStateMatcher>();

  constructor(
    private readonly errors: () => readonly FieldError[],
    /** Whether the card has a control for a field path; errors on other fields are shown above the results. */
    private readonly hasControl: (field: string) => boolean,
  ) {}

  messageFor(field: string): string | null {
    return this.errors().find((error) => error.field === field)?.message ?? null;
  }

  matcherFor(field: string): ErrorStateMatcher {
    let matcher = this.matchers.get(field);
    if (!matcher) {
      matcher = { isErrorState: () => this.messageFor(field) !== null };
      this.matchers.set(field, matcher);
    }
    return matcher;
  }

  /** Errors about no field of this card (a cross-field rule, say). */
  unplaced(): readonly FieldError[] {
    return this.errors().filter((error) => !this.hasControl(error.field));
  }

  count(): number {
    return this.errors().length;
  }
}

export function promptOf(outcome: Outcome<unknown>): string | null {
  return outcome.state === 'empty' ? outcome.prompt : null;
}
