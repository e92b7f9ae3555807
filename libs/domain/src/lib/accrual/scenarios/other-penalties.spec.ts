import { effectiveRules } from '../../rules/effective-rules';
import { projectPayoffByDay } from '../payoff-projection';
import { quoteAccrual } from '../accrue';

const income = { taxType: 'individual_income', dueDate: '2026-04-15', asOf: '2026-10-15' } as const;

describe('scenario: penalties other than late payment', () => {
  // Conn. Gen. Stat. §12-30 / §12-735(b): a return filed late with no tax due owes $50.
  it('a late return with no tax due: $50, from the day after it was due', () => {
    expect(quoteAccrual({ ...income, tax: '0.00', penaltyKind: 'late_filing' })).toMatchObject({
      penalty: '50.00',
      interest: '0.00',
      total: '50.00',
    });
    expect(quoteAccrual({ ...income, tax: '0.00', penaltyKind: 'late_filing', asOf: '2026-04-15' }).total).toBe('0.00');
    const runs = projectPayoffByDay(
      { ...income, tax: '0.00', penaltyKind: 'late_filing' },
      { from: '2026-04-01', to: '2026-05-01' },
    );
    expect(runs.map((run) => `${run.from} ${run.payoff}`)).toEqual(['2026-04-01 0.00', '2026-04-16 50.00']);
  });

  it('with tax due, a late return carries the late-payment penalty, not the $50', () => {
    expect(quoteAccrual({ ...income, tax: '2000.00', penaltyKind: 'late_filing' })).toMatchObject({
      penalty: '200.00',
      total: '2320.00',
    });
  });

  // §12-735(b): a return the Commissioner makes after three months: 10% or $50, whichever is greater.
  it('a return the Commissioner made: 10% or $50, whichever is greater', () => {
    expect(quoteAccrual({ ...income, tax: '300.00', penaltyKind: 'commissioner_return' }).penalty).toBe('50.00');
    expect(quoteAccrual({ ...income, tax: '2000.00', penaltyKind: 'commissioner_return' }).penalty).toBe('200.00');
  });

  // Regs. §12-728(a)-2: an audit deficiency from negligence 10%, from fraud 25%; interest from the original due date.
  it('audit deficiencies: negligence 10%, fraud 25%, interest from the original due date', () => {
    expect(quoteAccrual({ ...income, tax: '2000.00', penaltyKind: 'negligence' })).toMatchObject({
      penalty: '200.00',
      interest: '120.00',
    });
    const fraud = quoteAccrual({ ...income, tax: '2000.00', penaltyKind: 'fraud' });
    expect(fraud).toMatchObject({ penalty: '500.00', interest: '120.00', total: '2620.00' });
    expect(fraud.rulesApplied[0]).toMatchObject({
      id: 'penalty.deficiency_fraud',
      summary: expect.stringContaining('25%'),
    });
  });

  it('follows a firm override, and names an unknown kind', () => {
    const rules = effectiveRules({ general: { penalties: { lateFilingNoTaxDue: { value: '75.00' } } } });
    expect(quoteAccrual({ ...income, tax: '0.00', penaltyKind: 'late_filing', rules }).penalty).toBe('75.00');
    expect(() => quoteAccrual({ ...income, tax: '1.00', penaltyKind: 'parking' as never })).toThrow(
      expect.objectContaining({ field: 'penaltyKind' }),
    );
  });
});
