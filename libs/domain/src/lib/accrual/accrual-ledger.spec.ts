import fc from 'fast-check';
import { dayNumberOf } from '../dates/calendar-date';
import { money } from '../money/money';
import { compiledTaxRules } from '../rules/compiled-rules';
import { AccrualLedger, MonthBoundaries, moneyFromCents } from './accrual-ledger';

describe('MonthBoundaries', () => {
  it('counts boundaries before a day exactly as a walk would', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 2_000 }), (dueOffset, daysAfter) => {
        const due = dayNumberOf('1990-01-01', 'd') + dueOffset;
        const boundaries = new MonthBoundaries(due);
        const day = due + daysAfter;
        let walked = 0;
        while (boundaries.boundary(walked) < day) walked += 1;
        expect(boundaries.countBefore(day)).toBe(walked);
      }),
    );
  });

  it('clamps from the due date, never chaining', () => {
    const boundaries = new MonthBoundaries(dayNumberOf('2026-01-31', 'd'));
    expect(boundaries.boundary(1)).toBe(dayNumberOf('2026-02-28', 'd'));
    expect(boundaries.boundary(2)).toBe(dayNumberOf('2026-03-31', 'd'));
  });
});

describe('AccrualLedger', () => {
  const ledger = () =>
    new AccrualLedger(compiledTaxRules('individual_income'), new MonthBoundaries(dayNumberOf('2026-04-15', 'd')), { tax: money('2000') }, true);

  it('charges penalty then interest, and reports the next increase', () => {
    const running = ledger();
    expect(running.nextIncreaseDay()).toBe(dayNumberOf('2026-04-16', 'd'));
    running.accrueThrough(dayNumberOf('2026-10-15', 'd'));
    expect(running.balance.toFixed(2)).toBe('2320.00');
    expect(running.nextIncreaseDay()).toBe(dayNumberOf('2026-10-16', 'd'));
    expect(running.monthRows()).toHaveLength(6);
  });

  it('clones independently', () => {
    const original = ledger();
    original.accrueThrough(dayNumberOf('2026-05-01', 'd'));
    const copy = original.clone();
    copy.accrueThrough(dayNumberOf('2026-10-15', 'd'));
    expect(original.balance.toFixed(2)).toBe('2220.00');
    expect(copy.balance.toFixed(2)).toBe('2320.00');
  });

  it('holds a combined penalty-and-interest amount where the payment order reaches it first', () => {
    const running = ledger();
    running.accrueThrough(dayNumberOf('2026-10-15', 'd'));
    running.setPenaltyAndInterest(money('300'));
    expect(running.interest.toFixed(2)).toBe('300.00');
    expect(running.penalty.toFixed(2)).toBe('0.00');
    expect(running.balance.toFixed(2)).toBe('2300.00');
  });
});

describe('moneyFromCents', () => {
  it('turns cents into dollars exactly', () => {
    expect(moneyFromCents(39675).toFixed(2)).toBe('396.75');
    expect(moneyFromCents(1).toString()).toBe('0.01');
  });
});
