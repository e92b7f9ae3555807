import type { EscalationRiskInput, Exposure } from './risk-types';

/** A client DRS could reach in every way; specs switch parts of it off. */
export const FULL_EXPOSURE: Exposure = {
  hasW2Wages: true,
  employerName: 'Hartford Widget Co.',
  knownBankAccounts: 2,
  ownsRealProperty: true,
  expectsFederalRefund: true,
  holdsCtBusinessRegistration: false,
  inBankruptcy: false,
  underCriminalInvestigation: false,
};

export const NO_EXPOSURE: Exposure = {
  hasW2Wages: false,
  employerName: null,
  knownBankAccounts: 0,
  ownsRealProperty: false,
  expectsFederalRefund: false,
  holdsCtBusinessRegistration: false,
  inBankruptcy: false,
  underCriminalInvestigation: false,
};

export function riskCase(overrides: Partial<EscalationRiskInput> = {}): EscalationRiskInput {
  return {
    noticeKind: 'individual_income_balance_due',
    noticeDate: '2026-03-02',
    // Due the day of the notice, so the warrant clock and the notice's age agree unless a spec says otherwise.
    taxDueDate: '2026-03-02',
    asOf: '2026-03-10',
    balance: '2320.00',
    responseStatus: 'none',
    exposure: FULL_EXPOSURE,
    ...overrides,
  };
}
