import type { CorpusPeriod, DateStyle, PeriodStyle } from './letters';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Cents as the money string the field contract uses: "1234.56". */
export function plain(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${pad2(abs % 100)}`;
}

/** Cents as a letter prints them: "$1,234.56". */
export function dollars(cents: number): string {
  const [whole, frac] = plain(Math.abs(cents)).split('.');
  return `$${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

export function printDate(iso: string, style: DateStyle): string {
  const [y, m, d] = iso.split('-').map(Number);
  return style === 'long' ? `${MONTHS[m - 1]} ${d}, ${y}` : `${pad2(m)}/${pad2(d)}/${y}`;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The months a period covers, as [first month, last month] (1-based). */
function monthSpan(p: CorpusPeriod): [number, number] {
  if (p.month) return [p.month, p.month];
  if (p.quarter) return [p.quarter * 3 - 2, p.quarter * 3];
  return [1, 12];
}

export function printPeriod(p: CorpusPeriod, style: PeriodStyle): string {
  const [from, to] = monthSpan(p);
  switch (style) {
    case 'range':
      return `${pad2(from)}/01/${p.year} - ${pad2(to)}/${pad2(lastDay(p.year, to))}/${p.year}`;
    case 'quarter':
      if (p.quarter) return `Q${p.quarter} ${p.year}`;
      break;
    case 'month-name':
      if (p.month) return `${MONTHS[p.month - 1]} ${p.year}`;
      break;
    case 'month-numeric':
      if (p.month) return `${pad2(p.month)}/${p.year}`;
      break;
    case 'tax-year':
      return `Tax Year ${p.year}`;
    case 'year':
      break;
  }
  // A style that cannot show the period's grain falls back to the plainest form that can.
  if (p.month) return `${MONTHS[p.month - 1]} ${p.year}`;
  if (p.quarter) return `Q${p.quarter} ${p.year}`;
  return String(p.year);
}
