import fc from 'fast-check';
import { addDays } from '../dates/calendar-date';
import { NOTICE_KINDS, RESPONSE_STATUSES, RISK_LEVELS, RISK_MECHANISMS } from '../vocabulary/vocabulary';
import { assessEscalationRisk } from './escalation-risk';
import type { EscalationRiskInput, Exposure } from './risk-types';

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
    noticeOffset: fc.integer({ min: 0, max: 2_000 }),
    // How long before the notice the tax was due (the warrant clock starts there).
    dueLead: fc.integer({ min: 0, max: 400 }),
    age: fc.integer({ min: 0, max: 400 }),
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
      asOf: addDays(noticeDate, c.age),
      nextHardDeadline: c.deadlineOffset === undefined ? undefined : addDays(noticeDate, c.deadlineOffset),
      balance: (c.balanceCents / 100).toFixed(2),
      responseStatus: c.responseStatus,
      exposure: c.exposure,
    };
  });

const levelRank = (level: string) => RISK_LEVELS.indexOf(level as (typeof RISK_LEVELS)[number]);

describe('escalation risk properties', () => {
  it('more days ignored never lowers any score or level', () => {
    fc.assert(
      fc.property(riskCase, fc.integer({ min: 1, max: 500 }), (input, moreDays) => {
        const now = assessEscalationRisk(input);
        const later = assessEscalationRisk({ ...input, asOf: addDays(input.asOf, moreDays) });
        for (const mechanism of RISK_MECHANISMS) {
          expect(later.mechanisms[mechanism].score).toBeGreaterThanOrEqual(now.mechanisms[mechanism].score);
          expect(levelRank(later.mechanisms[mechanism].level)).toBeGreaterThanOrEqual(levelRank(now.mechanisms[mechanism].level));
        }
        expect(later.score).toBeGreaterThanOrEqual(now.score);
      }),
      { numRuns: 300 },
    );
  });

  it('a paid notice scores 0 everywhere', () => {
    fc.assert(
      fc.property(riskCase, (input) => {
        const risk = assessEscalationRisk({ ...input, responseStatus: 'paid' });
        expect(risk.score).toBe(0);
        for (const mechanism of RISK_MECHANISMS) expect(risk.mechanisms[mechanism].score).toBe(0);
      }),
    );
  });

  it('more exposure never lowers the score it concerns (or any other)', () => {
    const more: Array<[keyof Exposure, (e: Exposure) => Exposure, (typeof RISK_MECHANISMS)[number][]]> = [
      ['hasW2Wages', (e) => ({ ...e, hasW2Wages: true }), ['wage_garnishment']],
      ['knownBankAccounts', (e) => ({ ...e, knownBankAccounts: e.knownBankAccounts + 1 }), ['bank_levy']],
      ['ownsRealProperty', (e) => ({ ...e, ownsRealProperty: true }), ['lien', 'asset_seizure']],
      ['expectsFederalRefund', (e) => ({ ...e, expectsFederalRefund: true }), ['refund_offset']],
      ['holdsCtBusinessRegistration', (e) => ({ ...e, holdsCtBusinessRegistration: true }), ['lien', 'asset_seizure']],
      ['underCriminalInvestigation', (e) => ({ ...e, underCriminalInvestigation: true }), ['asset_seizure']],
    ];
    fc.assert(
      fc.property(riskCase, fc.constantFrom(...more), (input, [, raise]) => {
        const before = assessEscalationRisk(input);
        const after = assessEscalationRisk({ ...input, exposure: raise(input.exposure) });
        for (const mechanism of RISK_MECHANISMS) {
          expect(after.mechanisms[mechanism].score).toBeGreaterThanOrEqual(before.mechanisms[mechanism].score);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the exposure that concerns a tool raises it when nothing else caps it', () => {
    const base = {
      noticeKind: 'individual_income_balance_due',
      noticeDate: '2026-01-05',
      taxDueDate: '2025-04-15',
      asOf: '2026-03-10',
      balance: '5000.00',
      responseStatus: 'none',
      exposure: {
        hasW2Wages: false,
        knownBankAccounts: 0,
        ownsRealProperty: false,
        expectsFederalRefund: false,
        holdsCtBusinessRegistration: false,
        inBankruptcy: false,
        underCriminalInvestigation: false,
      },
    } as const;
    const without = assessEscalationRisk(base);
    const withWages = assessEscalationRisk({ ...base, exposure: { ...base.exposure, hasW2Wages: true } });
    expect(withWages.mechanisms.wage_garnishment.score).toBeGreaterThan(without.mechanisms.wage_garnishment.score);
  });
});
