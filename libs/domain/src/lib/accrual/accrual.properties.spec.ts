import fc from 'fast-check';
import { addDays } from '../dates/calendar-date';
import { money, sumMoney } from '../money/money';
import { TAX_TYPES } from '../vocabulary/vocabulary';
import { accrue } from './accrue';
import type { AccrualInput, PaymentInput } from './accrual-types';

const cents = (value: number) => `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;

const dueDates = fc.integer({ min: 0, max: 3_000 }).map((offset) => addDays('2020-01-01', offset));
const amounts = fc.integer({ min: 0, max: 5_000_000 }).map(cents);
const paymentsFor = (dueDate: string) =>
  fc.array(
    fc.record({ offset: fc.integer({ min: -60, max: 900 }), amount: fc.integer({ min: 1, max: 3_000_000 }).map(cents) }),
    { maxLength: 5 },
  ).map((list) => list.map((payment): PaymentInput => ({ date: addDays(dueDate, payment.offset), amount: payment.amount })));

const liability = dueDates.chain((dueDate) =>
  fc.record({
    taxType: fc.constantFrom(...TAX_TYPES),
    tax: amounts,
    dueDate: fc.constant(dueDate),
    asOf: fc.integer({ min: -30, max: 1_500 }).map((offset) => addDays(dueDate, offset)),
    payments: paymentsFor(dueDate),
  }),
);

const cost = (input: AccrualInput) => {
  const result = accrue(input);
  return money(result.penalty).plus(result.interest);
};

describe('accrual properties', () => {
  it('never produces a negative amount', () => {
    fc.assert(
      fc.property(liability, (input) => {
        const result = accrue(input);
        for (const value of [result.penalty, result.interest, result.paid, result.total, result.credit, ...Object.values(result.unpaid)]) {
          expect(money(value).isNegative()).toBe(false);
        }
        expect(result.monthsLate).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('keeps tax + penalty + interest − paid = total − credit', () => {
    fc.assert(
      fc.property(liability, (input) => {
        const result = accrue(input);
        const owedLessPaid = money(result.tax).plus(result.penalty).plus(result.interest).minus(result.paid);
        expect(owedLessPaid.toFixed(2)).toBe(money(result.total).minus(result.credit).toFixed(2));
        expect(money(result.total).toFixed(2)).toBe(sumMoney(Object.values(result.unpaid).map(money)).toFixed(2));
      }),
    );
  });

  it('itemises every month: the breakdown sums to the interest', () => {
    fc.assert(
      fc.property(liability, (input) => {
        const result = accrue(input);
        expect(result.breakdown).toHaveLength(result.monthsLate);
        expect(sumMoney(result.breakdown.map((month) => money(month.interest))).toFixed(2)).toBe(money(result.interest).toFixed(2));
      }),
    );
  });

  it('paying more never costs more (extra payment, or a larger one)', () => {
    fc.assert(
      fc.property(
        liability,
        fc.integer({ min: -60, max: 900 }),
        fc.integer({ min: 1, max: 3_000_000 }),
        (input, offset, extraCents) => {
          const extra = { date: addDays(input.dueDate, offset), amount: cents(extraCents) };
          const more = { ...input, payments: [...(input.payments ?? []), extra] };
          expect(cost(more).lte(cost(input))).toBe(true);
          expect(money(accrue(more).total).lte(accrue(input).total)).toBe(true);
          const payments = input.payments ?? [];
          if (payments.length > 0) {
            const bigger = payments.map((payment, index) => (index === 0 ? { ...payment, amount: money(payment.amount as string).plus(money(cents(extraCents))).toFixed(2) } : payment));
            expect(cost({ ...input, payments: bigger }).lte(cost(input))).toBe(true);
          }
        },
      ),
    );
  });

  it('waiting never lowers what has accrued', () => {
    fc.assert(
      fc.property(liability, fc.integer({ min: 0, max: 400 }), (input, moreDays) => {
        const later = { ...input, asOf: addDays(input.asOf, moreDays) };
        expect(cost(later).gte(cost(input))).toBe(true);
      }),
    );
  });
});
