import {
  accrue,
  addMonths,
  compareIsoDates,
  costOfWaiting,
  diffInDays,
  projectPayoffByDay,
  type AccrualResult,
  type CostOfWaiting,
  type IsoDate,
  type PaymentInput,
  type PayoffRun,
  type PenaltyKind,
  type RuleTables,
  type TaxType,
} from '@nutmeg/domain';
import { attempt, dateError, type FieldError, moneyError, normalizeMoneyText } from './field-errors';
import { listInWords, type Outcome } from './outcome';

export interface PaymentRowValue {
  date: string;
  amount: string;
}

/** The first card's inputs, as typed. */
export interface LiabilityFormValue {
  taxType: TaxType;
  tax: string;
  dueDate: string;
  payBy: string;
  payments: PaymentRowValue[];
  /** The penalty assessed: late payment unless the notice says late filing, negligence, fraud... */
  penaltyKind?: PenaltyKind;
  /** The return's extended due date, when there was an extension (§12-723); '' for none. */
  extendedDueDate?: string;
}

export interface QuoteView {
  readonly accrual: AccrualResult;
  readonly waiting: CostOfWaiting;
  /** The payoff on every day from the due date to a year after the pay-by date; null if it cannot be drawn. */
  readonly chart: readonly PayoffRun[] | null;
  /** Payments dated after the pay-by date: they have not happened by then, so they are not counted. */
  readonly laterPayments: number;
}

/** The chart runs a year past the pay-by date, and (like the api's projection) over at most ten years. */
const CHART_MONTHS_AFTER_PAY_BY = 12;
const CHART_MAX_DAYS = 3653;

/**
 * Everything the first card shows, computed in the browser with the same `accrue` the api's quote uses.
 * Fields are checked one by one first, so several bad fields are all pointed at, not only the first.
 */
export function computeQuote(form: LiabilityFormValue, rules: RuleTables): Outcome<QuoteView> {
  const errors: FieldError[] = [];
  const missing: string[] = [];
  const check = (error: FieldError | null): void => {
    if (error) errors.push(error);
  };

  if (form.tax.trim() === '') missing.push('the tax amount');
  else check(moneyError('tax', form.tax));
  if (form.dueDate === '') missing.push('its original due date');
  else check(dateError('dueDate', form.dueDate));
  if (form.payBy === '') missing.push('a pay-by date');
  else check(dateError('payBy', form.payBy));
  const extendedDueDate = form.extendedDueDate?.trim() ?? '';
  if (extendedDueDate !== '') check(dateError('extendedDueDate', extendedDueDate));

  const payments: PaymentInput[] = [];
  /** payments[k] in the domain's list is row rowOf[k] of the form (blank rows are left out). */
  const rowOf: number[] = [];
  form.payments.forEach((row, index) => {
    const date = row.date.trim();
    const amount = row.amount.trim();
    if (date === '' && amount === '') return;
    const path = `payments.${index}`;
    if (date === '') errors.push({ field: `${path}.date`, message: 'Enter the date of this payment.' });
    else check(dateError(`${path}.date`, date));
    if (amount === '') errors.push({ field: `${path}.amount`, message: 'Enter the amount paid.' });
    else check(moneyError(`${path}.amount`, amount));
    payments.push({ date, amount: normalizeMoneyText(amount) });
    rowOf.push(index);
  });

  if (errors.length > 0) return { state: 'invalid', errors };
  if (missing.length > 0) {
    return { state: 'empty', prompt: `Enter ${listInWords(missing)} to see what is owed.` };
  }

  const fieldFor = (field: string): string => {
    if (field === 'asOf' || field === 'payDate') return 'payBy';
    const payment = /^payments\[(\d+)\]\.(date|amount)$/.exec(field);
    if (payment) return `payments.${rowOf[Number(payment[1])]}.${payment[2]}`;
    return field;
  };
  const liability = {
    taxType: form.taxType,
    tax: normalizeMoneyText(form.tax),
    dueDate: form.dueDate,
    payments,
    penaltyKind: form.penaltyKind ?? 'late_payment',
    extendedDueDate: extendedDueDate === '' ? null : extendedDueDate,
    rules,
  };
  const accrual = attempt(() => accrue({ ...liability, asOf: form.payBy }), fieldFor);
  if (!accrual.ok) return { state: 'invalid', errors: [accrual.error] };
  const waiting = attempt(() => costOfWaiting(liability, form.payBy), fieldFor);
  if (!waiting.ok) return { state: 'invalid', errors: [waiting.error] };

  return {
    state: 'ready',
    value: {
      accrual: accrual.value,
      waiting: waiting.value,
      chart: chartRuns(liability, form.dueDate, form.payBy),
      laterPayments: payments.filter((payment) => compareIsoDates(payment.date, form.payBy) > 0).length,
    },
  };
}

function chartRuns(
  liability: Parameters<typeof projectPayoffByDay>[0],
  dueDate: IsoDate,
  payBy: IsoDate,
): readonly PayoffRun[] | null {
  const to = addMonths(compareIsoDates(payBy, dueDate) > 0 ? payBy : dueDate, CHART_MONTHS_AFTER_PAY_BY);
  const from = diffInDays(dueDate, to) > CHART_MAX_DAYS ? addMonths(to, -120) : dueDate;
  const runs = attempt(() => projectPayoffByDay(liability, { from, to }));
  return runs.ok ? runs.value : null;
}
