import { IsoDate } from '@nutmeg/domain';
import { assumedTaxDueDate } from './tax-due-date';

const late = '2027-06-01' as IsoDate;

describe('assumedTaxDueDate', () => {
  it('takes April 15 of the next year for individual income tax, from the earliest year', () => {
    expect(assumedTaxDueDate('individual_income', [{ year: 2025 }, { year: 2024 }], late)).toBe('2025-04-15');
  });

  it('takes the last day of the month after a quarter or month for business taxes', () => {
    expect(assumedTaxDueDate('sales', [{ year: 2025, quarter: 3 }], late)).toBe('2025-10-31');
    expect(assumedTaxDueDate('business_withholding', [{ year: 2025, month: 1 }], late)).toBe('2025-02-28');
    expect(assumedTaxDueDate('sales', [{ year: 2024, quarter: 4 }], late)).toBe('2025-01-31');
  });

  it('never assumes a due date after the notice was issued', () => {
    expect(assumedTaxDueDate('individual_income', [{ year: 2026 }], '2026-11-02' as IsoDate)).toBe('2026-11-02');
  });
});
