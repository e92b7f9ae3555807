import { assessOption, resolutionCase } from '../resolution.fixtures';

const find = (name: string, overrides: Parameters<typeof resolutionCase>[0] = {}) => assessOption(name, overrides);

describe('scenario: offer of compromise', () => {
  it('warns that it stops no deadline and points at the open protest window', () => {
    const offer = find('offer_of_compromise');
    expect(offer.open).toBe(true);
    expect(offer.warnings).toEqual([
      'An offer of compromise stops no deadline and no enforcement unless DRS suspends it; keep every protest and appeal date.',
      'Keep making voluntary payments while the offer is pending.',
      'The protest window still closes on 2026-07-06: file the protest as well.',
    ]);
  });

  it('is closed with unfiled returns, under criminal investigation or in bankruptcy', () => {
    const offer = find('offer_of_compromise', {
      unfiledReturns: true,
      exposure: { ...resolutionCase().exposure, underCriminalInvestigation: true, inBankruptcy: true },
    });
    expect(offer.open).toBe(false);
    expect(offer.reasons).toHaveLength(3);
  });
});

describe('scenario: hardship suspension', () => {
  it('is open for an individual, warning that interest accrues', () => {
    const hardship = find('hardship_suspension');
    expect(hardship.open).toBe(true);
    expect(hardship.warnings).toEqual(['Interest keeps accruing during the suspension, and the balance stays due.']);
  });

  it('warns for a business tax and closes in bankruptcy', () => {
    expect(find('hardship_suspension', { taxType: 'sales', noticeKind: 'business_tax_balance_due' }).warnings[1]).toMatch(/described for individuals/);
    expect(find('hardship_suspension', { exposure: { ...resolutionCase().exposure, inBankruptcy: true } }).open).toBe(false);
  });
});

describe('scenario: full payment', () => {
  it('is open while a balance is due and closed once paid', () => {
    expect(find('full_payment').reasons).toEqual(['paying $2,320.00 in full stops penalty and interest from accruing']);
    expect(find('full_payment', { responseStatus: 'paid' })).toMatchObject({ open: false, reasons: ['the notice is marked paid'] });
    expect(find('full_payment', { balance: '0.00' })).toMatchObject({ open: false, reasons: ['no balance is due'] });
    expect(find('full_payment', { withCollectionAgency: true }).warnings[1]).toMatch(/collection agency/);
  });
});
