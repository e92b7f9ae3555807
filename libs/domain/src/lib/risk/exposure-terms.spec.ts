import { RISK_MECHANISMS } from '../vocabulary/vocabulary';
import { exposureTerm } from './exposure-terms';
import { FULL_EXPOSURE, NO_EXPOSURE } from './risk.fixtures';

describe('exposureTerm', () => {
  it('adds points and lifts caps with exposure, never the reverse', () => {
    for (const mechanism of RISK_MECHANISMS) {
      const none = exposureTerm(mechanism, NO_EXPOSURE);
      const full = exposureTerm(mechanism, { ...FULL_EXPOSURE, holdsCtBusinessRegistration: true, underCriminalInvestigation: true });
      expect(full.bonus).toBeGreaterThanOrEqual(none.bonus);
      expect(full.cap).toBeGreaterThanOrEqual(none.cap);
    }
  });

  it('explains the exposure in plain English', () => {
    expect(exposureTerm('bank_levy', { ...NO_EXPOSURE, knownBankAccounts: 1 }).reasons).toEqual(['1 known bank account: it can be frozen and taken']);
    expect(exposureTerm('wage_garnishment', { ...NO_EXPOSURE, hasW2Wages: true }).reasons[0]).toMatch(/^W-2 wages from an employer/);
    expect(exposureTerm('refund_offset', NO_EXPOSURE).capReason).toMatch(/no federal refund expected/);
    expect(exposureTerm('private_collection', NO_EXPOSURE)).toEqual({ bonus: 0, cap: 100, reasons: [] });
  });
});
