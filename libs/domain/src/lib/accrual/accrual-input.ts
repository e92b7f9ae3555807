import { dayNumberOf } from '../dates/calendar-date';
import { requireTaxType, rulesOrDefault } from '../deadlines/input-validation';
import { DomainValidationError } from '../errors/domain-validation-error';
import { ZERO, formatMoney, parseMoney, type Money } from '../money/money';
import { compiledTaxRules, type CompiledTaxRules } from '../rules/compiled-rules';
import { PENALTY_KINDS, isOneOf, type TaxType } from '../vocabulary/vocabulary';
import { AccrualLedger, MonthBoundaries } from './accrual-ledger';
import type { AccrualInput, AppliedPayment } from './accrual-types';

export interface ParsedPayment {
  readonly day: number;
  readonly amount: Money;
  readonly cashBond: boolean;
}

/** An accrual input after validation: day numbers, exact amounts and the tax type's compiled rules. */
export interface ParsedAccrual {
  readonly taxType: TaxType;
  readonly tax: Money;
  /** The tax in JSON form, reused from the input when it already is ("2000.00"). */
  readonly taxText: string;
  readonly dueDay: number;
  readonly dueDate: string;
  readonly asOfDay: number;
  readonly asOf: string;
  /** Penalty waived by DRS; zero when none. */
  readonly penaltyWaived: Money;
  /** In date order (stable for same-day payments). */
  readonly payments: readonly ParsedPayment[];
  readonly rules: CompiledTaxRules;
  readonly boundaries: MonthBoundaries;
}

const NO_PAYMENTS: readonly ParsedPayment[] = [];

/** Already in JSON form: digits, a point and exactly two decimals. */
const CENTS_TEXT = /^\d+\.\d\d$/;

export function parsePayments(payments: AccrualInput['payments']): readonly ParsedPayment[] {
  if (payments === undefined || payments === null || (Array.isArray(payments) && payments.length === 0)) {
    return NO_PAYMENTS;
  }
  if (!Array.isArray(payments)) throw new DomainValidationError('payments', 'must be a list of { date, amount }');
  const parsed = payments.map((payment: unknown, index): ParsedPayment & { index: number } => {
    if (payment === null || typeof payment !== 'object') {
      throw new DomainValidationError(`payments[${index}]`, 'must be { date, amount }');
    }
    const { date, amount, cashBond } = payment as { date?: unknown; amount?: unknown; cashBond?: unknown };
    if (cashBond !== undefined && cashBond !== null && typeof cashBond !== 'boolean') {
      throw new DomainValidationError(`payments[${index}].cashBond`, 'must be true or false');
    }
    return {
      day: dayNumberOf(date, `payments[${index}].date`),
      amount: parseMoney(amount, `payments[${index}].amount`),
      cashBond: cashBond === true,
      index,
    };
  });
  return parsed.sort((a, b) => a.day - b.day || a.index - b.index);
}

/** Validates an accrual input; throws DomainValidationError naming the first bad field. */
export function parseAccrualInput(input: AccrualInput, asOfField = 'asOf'): ParsedAccrual {
  if (input === null || typeof input !== 'object') throw new DomainValidationError('input', 'must be an object');
  const taxType = requireTaxType(input.taxType);
  const tax = parseMoney(input.tax, 'tax');
  const dueDay = dayNumberOf(input.dueDate, 'dueDate');
  const asOfDay = dayNumberOf(input.asOf, asOfField);
  const kind = input.penaltyKind ?? 'late_payment';
  if (!isOneOf(PENALTY_KINDS, kind)) throw new DomainValidationError('penaltyKind', `must be one of ${PENALTY_KINDS.join(', ')}`);
  const rules = compiledTaxRules(taxType, rulesOrDefault(input.rules), kind);
  const extendedDay =
    input.extendedDueDate === undefined || input.extendedDueDate === null ? undefined : dayNumberOf(input.extendedDueDate, 'extendedDueDate');
  if (extendedDay !== undefined && extendedDay <= dueDay) throw new DomainValidationError('extendedDueDate', 'must be after dueDate');
  return {
    taxType,
    tax,
    taxText: typeof input.tax === 'string' && CENTS_TEXT.test(input.tax) && (input.tax.length === 4 || input.tax[0] !== '0')
      ? input.tax
      : formatMoney(tax),
    dueDay,
    dueDate: input.dueDate,
    asOfDay,
    asOf: input.asOf,
    payments: parsePayments(input.payments),
    penaltyWaived:
      input.penaltyWaived === undefined || input.penaltyWaived === null ? ZERO : parseMoney(input.penaltyWaived, 'penaltyWaived'),
    rules,
    boundaries: MonthBoundaries.of(dueDay, rules, extendedDay),
  };
}

const NONE_APPLIED: readonly AppliedPayment[] = Object.freeze([]);

/** Runs a parsed liability to `untilDay`: every penalty, monthly charge and payment on or before it. */
export function runLedger(
  parsed: ParsedAccrual,
  untilDay: number,
  recordMonths: boolean,
): { readonly ledger: AccrualLedger; readonly applied: readonly AppliedPayment[] } {
  const ledger = new AccrualLedger(parsed.rules, parsed.boundaries, { tax: parsed.tax }, recordMonths);
  if (parsed.payments.length === 0) {
    ledger.accrueThrough(untilDay);
    if (!parsed.penaltyWaived.isZero()) ledger.waivePenalty(parsed.penaltyWaived);
    return { ledger, applied: NONE_APPLIED };
  }
  const applied: AppliedPayment[] = [];
  for (const payment of parsed.payments) {
    if (payment.day > untilDay) break;
    ledger.accrueThrough(payment.day);
    applied.push(ledger.pay(payment.day, payment.amount, payment.cashBond));
  }
  ledger.accrueThrough(untilDay);
  if (!parsed.penaltyWaived.isZero()) ledger.waivePenalty(parsed.penaltyWaived);
  return { ledger, applied };
}
