import { dayNumberOf } from '../dates/calendar-date';
import { parseAccrualInput, runLedger } from './accrual-input';

describe('parseAccrualInput', () => {
  it('turns the input into day numbers, exact money and compiled rules', () => {
    const parsed = parseAccrualInput({
      taxType: 'sales',
      tax: '100',
      dueDate: '2026-01-20',
      asOf: '2026-03-05',
      payments: [
        { date: '2026-02-10', amount: '10.00' },
        { date: '2026-02-01', amount: '5.00' },
      ],
    });
    expect(parsed.taxText).toBe('100.00');
    expect(parsed.dueDay).toBe(dayNumberOf('2026-01-20', 'd'));
    expect(parsed.payments.map((payment) => payment.amount.toFixed(2))).toEqual(['5.00', '10.00']);
    expect(parsed.rules.penaltyMinimum?.toFixed(2)).toBe('50.00');
  });

  it('names the as-of field the caller uses', () => {
    expect(() => parseAccrualInput({ taxType: 'sales', tax: '1.00', dueDate: '2026-01-20', asOf: 'x' }, 'payDate')).toThrow(
      expect.objectContaining({ field: 'payDate' }),
    );
  });
});

describe('runLedger', () => {
  it('applies payments up to the day and accrues through it', () => {
    const parsed = parseAccrualInput({
      taxType: 'individual_income',
      tax: '2000.00',
      dueDate: '2026-04-15',
      asOf: '2026-10-15',
      payments: [{ date: '2026-06-20', amount: '1000.00' }],
    });
    const before = runLedger(parsed, dayNumberOf('2026-06-19', 'd'), false);
    expect(before.applied).toHaveLength(0);
    expect(before.ledger.balance.toFixed(2)).toBe('2260.00');
    const after = runLedger(parsed, parsed.asOfDay, true);
    expect(after.applied).toHaveLength(1);
    expect(after.ledger.balance.toFixed(2)).toBe('1290.00');
    expect(after.ledger.monthRows()).toHaveLength(6);
  });
});
