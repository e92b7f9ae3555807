import { quoteAccrual } from '../accrue';
import { quoteNoticeAccrual } from '../notice-accrual';
import { effectiveRules } from '../../rules/effective-rules';

// DRS bills each period separately: a notice for 2025 Q1–Q4 sales tax is four liabilities with four due
// dates (Apr 30, Jul 31, Oct 31, Jan 31 — §12-414). Accruing the whole from the earliest due date charges
// months of interest on Q4's tax before it was even due.
describe('scenario: a notice that bills four quarters of sales tax', () => {
  const quarters = [
    { label: '2025-Q1', tax: '1000.00', dueDate: '2025-04-30' },
    { label: '2025-Q2', tax: '1000.00', dueDate: '2025-07-31' },
    { label: '2025-Q3', tax: '1000.00', dueDate: '2025-10-31' },
    { label: '2025-Q4', tax: '1000.00', dueDate: '2026-01-31' },
  ] as const;
  const notice = { taxType: 'sales', periods: quarters, asOf: '2026-03-15' } as const;

  it('accrues each quarter from its own due date, and sums them', () => {
    const quote = quoteNoticeAccrual(notice);
    // 15% penalty each ($150); interest 1% a month from each due date: 11, 8, 5 and 2 months (same day number, clamped).
    expect(
      quote.periods.map((period) => [period.label, period.monthsLate, period.penalty, period.interest, period.total]),
    ).toEqual([
      ['2025-Q1', 11, '150.00', '110.00', '1260.00'],
      ['2025-Q2', 8, '150.00', '80.00', '1230.00'],
      ['2025-Q3', 5, '150.00', '50.00', '1200.00'],
      ['2025-Q4', 2, '150.00', '20.00', '1170.00'],
    ]);
    expect(quote).toMatchObject({
      tax: '4000.00',
      penalty: '600.00',
      interest: '260.00',
      total: '4860.00',
      monthsLate: 11,
    });
    // The old reading — all of it from April 30 — would have charged 11 months on $4,000: $440 of interest.
    expect(quoteAccrual({ taxType: 'sales', tax: '4000.00', dueDate: '2025-04-30', asOf: '2026-03-15' }).interest).toBe(
      '440.00',
    );
  });

  it('one period is exactly the single-liability quote', () => {
    const single = quoteNoticeAccrual({ ...notice, periods: [quarters[0]] });
    const plain = quoteAccrual({ taxType: 'sales', tax: '1000.00', dueDate: '2025-04-30', asOf: '2026-03-15' });
    expect(single).toMatchObject({
      tax: plain.tax,
      penalty: plain.penalty,
      interest: plain.interest,
      total: plain.total,
      monthsLate: plain.monthsLate,
    });
  });

  it('spreads a payment to the earliest-due quarter first, tax before interest and penalty (payment.period_order)', () => {
    const quote = quoteNoticeAccrual({ ...notice, payments: [{ date: '2026-03-15', amount: '1500.00' }] });
    expect(quote.periods.map((period) => [period.label, period.paid, period.total])).toEqual([
      ['2025-Q1', '1260.00', '0.00'],
      ['2025-Q2', '240.00', '990.00'],
      ['2025-Q3', '0.00', '1200.00'],
      ['2025-Q4', '0.00', '1170.00'],
    ]);
    expect(quote.total).toBe('3360.00');
    expect(quote.payments).toEqual([
      {
        date: '2026-03-15',
        amount: '1500.00',
        toTax: '1240.00',
        toInterest: '110.00',
        toPenalty: '150.00',
        toCredit: '0.00',
      },
    ]);
    expect(quote.rulesApplied.map((rule) => rule.id)).toContain('payment.period_order');
  });

  it('a payment before a later quarter falls due lowers that quarter only if the firm applies payments newest first', () => {
    // Paid 2025-07-15: oldest first, all of it to Q1 (then late); Q2's penalty stays on its full tax.
    const early = { ...notice, payments: [{ date: '2025-07-15', amount: '2000.00' }] };
    const oldest = quoteNoticeAccrual(early);
    const newest = quoteNoticeAccrual({
      ...early,
      rules: effectiveRules({ general: { paymentPeriodOrder: { value: 'newest_first' } } }),
    });
    // Oldest first never shows a smaller payoff here: the reading DRS most likely uses, and the safe one.
    expect(Number(oldest.total)).toBeGreaterThanOrEqual(Number(newest.total));
  });

  it('keeps the identity: tax + penalty + interest − paid = total − credit, with an overpayment', () => {
    const quote = quoteNoticeAccrual({ ...notice, payments: [{ date: '2026-03-15', amount: '5000.00' }] });
    expect(quote).toMatchObject({ total: '0.00', credit: '140.00' });
  });

  it('names a bad period', () => {
    expect(() => quoteNoticeAccrual({ ...notice, periods: [] })).toThrow(expect.objectContaining({ field: 'periods' }));
    expect(() =>
      quoteNoticeAccrual({ ...notice, periods: [{ label: 'x', tax: 'lots', dueDate: '2025-04-30' }] }),
    ).toThrow(expect.objectContaining({ field: 'tax' }));
  });
});
