import fc from 'fast-check';
import { addDays } from '../dates/calendar-date';
import { money, sumMoney } from '../money/money';
import { effectiveRules } from '../rules/effective-rules';
import { installmentSchedule, type InstallmentScheduleInput } from './installment-schedule';

const seedPlan: InstallmentScheduleInput = {
  taxType: 'individual_income',
  balance: '2000.00',
  dueDate: '2026-04-15',
  months: 6,
  startDate: '2026-10-31',
};

describe('installmentSchedule', () => {
  const schedule = installmentSchedule(seedPlan);

  it('opens with the penalty and interest accrued by the start date', () => {
    expect(schedule.opening).toEqual({ tax: '2000.00', penaltyAndInterest: '340.00', total: '2340.00' });
  });

  it('pays monthly on the start day, clamped at month ends', () => {
    expect(schedule.payments.map((payment) => payment.date)).toEqual([
      '2026-10-31',
      '2026-11-30',
      '2026-12-31',
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
    ]);
  });

  it('solves the level monthly amount in cents; the last payment absorbs the rounding', () => {
    expect(schedule.monthlyAmountForTargetPayoff).toBe('396.75');
    expect(schedule.payments.slice(0, 5).every((payment) => payment.amount === '396.75')).toBe(true);
    expect(schedule.payments[5]).toMatchObject({ amount: '396.74', remainingBalance: '0.00', remainingTax: '0.00' });
    expect(schedule.payoffTotal).toBe('2380.49');
  });

  it('keeps charging 1% a month on the unpaid tax, applying payments to tax first', () => {
    expect(schedule.payments[1]).toMatchObject({ interestCharged: '16.03', toTax: '396.75', remainingTax: '1206.50' });
    expect(schedule.payments[5]).toMatchObject({ toTax: '16.25', toInterest: '180.49', toPenalty: '200.00' });
    expect(schedule.interestDuringPlan).toBe('40.49');
    expect(schedule.rulesApplied.map((rule) => rule.id)).toEqual(
      expect.arrayContaining(['payment.application_order', 'installment.term_months', 'installment.payment_date']),
    );
  });

  it('takes the penalty and interest already due when known', () => {
    const given = installmentSchedule({ ...seedPlan, penaltyAndInterestAlreadyDue: '340.00' });
    expect(given.payoffTotal).toBe(schedule.payoffTotal);
    const higher = installmentSchedule({ ...seedPlan, penaltyAndInterestAlreadyDue: '400.00' });
    expect(higher.opening.total).toBe('2400.00');
    expect(money(higher.payoffTotal).gt(schedule.payoffTotal)).toBe(true);
  });

  it('follows a firm that applies payments to penalty and interest first (more interest)', () => {
    const rules = effectiveRules({ general: { paymentApplicationOrder: { value: ['penalty', 'interest', 'tax'] } } });
    const penaltyFirst = installmentSchedule({ ...seedPlan, rules });
    expect(penaltyFirst.payments[0]).toMatchObject({ toPenalty: '200.00', toInterest: '140.00' });
    expect(money(penaltyFirst.interestDuringPlan).gt(schedule.interestDuringPlan)).toBe(true);
  });

  it.each([
    [{ months: 13 }, 'months', 'must be a whole number of months from 2 to 12'],
    [{ months: 1 }, 'months', 'must be a whole number of months from 2 to 12'],
    [{ balance: '0.00' }, 'balance', 'must be a positive amount with at most 2 decimals, e.g. "2000.00"'],
    [{ startDate: '2026-04-15' }, 'startDate', 'must be after dueDate (a plan pays a balance already past due)'],
    [{ penaltyAndInterestAlreadyDue: '-5' }, 'penaltyAndInterestAlreadyDue', expect.any(String)],
    [{ taxType: 'gift' }, 'taxType', expect.any(String)],
  ])('refuses %j naming %s', (change, field, message) => {
    expect(() => installmentSchedule({ ...seedPlan, ...change } as InstallmentScheduleInput)).toThrow(expect.objectContaining({ field, message }));
  });

  it('always pays off exactly, with the last payment no larger than the others', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 2_000_000 }),
        fc.integer({ min: 2, max: 12 }),
        fc.integer({ min: 1, max: 700 }),
        fc.constantFrom('individual_income', 'sales', 'corporation' as const),
        (balanceCents, months, startOffset, taxType) => {
          const plan = installmentSchedule({
            taxType,
            balance: (balanceCents / 100).toFixed(2),
            dueDate: '2025-04-15',
            months,
            startDate: addDays('2025-04-15', startOffset),
          });
          const amounts = plan.payments.map((payment) => money(payment.amount));
          expect(plan.payments).toHaveLength(months);
          expect(plan.payments[months - 1].remainingBalance).toBe('0.00');
          expect(sumMoney(amounts).toFixed(2)).toBe(plan.payoffTotal);
          const monthly = money(plan.monthlyAmountForTargetPayoff);
          expect(amounts[months - 1].lte(monthly)).toBe(true);
          // Minimal in cents: a cent more each month lowers the remainder by about a cent per earlier payment,
          // plus up to a cent of rounded interest per month, so the last payment stays within 2 cents a month.
          expect(amounts[months - 1].gt(monthly.minus(money('0.01').times(2 * months + 1)))).toBe(true);
          expect(money(plan.payoffTotal).gte(plan.opening.total)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('installmentSchedule: a long plan whose tax is paid before the end', () => {
  it('stops charging interest once the tax is paid and keeps the last payment within the rounding', () => {
    const plan = installmentSchedule({ taxType: 'individual_income', balance: '18546.22', dueDate: '2025-04-15', months: 12, startDate: '2026-05-16' });
    expect(plan.monthlyAmountForTargetPayoff).toBe('1981.25');
    expect(plan.payments[10].interestCharged).toBe('0.00');
    expect(plan.payments[11]).toMatchObject({ amount: '1981.12', remainingBalance: '0.00' });
  });
});
