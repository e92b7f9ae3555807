import { TaxPeriod } from '@nutmeg/contracts';
import { addDays, addMonths, IsoDate, TaxType } from '@nutmeg/domain';

/**
 * When the notice does not say when the tax was due, penalty and interest still run from that day, so the
 * case assumes the usual return due date of the earliest period (the longest, so the balance is never
 * understated) and marks it as assumed:
 * - individual income and individual use tax for a year: April 15 of the next year (Conn. Gen. Stat. §12-719);
 * - business taxes for a month or quarter: the last day of the month after the period ends (sales and use,
 *   §12-414; withholding, §12-705); for a whole year, January 31 of the next year;
 * - corporation tax and anything else: the 15th day of the fifth month after the year (§12-222), else
 *   the notice date.
 * A practitioner overrides this by entering the date printed on the notice.
 */
export function assumedTaxDueDate(taxType: TaxType, periods: TaxPeriod[], noticeDate: IsoDate): IsoDate {
  const earliest = [...periods].sort((a, b) => periodStart(a).localeCompare(periodStart(b)))[0];
  if (!earliest) return noticeDate;
  const candidate = dueFor(taxType, earliest);
  return candidate < noticeDate ? candidate : noticeDate;
}

function dueFor(taxType: TaxType, period: TaxPeriod): IsoDate {
  const year = period.year;
  if (taxType === 'individual_income' || taxType === 'individual_use') return `${year + 1}-04-15` as IsoDate;
  if (taxType === 'corporation') return `${year + 1}-05-15` as IsoDate;
  if (taxType === 'other') return `${year + 1}-04-15` as IsoDate;
  const endMonth = period.month ?? (period.quarter ? period.quarter * 3 : 12);
  // The last day of the month after the period: the first of the month two after, minus a day.
  const firstOfPeriodEndMonth = `${year}-${String(endMonth).padStart(2, '0')}-01` as IsoDate;
  if (!period.month && !period.quarter) return `${year + 1}-01-31` as IsoDate;
  return addDays(addMonths(firstOfPeriodEndMonth, 2), -1);
}

function periodStart(period: TaxPeriod): string {
  const month = period.month ?? (period.quarter ? (period.quarter - 1) * 3 + 1 : 1);
  return `${period.year}-${String(month).padStart(2, '0')}`;
}
