import type { NoticeReason } from '@nutmeg/contracts';

export const REASON_LABELS: Readonly<Record<NoticeReason, string>> = {
  math_error: 'Math error on the return',
  underreported_wages: 'Wages under-reported',
  missing_withholding: 'Withholding not credited',
  unfiled_return: 'Return not filed',
  filing_error: 'Filing error',
  late_or_rejected_efile: 'E-file late or rejected',
  audit_or_data_matching: 'Audit or data matching',
  business_tax_unpaid: 'Business tax unpaid',
  property_related: 'Property related',
};

export const QUARTERS = [1, 2, 3, 4] as const;
export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
export const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** Field paths the api or the engine may name, in words, for the banner when no control matches. */
export function fieldLabelOf(path: string): string {
  const period = /^taxPeriods\.(\d+)\.(\w+)$/.exec(path);
  if (period) return `Period ${Number(period[1]) + 1}, ${period[2]}`;
  const stated = /^stated\.(\w+)$/.exec(path);
  if (stated) return `Stated ${stated[1]}`;
  return path;
}
