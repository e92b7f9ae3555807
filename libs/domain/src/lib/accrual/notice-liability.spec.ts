import { addDays, compareIsoDates, type IsoDate } from '../dates/calendar-date';
import { quoteAccrual } from './accrue';
import { accrualStableUntil } from './accrual-horizon';
import { quoteNoticeAccrual } from './notice-accrual';
import {
  liabilityCostOfWaiting,
  liabilityStableUntil,
  projectLiabilityPayoffByDay,
  quoteLiability,
  type NoticeLiability,
} from './notice-liability';
import { costOfWaiting } from './payoff-projection';

// A case's balance, its stored stable-until, the what-if and the payoff chart all read these functions, so
// a notice billing several periods must give the same figure in each of them as quoteNoticeAccrual.
const quarters: NoticeLiability = {
  taxType: 'sales',
  periods: [
    { label: '2025-Q1', tax: '1000.00', dueDate: '2025-04-30' },
    { label: '2025-Q2', tax: '1000.00', dueDate: '2025-07-31' },
    { label: '2025-Q3', tax: '1000.00', dueDate: '2025-10-31' },
  ],
  payments: [{ date: '2025-12-10', amount: '700.00' }],
};
const single: NoticeLiability = {
  taxType: 'individual_income',
  periods: [{ label: '2024', tax: '2000.00', dueDate: '2025-04-15' }],
  payments: [{ date: '2025-06-01', amount: '300.00' }],
  penaltyWaived: '50.00',
};

const daysFrom = (from: IsoDate, through: IsoDate): IsoDate[] => {
  const days: IsoDate[] = [];
  for (let day = from; compareIsoDates(day, through) <= 0; day = addDays(day, 1)) days.push(day);
  return days;
};

describe('a notice as the case accrues it', () => {
  it('one period gives exactly the single-liability figures', () => {
    const quote = quoteLiability(single, '2025-11-20');
    const plain = quoteAccrual({
      taxType: 'individual_income',
      tax: '2000.00',
      dueDate: '2025-04-15',
      payments: single.payments,
      penaltyWaived: '50.00',
      asOf: '2025-11-20',
    });
    expect(quote).toMatchObject({
      total: plain.total,
      interest: plain.interest,
      penalty: plain.penalty,
      monthsLate: plain.monthsLate,
    });
    expect(quote.periods).toHaveLength(1);
    expect(quote.periods[0]).toMatchObject({ label: '2024', total: plain.total });
    expect(liabilityStableUntil(single, '2025-11-20')).toBe(
      accrualStableUntil(
        {
          taxType: 'individual_income',
          tax: '2000.00',
          dueDate: '2025-04-15',
          payments: single.payments,
          penaltyWaived: '50.00',
          asOf: '2025-11-20',
        },
        60,
      ),
    );
    expect(liabilityCostOfWaiting(single, '2025-11-20')).toEqual(
      costOfWaiting(
        {
          taxType: 'individual_income',
          tax: '2000.00',
          dueDate: '2025-04-15',
          payments: single.payments,
          penaltyWaived: '50.00',
        },
        '2025-11-20',
      ),
    );
  });

  it('several periods give quoteNoticeAccrual', () => {
    expect(quoteLiability(quarters, '2026-01-15')).toEqual(quoteNoticeAccrual({ ...quarters, asOf: '2026-01-15' }));
  });

  it('stays at its figure through the stable-until day it reports (never a day too long)', () => {
    for (const asOf of ['2025-05-20', '2025-08-10', '2025-11-01', '2025-12-09', '2026-01-31'] as IsoDate[]) {
      const until = liabilityStableUntil(quarters, asOf, 60);
      const total = quoteLiability(quarters, asOf).total;
      for (const day of daysFrom(asOf, until)) expect([day, quoteLiability(quarters, day).total]).toEqual([day, total]);
    }
  });

  it('the payoff chart agrees with the quote on every day', () => {
    const runs = projectLiabilityPayoffByDay(quarters, { from: '2025-04-01', to: '2026-02-28' });
    for (const run of runs) {
      for (const day of daysFrom(run.from, run.through)) {
        expect([day, quoteLiability(quarters, day).total]).toEqual([day, run.payoff]);
      }
    }
    expect(runs[0].from).toBe('2025-04-01');
    expect(runs[runs.length - 1].through).toBe('2026-02-28');
  });

  it('the cost of waiting names the first day the payoff rises', () => {
    const waiting = liabilityCostOfWaiting(quarters, '2025-08-05');
    expect(waiting.nextIncreaseDate).toBeDefined();
    const rise = waiting.nextIncreaseDate as IsoDate;
    const before = quoteNoticeAccrual({ ...quarters, payments: [], asOf: addDays(rise, -1) }).total;
    const after = quoteNoticeAccrual({ ...quarters, payments: [], asOf: rise }).total;
    expect(before).toBe(waiting.payoffOnPayDate);
    expect(after).toBe(waiting.payoffOnNextIncrease);
    expect(Number(waiting.extraCost)).toBeGreaterThan(0);
  });

  it('nothing left unpaid costs nothing to wait', () => {
    const paid = { ...quarters, payments: [{ date: '2025-04-01', amount: '3000.00' }] };
    expect(liabilityCostOfWaiting(paid, '2025-04-01').extraCost).toBe('0.00');
  });

  it("carries the notice's penalty kind and extension to every figure", () => {
    // Negligence (Regs. §12-728(a)-2): 10% of the deficiency instead of the late-payment penalty.
    const negligence = { ...quarters, penaltyKind: 'negligence' as const };
    const quote = quoteLiability(negligence, '2026-01-15');
    expect(quote).toEqual(quoteNoticeAccrual({ ...negligence, asOf: '2026-01-15' }));
    expect(quote.penalty).not.toBe(quoteLiability(quarters, '2026-01-15').penalty);
    // §12-723: at most 10% unpaid at the due date and paid by the extended date, no penalty.
    const extended: NoticeLiability = {
      taxType: 'individual_income',
      periods: [{ label: '2024', tax: '1000.00', dueDate: '2025-04-15', extendedDueDate: '2025-10-15' }],
      payments: [
        { date: '2025-04-15', amount: '950.00' },
        { date: '2025-10-01', amount: '50.50' },
      ],
    };
    expect(quoteLiability(extended, '2025-11-01').penalty).toBe('0.00');
    expect(
      quoteLiability({ ...extended, periods: [{ ...extended.periods[0], extendedDueDate: null }] }, '2025-11-01')
        .penalty,
    ).not.toBe('0.00');
  });
});
