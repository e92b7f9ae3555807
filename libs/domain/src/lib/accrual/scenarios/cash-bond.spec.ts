import { quoteAccrual } from '../accrue';
import { quoteNoticeAccrual } from '../notice-accrual';

// Conn. Gen. Stat. §12-39m(b) (Form APL-004, "Deposit in the Nature of a Cash Bond"): a taxpayer contesting
// an assessment may deposit a cash bond. It is applied first to tax in the ratio, as of the day DRS receives
// it, of the tax assessed to the tax plus the interest accrued, and the rest to interest; interest stops on
// the part deemed paid as of that day. DRS's Appellate Division points appellants to it "to minimize the
// accrual of interest".
describe('scenario: paying under protest with a cash bond (§12-39m, APL-004)', () => {
  // $10,000 of income tax due Tuesday 2025-04-15; on 2025-10-20 seven months have started: $700 of interest.
  const base = { taxType: 'individual_income', tax: '10000.00', dueDate: '2025-04-15' } as const;

  it('splits the deposit between tax and interest in the ratio of tax to tax plus interest', () => {
    const quote = quoteAccrual({
      ...base,
      asOf: '2025-10-20',
      payments: [{ date: '2025-10-20', amount: '5350.00', cashBond: true }],
    });
    // 5,350 × 10,000 / 10,700 = 5,000.00 to tax; 350.00 to interest; none to the $1,000 penalty.
    expect(quote.payments).toEqual([
      {
        date: '2025-10-20',
        amount: '5350.00',
        toTax: '5000.00',
        toInterest: '350.00',
        toPenalty: '0.00',
        toCredit: '0.00',
      },
    ]);
    expect(quote.unpaid).toEqual({ tax: '5000.00', penalty: '1000.00', interest: '350.00' });
  });

  it('stops interest on the tax share from the day it is received', () => {
    const bond = quoteAccrual({
      ...base,
      asOf: '2025-12-20',
      payments: [{ date: '2025-10-20', amount: '5350.00', cashBond: true }],
    });
    // Months 8 and 9 on the $5,000 left: $100 more interest.
    expect(bond).toMatchObject({ interest: '800.00', total: '6450.00' });
    // The same money as an ordinary payment goes all to tax (payment.application_order) and owes $7 less:
    // treating a cash bond as an ordinary payment would show a smaller payoff than DRS.
    const ordinary = quoteAccrual({
      ...base,
      asOf: '2025-12-20',
      payments: [{ date: '2025-10-20', amount: '5350.00' }],
    });
    expect(ordinary.total).toBe('6443.00');
  });

  it('rounds the tax share down to the cent and leaves any excess to the ordinary order', () => {
    const odd = quoteAccrual({
      ...base,
      asOf: '2025-10-20',
      payments: [{ date: '2025-10-20', amount: '1000.00', cashBond: true }],
    });
    // 1,000 × 10,000 / 10,700 = 934.579…: 934.57 to tax, 65.43 to interest.
    expect(odd.payments[0]).toMatchObject({ toTax: '934.57', toInterest: '65.43', toPenalty: '0.00' });
    const all = quoteAccrual({
      ...base,
      asOf: '2025-10-20',
      payments: [{ date: '2025-10-20', amount: '12000.00', cashBond: true }],
    });
    expect(all.payments[0]).toMatchObject({
      toTax: '10000.00',
      toInterest: '700.00',
      toPenalty: '1000.00',
      toCredit: '300.00',
    });
  });

  it('applies per period on a notice that bills several', () => {
    const quote = quoteNoticeAccrual({
      taxType: 'individual_income',
      periods: [
        { label: '2023', tax: '10000.00', dueDate: '2025-04-15' },
        { label: '2024', tax: '2000.00', dueDate: '2026-04-15' },
      ],
      payments: [{ date: '2025-10-20', amount: '5350.00', cashBond: true }],
      asOf: '2025-10-20',
    });
    expect(quote.payments[0]).toMatchObject({ toTax: '5000.00', toInterest: '350.00' });
  });

  it('names a malformed flag', () => {
    expect(() =>
      quoteAccrual({
        ...base,
        asOf: '2025-10-20',
        payments: [{ date: '2025-10-20', amount: '1.00', cashBond: 'yes' as never }],
      }),
    ).toThrow(expect.objectContaining({ field: 'payments[0].cashBond' }));
  });
});
