import type { RiskMechanism } from '../vocabulary/vocabulary';
import type { Exposure } from './risk-types';

/** What a client's exposure does to one tool: points added, the ceiling it allows, and why. */
export interface ExposureTerm {
  readonly bonus: number;
  readonly cap: number;
  readonly reasons: readonly string[];
  /** Said only when the ceiling actually limits the score. */
  readonly capReason?: string;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/*
 * Each term only adds points or raises the cap when exposure grows, so more exposure never lowers a score.
 * A tool the client is not exposed to keeps a low ceiling rather than zero: DRS may know of wages or
 * accounts the firm does not.
 */
const TERMS: Readonly<Record<RiskMechanism, (exposure: Exposure) => ExposureTerm>> = {
  lien: (exposure) => {
    const reasons: string[] = [];
    let bonus = 0;
    if (exposure.ownsRealProperty) {
      bonus += 15;
      reasons.push('owns real property: a lien recorded with the town clerk attaches to it and blocks a sale or refinance');
    }
    if (exposure.holdsCtBusinessRegistration) {
      bonus += 5;
      reasons.push('holds a Connecticut business registration: business assets can be liened');
    }
    return exposure.ownsRealProperty
      ? { bonus, cap: 100, reasons }
      : { bonus, cap: 70, reasons, capReason: 'no real property known: a lien would reach vehicles and personal property' };
  },
  wage_garnishment: (exposure) =>
    exposure.hasW2Wages
      ? {
          bonus: 20,
          cap: 100,
          reasons: [
            `W-2 wages from ${exposure.employerName?.trim() || 'an employer'}: the employer must withhold, and the garnishment follows to a new Connecticut employer`,
          ],
        }
      : { bonus: 0, cap: 15, reasons: [], capReason: 'no W-2 wages known' },
  bank_levy: (exposure) => {
    const accounts = exposure.knownBankAccounts;
    if (accounts === 0) return { bonus: 0, cap: 35, reasons: [], capReason: 'no bank accounts known' };
    return {
      bonus: accounts >= 2 ? 15 : 10,
      cap: 100,
      reasons: [
        accounts >= 2
          ? `${plural(accounts, 'known bank account')}: several can be frozen and taken at once`
          : '1 known bank account: it can be frozen and taken',
      ],
    };
  },
  refund_offset: (exposure) =>
    exposure.expectsFederalRefund
      ? { bonus: 25, cap: 100, reasons: ['expects a federal refund: it can be intercepted through the Treasury Offset Program'] }
      : {
          bonus: 0,
          cap: 25,
          reasons: [],
          capReason: 'no federal refund expected (Social Security or contractor payments can still be offset)',
        },
  private_collection: () => ({ bonus: 0, cap: 100, reasons: [] }),
  asset_seizure: (exposure) => {
    const reasons: string[] = [];
    let bonus = 0;
    if (exposure.holdsCtBusinessRegistration) {
      bonus += 10;
      reasons.push('operates a registered Connecticut business: equipment and vehicles can be seized');
    }
    if (exposure.ownsRealProperty) {
      bonus += 5;
      reasons.push('owns real property');
    }
    if (exposure.underCriminalInvestigation) {
      bonus += 15;
      reasons.push('under criminal investigation');
    }
    if (exposure.underCriminalInvestigation) return { bonus, cap: 100, reasons };
    if (exposure.holdsCtBusinessRegistration || exposure.ownsRealProperty) {
      return { bonus, cap: 75, reasons, capReason: 'seizure normally follows repeated collection attempts' };
    }
    return { bonus, cap: 50, reasons, capReason: 'seizure normally follows repeated collection attempts' };
  },
};

export function exposureTerm(mechanism: RiskMechanism, exposure: Exposure): ExposureTerm {
  return TERMS[mechanism](exposure);
}
