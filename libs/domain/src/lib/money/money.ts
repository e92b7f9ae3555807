import Decimal from 'decimal.js';
import { DomainValidationError } from '../errors/domain-validation-error';

/**
 * Money is an exact decimal, never a float. The domain uses its own decimal.js constructor so a consumer
 * that reconfigures the global `Decimal` (precision, rounding) cannot change a tax computation.
 * 40 significant digits is far beyond any Connecticut liability; half-up is how DRS notices round cents.
 */
export const DomainDecimal = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});

/** An exact amount of US dollars. */
export type Money = Decimal;

/** What the api may hand in for an amount: a JSON string such as "2000.00", or a decimal.js value. */
export type MoneyInput = string | Decimal;

export const ZERO: Money = new DomainDecimal(0);

/** Formats of accepted money strings: digits, optionally a point and one or two decimals. */
const NON_NEGATIVE_AMOUNT = /^\d{1,15}(\.\d{1,2})?$/;
const SIGNED_AMOUNT = /^-?\d{1,15}(\.\d{1,2})?$/;

export interface ParseMoneyOptions {
  /** Refunds and adjustments may be negative; liabilities and payments may not (the default). */
  allowNegative?: boolean;
  /** Require a strictly positive amount (for example an installment balance). */
  positive?: boolean;
}

function describe(options: ParseMoneyOptions): string {
  if (options.positive) return 'must be a positive amount with at most 2 decimals, e.g. "2000.00"';
  if (options.allowNegative) return 'must be an amount with at most 2 decimals, e.g. "-12.50"';
  return 'must be a non-negative amount with at most 2 decimals, e.g. "2000.00"';
}

/**
 * Parses an amount, refusing anything that is not whole cents: a third decimal would mean some upstream
 * system already rounded (or failed to), and silently rounding again hides that.
 */
export function parseMoney(value: unknown, field: string, options: ParseMoneyOptions = {}): Money {
  let amount: Money | undefined;
  if (typeof value === 'string') {
    const pattern = options.allowNegative ? SIGNED_AMOUNT : NON_NEGATIVE_AMOUNT;
    if (pattern.test(value)) amount = new DomainDecimal(value);
  } else if (Decimal.isDecimal(value)) {
    const decimal = new DomainDecimal(value as Decimal);
    if (decimal.isFinite() && decimal.decimalPlaces() <= 2 && decimal.abs().lt('1e15')) amount = decimal;
  }
  if (amount === undefined || (!options.allowNegative && amount.isNegative() && !amount.isZero())) {
    throw new DomainValidationError(field, describe(options));
  }
  if (options.positive && !amount.gt(0)) throw new DomainValidationError(field, describe(options));
  // A decimal.js "-0" would format as "-0.00".
  return amount.isZero() ? ZERO : amount;
}

/**
 * Rounds half-up to whole cents. Called only at the documented rounding points (docs/rules.md, "Rounding"):
 * when a penalty is assessed and when a month's interest is charged.
 */
export function roundToCents(amount: Money): Money {
  // Checking first is far cheaper than rounding, and most amounts are already whole cents.
  return amount.decimalPlaces() <= 2 ? amount : amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * The JSON form of an amount: a string with exactly two decimals ("2320.00"), rounding half-up if it has
 * more. Whole-cent amounts (all the engine produces) take a fast path: decimal.js's `toString` plus padding
 * costs a fraction of `toFixed`, which matters when the api formats thousands of quotes per request.
 */
export function formatMoney(amount: Money): string {
  const places = amount.decimalPlaces();
  if (places > 2) return amount.toFixed(2, Decimal.ROUND_HALF_UP);
  const text = amount.toString();
  if (text.includes('e')) return amount.toFixed(2, Decimal.ROUND_HALF_UP);
  if (places === 2) return text;
  if (places === 1) return `${text}0`;
  return text === '-0' ? '0.00' : `${text}.00`;
}

/** An amount for a sentence shown to a person: "$12,500.00". */
export function formatDollars(amount: Money): string {
  return `$${formatMoney(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

export function sumMoney(amounts: readonly Money[]): Money {
  let total: Money = ZERO;
  for (const amount of amounts) total = total.plus(amount);
  return total;
}

export function minMoney(a: Money, b: Money): Money {
  return a.lte(b) ? a : b;
}

export function maxMoney(a: Money, b: Money): Money {
  return a.gte(b) ? a : b;
}

/** Creates an amount from a trusted string literal in code or rule tables (already validated). */
export function money(value: string): Money {
  return new DomainDecimal(value);
}
