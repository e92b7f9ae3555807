import fc from 'fast-check';
import { addDays, diffInDays } from '../dates/calendar-date';
import { accrualStableUntil } from '../accrual/accrual-horizon';
import { quoteAccrual } from '../accrual/accrue';
import { NOTICE_KINDS, RESPONSE_STATUSES, RISK_MECHANISMS, TAX_TYPES } from '../vocabulary/vocabulary';
import { assessEscalationRisk, escalationRiskStableUntil } from './escalation-risk';
import type { EscalationRiskInput, Exposure } from './risk-types';

/**
 * The sweep recomputes a case only once the day its figures were computed for is past their "stable until"
 * day, so that day must never be late: on every day up to it the scores (and the balance) are exactly those
 * of the day computed.
 */
const exposure: fc.Arbitrary<Exposure> = fc.record({
  hasW2Wages: fc.boolean(),
  employerName: fc.option(fc.constantFrom('Acme', 'State of CT'), { nil: null }),
  knownBankAccounts: fc.integer({ min: 0, max: 6 }),
  ownsRealProperty: fc.boolean(),
  expectsFederalRefund: fc.boolean(),
  holdsCtBusinessRegistration: fc.boolean(),
  inBankruptcy: fc.boolean(),
  underCriminalInvestigation: fc.boolean(),
});

const riskCase: fc.Arbitrary<EscalationRiskInput> = fc
  .record({
    noticeKind: fc.constantFrom(...NOTICE_KINDS),
    noticeOffset: fc.integer({ min: 0, max: 1_500 }),
    // How long before the notice the tax was due (the warrant clock starts there).
    dueLead: fc.integer({ min: 0, max: 400 }),
    age: fc.integer({ min: -5, max: 400 }),
    deadlineOffset: fc.option(fc.integer({ min: -100, max: 200 }), { nil: undefined }),
    balanceCents: fc.integer({ min: 0, max: 10_000_000 }),
    responseStatus: fc.constantFrom(...RESPONSE_STATUSES),
    exposure,
  })
  .map((c) => {
    const noticeDate = addDays('2024-01-01', c.noticeOffset);
    return {
      noticeKind: c.noticeKind,
      noticeDate,
      taxDueDate: addDays(noticeDate, -c.dueLead),
      // A few cases are looked at before their own notice date, as the api reads them (as of the notice).
      asOf: addDays(noticeDate, Math.max(c.age, 0)),
      nextHardDeadline: c.deadlineOffset === undefined ? undefined : addDays(noticeDate, c.deadlineOffset),
      balance: (c.balanceCents / 100).toFixed(2),
      responseStatus: c.responseStatus,
      exposure: c.exposure,
    };
  });

describe('escalationRiskStableUntil', () => {
  it('is never later than the first day a score changes, and never before the day asked about', () => {
    fc.assert(
      fc.property(riskCase, (input) => {
        const until = escalationRiskStableUntil(input);
        const span = diffInDays(input.asOf, until);
        expect(span).toBeGreaterThanOrEqual(0);
        expect(span).toBeLessThanOrEqual(60);
        const base = assessEscalationRisk(input);
        for (let day = 1; day <= span; day += 1) {
          const later = assessEscalationRisk({ ...input, asOf: addDays(input.asOf, day) });
          for (const mechanism of RISK_MECHANISMS) expect(later.mechanisms[mechanism].score).toBe(base.mechanisms[mechanism].score);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('stops the day before the next hard deadline comes within 10 days', () => {
    const input: EscalationRiskInput = {
      noticeKind: 'individual_income_balance_due',
      noticeDate: '2026-01-05',
      taxDueDate: '2025-10-31',
      asOf: '2026-11-01',
      nextHardDeadline: '2026-11-30',
      balance: '5000.00',
      responseStatus: 'none',
      exposure: { hasW2Wages: true, knownBankAccounts: 1, ownsRealProperty: false, expectsFederalRefund: false, holdsCtBusinessRegistration: false, inBankruptcy: false, underCriminalInvestigation: false },
    };
    expect(escalationRiskStableUntil(input)).toBe('2026-11-19');
  });
});

describe('accrualStableUntil', () => {
  const accrualCase = fc
    .record({
      taxType: fc.constantFrom(...TAX_TYPES),
      taxCents: fc.integer({ min: 100, max: 5_000_000 }),
      dueOffset: fc.integer({ min: 0, max: 1_000 }),
      age: fc.integer({ min: -40, max: 700 }),
      payments: fc.array(fc.record({ offset: fc.integer({ min: -30, max: 700 }), cents: fc.integer({ min: 1, max: 500_000 }) }), { maxLength: 3 }),
    })
    .map((c) => {
      const dueDate = addDays('2023-04-15', c.dueOffset);
      return {
        taxType: c.taxType,
        tax: (c.taxCents / 100).toFixed(2),
        dueDate,
        asOf: addDays(dueDate, c.age),
        payments: c.payments.map((p) => ({ date: addDays(dueDate, p.offset), amount: (p.cents / 100).toFixed(2) })),
      };
    });

  it('keeps the balance on every day up to it, and it changes the day after while tax is unpaid (unless capped at 60 days or a payment falls due)', () => {
    fc.assert(
      fc.property(accrualCase, (input) => {
        const until = accrualStableUntil(input);
        const span = diffInDays(input.asOf, until);
        expect(span).toBeGreaterThanOrEqual(0);
        expect(span).toBeLessThanOrEqual(60);
        const total = quoteAccrual(input).total;
        for (let day = 1; day <= span; day += 1) expect(quoteAccrual({ ...input, asOf: addDays(input.asOf, day) }).total).toBe(total);
        // Exact at month boundaries; a payment day is a boundary too, though a payment may happen to cancel
        // that day's interest exactly.
        const paymentNext = input.payments.some((payment) => payment.date === addDays(until, 1));
        // A month of interest on a few cents of tax can round to nothing; on $10 or more it cannot.
        const taxUnpaid = Number(quoteAccrual({ ...input, asOf: addDays(until, 1) }).unpaid.tax) >= 10;
        if (span < 60 && !paymentNext && taxUnpaid) expect(quoteAccrual({ ...input, asOf: addDays(until, 1) }).total).not.toBe(total);
      }),
      { numRuns: 300 },
    );
  });

  it('ends the day before the next month of interest (seed example: $2,320 through 2026-10-15, $2,340 on 10-16)', () => {
    expect(accrualStableUntil({ taxType: 'individual_income', tax: '2000.00', dueDate: '2026-04-15', asOf: '2026-10-01' })).toBe('2026-10-15');
  });
});
