import { DomainValidationError, parseIsoDate, parseMoney, type ParseMoneyOptions } from '@nutmeg/domain';

/** A problem with one input, in words for the person who typed it. `field` is the form's control path. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** What the domain calls each input, in the words the page uses. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  taxType: 'tax type',
  tax: 'tax amount',
  dueDate: "tax's due date",
  asOf: 'pay-by date',
  payDate: 'pay-by date',
  kind: 'notice kind',
  noticeKind: 'notice kind',
  noticeDate: 'notice date',
  receivedDate: 'received date',
  balance: 'balance',
  months: 'number of months',
  startDate: 'first payment date',
};

function nameOf(field: string): string {
  const last = field.split('.').at(-1) ?? field;
  return FIELD_NAMES[field] ?? FIELD_NAMES[last] ?? last.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * The domain words its messages for developers ("must be a non-negative amount with at most 2 decimals, e.g.
 * "2000.00""); beside the field a practitioner reads what to type instead.
 */
export function plainWords(field: string, message: string): string {
  if (/positive amount/.test(message)) return 'Enter an amount above zero in dollars and cents, like 2000.00.';
  if (/amount with at most 2 decimals/.test(message)) {
    return 'Enter dollars and cents with at most 2 decimals, like 2000.00.';
  }
  if (/calendar date/.test(message)) return 'Enter a real date between 1900 and 2199.';
  if (field === 'startDate' && /must be after dueDate/.test(message)) {
    return "The first payment must come after the tax's due date.";
  }
  const months = /whole number of months from (\d+) to (\d+)/.exec(message);
  if (months) return `Choose from ${months[1]} to ${months[2]} months.`;
  if (/must be one of/.test(message)) return `Choose a ${nameOf(field)} from the list.`;
  const order = /must not be (before|after) (\w+)/.exec(message);
  if (order) return `The ${nameOf(field)} cannot be ${order[1]} the ${nameOf(order[2])}.`;
  return sentence(message.replace(/\b([a-z]+[A-Z]\w*)\b/g, (word) => nameOf(word)));
}

/** A DomainValidationError as a field error; `fieldFor` maps the domain's field name to the form's. */
export function fieldErrorOf(error: DomainValidationError, fieldFor: (field: string) => string = (f) => f): FieldError {
  return { field: fieldFor(error.field), message: plainWords(error.field, error.message) };
}

/**
 * Runs a domain call; a DomainValidationError becomes a FieldError, anything else is a bug and is rethrown
 * (the page must not swallow it, and the browser's error listener reports it).
 */
export function attempt<T>(
  work: () => T,
  fieldFor?: (field: string) => string,
): { ok: true; value: T } | { ok: false; error: FieldError } {
  try {
    return { ok: true, value: work() };
  } catch (error) {
    if (error instanceof DomainValidationError) return { ok: false, error: fieldErrorOf(error, fieldFor) };
    throw error;
  }
}

/**
 * What a person types for money, made into the domain's form: "$2,000.00" → "2000.00". Only correct thousands
 * grouping is accepted; anything else goes to the domain unchanged so it is refused, not guessed at.
 */
export function normalizeMoneyText(text: string): string {
  let value = text.trim().replace(/^\$\s*/, '');
  if (/^\d{1,3}(,\d{3})+(\.\d*)?$/.test(value)) value = value.replace(/,/g, '');
  return value;
}

/** Checks one amount field the way the calculation will; null when it is fine. */
export function moneyError(field: string, text: string, options: ParseMoneyOptions = {}): FieldError | null {
  const result = attempt(() => parseMoney(normalizeMoneyText(text), field, options));
  return result.ok ? null : result.error;
}

/** Checks one date field the way the calculation will; null when it is fine. */
export function dateError(field: string, text: string): FieldError | null {
  const result = attempt(() => parseIsoDate(text, field));
  return result.ok ? null : result.error;
}
