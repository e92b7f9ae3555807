import { accrualStableUntil } from '../accrual-horizon';
import { accrue, quoteAccrual } from '../accrue';

// Conn. Gen. Stat. §12-723: with an extension, "no penalty shall be imposed" if the tax unpaid at the original
// due date is no more than ten per cent of the tax shown and the balance is paid by the extended due date;
// interest still runs "from the original due date".
describe('scenario: the extension safe harbour (§12-723)', () => {
  // $10,000 of 2025 income tax due 2026-04-15, extended to 2026-10-15; $9,200 (92%) paid on time.
  const base = {
    taxType: 'individual_income',
    tax: '10000.00',
    dueDate: '2026-04-15',
    extendedDueDate: '2026-10-15',
  } as const;
  const onTime = { date: '2026-04-15', amount: '9200.00' };

  it('the $800 rest paid by the extended due date: no penalty, six months of interest on $800', () => {
    const result = accrue({
      ...base,
      asOf: '2026-11-01',
      payments: [onTime, { date: '2026-10-15', amount: '848.00' }],
    });
    expect(result).toMatchObject({ penalty: '0.00', interest: '48.00', total: '0.00' });
    expect(result.rulesApplied.map((rule) => rule.id)).toContain('penalty.extension_safe_harbour');
  });

  it('the payoff on the extended due date carries no penalty; the day after it does (10% of the $800)', () => {
    expect(quoteAccrual({ ...base, asOf: '2026-10-15', payments: [onTime] })).toMatchObject({
      penalty: '0.00',
      total: '848.00',
    });
    expect(quoteAccrual({ ...base, asOf: '2026-10-16', payments: [onTime] })).toMatchObject({
      penalty: '80.00',
      interest: '56.00',
      total: '936.00',
    });
    expect(accrualStableUntil({ ...base, asOf: '2026-10-01', payments: [onTime] })).toBe('2026-10-15');
  });

  it('more than 10% unpaid at the due date: the penalty runs as usual from April 16', () => {
    const short = { date: '2026-04-15', amount: '8800.00' };
    expect(quoteAccrual({ ...base, asOf: '2026-04-16', payments: [short] })).toMatchObject({ penalty: '120.00' });
  });

  it('without an extension the same $800 is penalised from the day after the due date', () => {
    expect(quoteAccrual({ ...base, extendedDueDate: null, asOf: '2026-04-16', payments: [onTime] })).toMatchObject({
      penalty: '80.00',
    });
  });

  it('sales tax has no such harbour (chapter 229 only), and a bad extended date is named', () => {
    const sales = quoteAccrual({ ...base, taxType: 'sales', asOf: '2026-04-16', payments: [onTime] });
    expect(sales.penalty).toBe('120.00');
    expect(() => quoteAccrual({ ...base, extendedDueDate: '2026-04-01', asOf: '2026-05-01' })).toThrow(
      expect.objectContaining({ field: 'extendedDueDate' }),
    );
  });
});
