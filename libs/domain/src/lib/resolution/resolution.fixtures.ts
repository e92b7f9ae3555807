import { resolutionOptions } from './resolution-options';
import type { ResolutionAssessment, ResolutionCaseInput } from './resolution-types';

/** An ordinary income tax balance-due case, 20 days after the notice; specs change parts of it. */
export function resolutionCase(overrides: Partial<ResolutionCaseInput> = {}): ResolutionCaseInput {
  return {
    noticeKind: 'individual_income_balance_due',
    taxType: 'individual_income',
    noticeDate: '2026-05-04',
    asOf: '2026-05-24',
    balance: '2320.00',
    exposure: {
      hasW2Wages: true,
      employerName: 'Acme',
      knownBankAccounts: 1,
      ownsRealProperty: false,
      expectsFederalRefund: false,
      holdsCtBusinessRegistration: false,
      inBankruptcy: false,
      underCriminalInvestigation: false,
    },
    unfiledReturns: false,
    withCollectionAgency: false,
    hasWarrant: false,
    responseStatus: 'none',
    penaltyAmount: '200.00',
    ...overrides,
  };
}

/** One option's assessment for a case; fails loudly if the option is missing. */
export function assessOption(name: string, overrides: Partial<ResolutionCaseInput> = {}): ResolutionAssessment {
  return optionNamed(resolutionOptions(resolutionCase(overrides)), name);
}

export function optionNamed(options: readonly ResolutionAssessment[], name: string): ResolutionAssessment {
  const found = options.find((entry) => entry.option === name);
  if (!found) throw new Error(`no assessment for ${name}`);
  return found;
}
