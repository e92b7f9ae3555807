import { NOTICE_KINDS, TAX_TYPES, isOneOf, type NoticeKind, type TaxType } from '@nutmeg/domain';
import type {
  FieldSource,
  IntakeField,
  IntakeFieldName,
  IntakeFields,
  IntakePage,
  IntakePeriod,
  IntakeStated,
  NoticeTextParse,
} from './intake-fields';
import { INTAKE_FIELD_NAMES } from './intake-fields';

/**
 * Reads the DRS fields out of a letter's text. Pure: text in, fields out, no I/O and no clock.
 *
 * The text is expected as the extractor lays it out: one line per printed line, with columns kept apart
 * by runs of two or more spaces at about their printed position. The parser leans on labels ("Letter ID",
 * "Notice Date", "CT Tax Registration Number") rather than on where things sit, because DRS letters move
 * the reference box around; positions are used only to pair a label with the value under it and to read
 * table columns.
 */

interface Cell {
  text: string;
  start: number;
  end: number;
}

interface Line {
  page: number;
  /** Index within the page. */
  index: number;
  cells: Cell[];
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_WORD = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const LONG_DATE = new RegExp(String.raw`\b(${MONTH_WORD})\.?\s+(\d{1,2}),?\s+(\d{4})\b`, 'gi');
const NUMERIC_DATE = /\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b/g;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const MONEY = /\(?-?\s?\$?\s?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}\)?/;
const MONEY_CELL = new RegExp(String.raw`^${MONEY.source}$`);
const MONEY_AT_END = new RegExp(String.raw`^(.*?)[\s:]*(${MONEY.source})$`);

const pad2 = (n: number): string => String(n).padStart(2, '0');
const clamp = (n: number): number => Math.max(0, Math.min(1, Math.round(n * 100) / 100));

function isoOf(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/** Every date in a piece of text, in order: "November 27, 2026", "11/27/2026", "2026-11-27". */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(LONG_DATE)) {
    const month = MONTH_NAMES.indexOf(m[1].slice(0, 3).toLowerCase()) + 1;
    const iso = isoOf(Number(m[3]), month, Number(m[2]));
    if (iso) found.push({ iso, index: m.index ?? 0, length: m[0].length });
  }
  for (const m of text.matchAll(ISO_DATE)) {
    const iso = isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) found.push({ iso, index: m.index ?? 0, length: m[0].length });
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    // US order: month first.
    const iso = isoOf(Number(m[3]), Number(m[1]), Number(m[2]));
    if (iso && !found.some((f) => f.index <= (m.index ?? 0) && (m.index ?? 0) < f.index + f.length)) {
      found.push({ iso, index: m.index ?? 0, length: m[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The date a piece of text consists of (allowing a trailing period or colon), or null. */
export function parseDate(text: string): string | null {
  const trimmed = text.trim().replace(/[.:,;]+$/, '');
  const [first] = findDates(trimmed);
  return first && first.index === 0 && first.length === trimmed.length ? first.iso : null;
}

/** "$1,234.56", "($500.00)", "-$500.00", "1234.56" as "1234.56" (the sign is dropped: callers know it). */
export function parseMoney(text: string): string | null {
  const trimmed = text.trim();
  if (!MONEY_CELL.test(trimmed)) return null;
  const digits = trimmed.replace(/[^\d.]/g, '');
  const [whole, frac] = digits.split('.');
  return `${String(Number(whole))}.${frac}`;
}

const cents = (money: string): number => Math.round(Number(money) * 100);
const fromCents = (value: number): string => `${Math.trunc(value / 100)}.${pad2(Math.abs(value % 100))}`;

function splitCells(raw: string): Cell[] {
  const cells: Cell[] = [];
  for (const m of raw.matchAll(/\S+(?: \S+)*/g)) {
    const start = m.index ?? 0;
    cells.push({ text: m[0], start, end: start + m[0].length });
  }
  return cells;
}

function linesOf(pages: readonly IntakePage[]): Line[] {
  const lines: Line[] = [];
  for (const { page, text } of pages) {
    text.split(/\r?\n/).forEach((raw, index) => {
      const cells = splitCells(raw.replace(/\t/g, '    '));
      if (cells.length) lines.push({ page, index, cells });
    });
  }
  return lines;
}

const lineText = (line: Line): string => line.cells.map((c) => c.text).join('  ');
const sourceOf = (line: Line, text = lineText(line)): FieldSource => ({ page: line.page, text });

// ---------------------------------------------------------------------------------------------------
// Labels and the values beside or under them

interface LabeledValue<T> {
  value: T;
  line: Line;
  /** "inline" (after the label in one cell), "beside" (the next cell) or "below" (a header row). */
  how: 'inline' | 'beside' | 'below';
  label: string;
  valueCell: Cell;
  labelCell: Cell;
}

function labelPattern(alternatives: string): RegExp {
  return new RegExp(String.raw`^(?:${alternatives})\s*[:#]?(?:\s+(.*))?$`, 'i');
}

/** The cell of `line` under `cell` (largest horizontal overlap), if any. */
function cellUnder(line: Line | undefined, cell: Cell): Cell | null {
  if (!line) return null;
  let best: Cell | null = null;
  let bestOverlap = 0;
  for (const c of line.cells) {
    const overlap = Math.min(c.end, cell.end) - Math.max(c.start, cell.start);
    if (overlap > bestOverlap) {
      best = c;
      bestOverlap = overlap;
    }
  }
  return best;
}

function labeledValues<T>(lines: readonly Line[], label: RegExp, parse: (text: string) => T | null): LabeledValue<T>[] {
  const out: LabeledValue<T>[] = [];
  lines.forEach((line, at) => {
    line.cells.forEach((cell, i) => {
      const m = label.exec(cell.text);
      if (!m) return;
      const rest = m[1]?.trim() ?? '';
      const labelText = rest ? cell.text.slice(0, cell.text.length - rest.length).trim() : cell.text;
      if (rest) {
        const value = parse(rest);
        if (value !== null)
          out.push({ value, line, how: 'inline', label: labelText, valueCell: cell, labelCell: cell });
        // A label followed by other words in one cell is running text, not a label: nothing beside it.
        return;
      }
      const next = line.cells[i + 1];
      if (next) {
        const value = parse(next.text);
        if (value !== null) {
          out.push({ value, line, how: 'beside', label: labelText, valueCell: next, labelCell: cell });
          return;
        }
      }
      // A header row of labels with the values in the row under it.
      const below = lines[at + 1];
      if (below && below.page === line.page && below.index <= line.index + 2) {
        const under = cellUnder(below, cell);
        const value = under ? parse(under.text) : null;
        if (under && value !== null) {
          out.push({ value, line: below, how: 'below', label: labelText, valueCell: under, labelCell: cell });
        }
      }
    });
  });
  return out;
}

function labeledSource<T>(found: LabeledValue<T>): FieldSource {
  // A value under a header row is quoted as two lines, header then value, as the letter shows them.
  if (found.how === 'inline') return { page: found.line.page, text: found.valueCell.text };
  const separator = found.how === 'below' ? '\n' : ' ';
  return { page: found.line.page, text: `${found.labelCell.text}${separator}${found.valueCell.text}` };
}

/** The first value found under a label, its confidence raised when later repeats agree, cut when they do not. */
function firstAgreed<T>(
  found: LabeledValue<T>[],
  base: number,
  name: string,
  warnings: string[],
  same: (a: T, b: T) => boolean = (a, b) => a === b,
): IntakeField<T> | undefined {
  const [first, ...repeats] = found;
  if (!first) return undefined;
  let confidence = base;
  const disagree = repeats.filter((r) => !same(r.value, first.value));
  if (repeats.length > disagree.length) confidence += 0.03;
  if (disagree.length) {
    confidence -= 0.3;
    warnings.push(`${name}: the letter also shows ${disagree.map((d) => JSON.stringify(d.value)).join(', ')}`);
  }
  return { value: first.value, confidence: clamp(confidence), source: labeledSource(first) };
}

// ---------------------------------------------------------------------------------------------------
// Identifiers and dates

const ID_TOKEN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{4,18})[A-Za-z0-9]$/;

/** A Letter ID or account number: 6–20 letters, digits and dashes with at least one digit. */
function parseIdentifier(text: string): string | null {
  const token =
    text
      .trim()
      .split(/\s+/)[0]
      ?.replace(/[.,;:]$/, '') ?? '';
  return ID_TOKEN.test(token) && /\d/.test(token) ? token : null;
}

/** A DRS Letter ID as DRS prints it today: "L" and ten digits. */
const DRS_LETTER_ID = /^L\d{10}$/;

/**
 * A Letter ID under its label. OCR reads the leading "L" as "1" (the two differ by a serif), so eleven
 * digits starting with 1 are that ID with its L restored: DRS Letter IDs start with L, never a digit.
 */
function parseLetterId(text: string): string | null {
  const id = parseIdentifier(text)?.toUpperCase() ?? null;
  if (id && /^1\d{10}$/.test(id)) return `L${id.slice(1)}`;
  // A speck before the L reads as one more character ("1L1836502947", "IL1836502947").
  const specked = id ? /^[1I](L\d{10})$/.exec(id) : null;
  return specked ? specked[1] : id;
}

/**
 * The Letter IDs found, the first one in DRS's own form ("L" and ten digits) put first when the first
 * found is not in it: a speck can eat the L off one copy (the reference box) and not the other (the coupon).
 * Text layers print every copy alike, so their order only changes when a copy is damaged in a scan.
 */
function letterIdsInOrder(found: LabeledValue<string>[]): LabeledValue<string>[] {
  if (!found.length || DRS_LETTER_ID.test(found[0].value)) return found;
  const canonical = found.find((f) => DRS_LETTER_ID.test(f.value) && f.value.endsWith(found[0].value));
  return canonical ? [canonical, ...found.filter((f) => f !== canonical)] : found;
}

const NOTICE_DATE_LABELS = labelPattern(
  String.raw`notice date|date of (?:this )?notice|notice issued|date issued|issue date|letter date|date of letter|mailing date|date mailed|date`,
);
const LETTER_ID_LABELS = labelPattern(
  String.raw`letter id(?: number| no\.?| #)?|letter identification number|correspondence id|letter number|letter no\.?|notice id|notice number|notice no\.?`,
);
const ACCOUNT_LABELS = labelPattern(
  // "acc[oa]unt": OCR reads the o of a small bold "Account" as a.
  String.raw`(?:ct |connecticut )?tax registration(?: number| no\.?| #)?|registration(?: number| no\.?| #)|acc[oa]unt(?: number| no\.?| #| id)?|acct\.?(?: number| no\.?| #)?`,
);

function noticeDateOf(lines: Line[], warnings: string[]): IntakeField<string> | undefined {
  const found = labeledValues(lines, NOTICE_DATE_LABELS, parseDate);
  if (found.length) {
    const field = firstAgreed(found, 0.95, 'noticeDate', warnings);
    // A bare "Date:" is a weaker label than "Notice Date".
    if (field && /^date\b/i.test(found[0].label) && !/^date of/i.test(found[0].label))
      field.confidence = clamp(field.confidence - 0.07);
    return field;
  }
  // No label: a date standing alone near the top of the first page, as in a letter's dateline.
  const top = lines.filter((l) => l.page === lines[0]?.page).slice(0, 20);
  for (const line of top) {
    for (const cell of line.cells) {
      const iso = parseDate(cell.text);
      if (iso) return { value: iso, confidence: 0.6, source: sourceOf(line, cell.text) };
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Kind and tax type

const TAX_TYPE_LABELS = labelPattern(String.raw`tax type|type of tax|account type`);

/** The tax type a phrase names; "Sales and Use Taxes" is sales, not a use tax. */
export function taxTypeOfPhrase(text: string): TaxType | null {
  const t = text.toLowerCase();
  if (/sales\s*(?:and|&)\s*use/.test(t)) return 'sales';
  if (/business use/.test(t)) return 'business_use';
  if (/individual use|op-186/.test(t)) return 'individual_use';
  if (/withholding|ct-941|ct-wh/.test(t)) return 'business_withholding';
  if (/corporation|ct-1120/.test(t)) return 'corporation';
  if (/\bsales\b|os-114/.test(t)) return 'sales';
  if (/income|ct-1040/.test(t)) return 'individual_income';
  return null;
}

function taxTypeOf(lines: Line[], warnings: string[]): IntakeField<TaxType> | undefined {
  const found = labeledValues(lines, TAX_TYPE_LABELS, taxTypeOfPhrase);
  const field = firstAgreed(found, 0.95, 'taxType', warnings);
  if (field) return field;
  // No label: the first tax named anywhere on the letter.
  for (const line of lines) {
    const text = lineText(line);
    const type = taxTypeOfPhrase(text);
    if (type && /\btax/i.test(text)) return { value: type, confidence: 0.6, source: sourceOf(line) };
  }
  return undefined;
}

/** Title patterns, most specific first: a referral title also says "collection". */
const TITLE_KINDS: Array<[RegExp, NoticeKind | 'balance_due']> = [
  [/\bR-?859\b|referral to (?:a )?private collection agency|collection agency referral/i, 'r859_referral'],
  [/jeopardy assessment/i, 'jeopardy_assessment'],
  [/proposed (?:deficiency )?assessment|notice of (?:deficiency )?assessment/i, 'proposed_assessment'],
  [/intent to offset|refund offset/i, 'intent_to_offset'],
  [
    /installment (?:payment )?(?:agreement |plan )?default|default (?:of|on) (?:your )?installment/i,
    'installment_default',
  ],
  [/wage execution/i, 'wage_execution_notice'],
  [/\blevy\b/i, 'levy_notice'],
  [/\blien\b/i, 'lien_notice'],
  [/collection notice|notice of collection|final notice/i, 'collection_notice'],
  [
    /notice of (?:tax|balance) due|(?:tax|balance) due notice|notice of unpaid tax|statement of account/i,
    'balance_due',
  ],
];

const INDIVIDUAL_TAXES: readonly TaxType[] = ['individual_income', 'individual_use'];

function kindOf(
  lines: Line[],
  taxType: IntakeField<TaxType> | undefined,
  account: Line | undefined,
): IntakeField<NoticeKind> | undefined {
  const firstPage = lines.filter((l) => l.page === lines[0]?.page);
  let title: { kind: NoticeKind | 'balance_due'; line: Line; cell: Cell } | undefined;
  for (const line of firstPage) {
    // A title stands on its own line (a form code may sit beside it) and is not a label.
    if (line.cells.length > 2) continue;
    const cell = line.cells[0];
    if (cell.text.length > 90 || /:$/.test(cell.text) || /^(?:notice date|date of notice)\b/i.test(cell.text)) continue;
    const hit = TITLE_KINDS.find(([pattern]) => pattern.test(cell.text));
    if (hit && /^(?:notice|wage|jeopardy|collection|final|statement|referral|tax|balance)\b/i.test(cell.text)) {
      title = { kind: hit[1], line, cell };
      break;
    }
  }
  const formCode = lines.find((l) => /\bR-?859\b/.test(lineText(l)));
  if (!title) {
    if (formCode) return { value: 'r859_referral', confidence: 0.75, source: sourceOf(formCode) };
    return undefined;
  }
  let kind: NoticeKind;
  let confidence = 0.92;
  if (title.kind === 'balance_due') {
    // A bill is the individual or the business kind by whose tax it is.
    if (taxType) {
      kind = INDIVIDUAL_TAXES.includes(taxType.value) ? 'individual_income_balance_due' : 'business_tax_balance_due';
      confidence = Math.min(0.92, taxType.confidence);
    } else {
      const business = account ? /registration/i.test(lineText(account)) : false;
      kind = business ? 'business_tax_balance_due' : 'individual_income_balance_due';
      confidence = 0.5;
    }
  } else {
    kind = title.kind;
  }
  if (kind === 'r859_referral' && formCode && formCode !== title.line) confidence = 0.98;
  if (!isOneOf(NOTICE_KINDS, kind)) return undefined;
  return { value: kind, confidence: clamp(confidence), source: sourceOf(title.line, title.cell.text) };
}

// ---------------------------------------------------------------------------------------------------
// Periods

const ORDINAL_QUARTERS: Record<string, 1 | 2 | 3 | 4> = {
  '1st': 1,
  first: 1,
  '2nd': 2,
  second: 2,
  '3rd': 3,
  third: 3,
  '4th': 4,
  fourth: 4,
};

type Period = Pick<IntakePeriod, 'year' | 'quarter' | 'month'>;

function periodOfMonths(fromIso: string, toIso: string): Period | null {
  const [y1, m1, d1] = fromIso.split('-').map(Number);
  const [y2, m2, d2] = toIso.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y2, m2, 0)).getUTCDate();
  if (d1 !== 1 || d2 !== lastDay) return null;
  const months = y2 * 12 + m2 - (y1 * 12 + m1) + 1;
  if (months === 1) return { year: y1, month: m1 };
  if (months === 3 && (m1 - 1) % 3 === 0) return { year: y1, quarter: ((m1 + 2) / 3) as 1 | 2 | 3 | 4 };
  if (months === 12 && m1 === 1) return { year: y1 };
  return null;
}

/**
 * One period as DRS prints it: "2023", "Tax Year 2023", "Q1 2024", "1st Quarter 2024", "March 2024",
 * "03/2024", "01/01/2024 - 03/31/2024", "Quarter ending 03/31/2024". Null when the text is not a period
 * or does not say its grain (a bare "period ending" date).
 */
export function parsePeriod(text: string): Period | null {
  const t = text
    .trim()
    .replace(/[.,;:]+$/, '')
    .replace(/\s+/g, ' ');
  let m: RegExpExecArray | null;
  if ((m = /^(?:(?:tax|income|calendar|taxable) year |ty |cy |year )?(\d{4})$/i.exec(t))) return { year: Number(m[1]) };
  if ((m = /^q([1-4])[\s/-]*(\d{4})$/i.exec(t))) return { year: Number(m[2]), quarter: Number(m[1]) as 1 | 2 | 3 | 4 };
  if ((m = /^(\d{4})[\s/-]*q([1-4])$/i.exec(t))) return { year: Number(m[1]), quarter: Number(m[2]) as 1 | 2 | 3 | 4 };
  if ((m = /^(1st|2nd|3rd|4th|first|second|third|fourth) quarter,? (\d{4})$/i.exec(t))) {
    return { year: Number(m[2]), quarter: ORDINAL_QUARTERS[m[1].toLowerCase()] };
  }
  if ((m = /^quarter ([1-4]),? (\d{4})$/i.exec(t)))
    return { year: Number(m[2]), quarter: Number(m[1]) as 1 | 2 | 3 | 4 };
  if ((m = new RegExp(String.raw`^(${MONTH_WORD})\.?,? (\d{4})$`, 'i').exec(t))) {
    return { year: Number(m[2]), month: MONTH_NAMES.indexOf(m[1].slice(0, 3).toLowerCase()) + 1 };
  }
  if ((m = /^(\d{1,2})\/(\d{4})$/.exec(t)) && Number(m[1]) >= 1 && Number(m[1]) <= 12) {
    return { year: Number(m[2]), month: Number(m[1]) };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(t)) && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    return { year: Number(m[1]), month: Number(m[2]) };
  }
  if ((m = /^(quarter|month|year) end(?:ing|ed):? (.+)$/i.exec(t))) {
    const iso = parseDate(m[2]);
    if (!iso) return null;
    const [year, month] = iso.split('-').map(Number);
    const grain = m[1].toLowerCase();
    if (grain === 'month') return { year, month };
    if (grain === 'quarter') return month % 3 === 0 ? { year, quarter: (month / 3) as 1 | 2 | 3 | 4 } : null;
    return { year };
  }
  const dates = findDates(t);
  if (dates.length === 2) {
    const between = t.slice(dates[0].index + dates[0].length, dates[1].index);
    const before = t.slice(0, dates[0].index);
    const after = t.slice(dates[1].index + dates[1].length);
    if (
      /^\s*(?:-|–|—|to|through|thru)\s*$/i.test(between) &&
      /^\s*(?:from\s*)?$/i.test(before) &&
      after.trim() === ''
    ) {
      return periodOfMonths(dates[0].iso, dates[1].iso);
    }
  }
  return null;
}

/** A list of periods in one value: "Q1 2024, Q2 2024", "2021 and 2022", "2021; 2022". */
function parsePeriodList(text: string): Period[] | null {
  const whole = parsePeriod(text);
  if (whole) return [whole];
  for (const separator of [/\s*;\s*/, /\s+and\s+|\s*&\s*/i, /\s*,\s*/]) {
    const parts = text.split(separator).filter((p) => p.trim() !== '');
    if (parts.length < 2) continue;
    const periods = parts.map(parsePeriod);
    if (periods.every((p): p is Period => p !== null)) return periods;
  }
  return null;
}

const samePeriod = (a: Period, b: Period): boolean =>
  a.year === b.year && a.quarter === b.quarter && a.month === b.month;
const periodKey = (p: Period): string => `${p.year}-${p.quarter ?? ''}-${p.month ?? ''}`;

type Column = 'period' | 'dueDate' | 'tax' | 'penalty' | 'interest' | 'credits' | 'total';

const COLUMN_HEADS: Array<[RegExp, Column]> = [
  [/^(?:tax )?periods?(?: ending| covered)?$|^(?:tax |income )?years?$|^filing periods?$/i, 'period'],
  [/^(?:original )?due date$|^date due$/i, 'dueDate'],
  [/^(?:unpaid |additional )?tax(?: due| assessed)?$/i, 'tax'],
  [/^penalt(?:y|ies)$/i, 'penalty'],
  [/^interest$/i, 'interest'],
  [/payments?|credits?/i, 'credits'],
  [/^(?:total|balance)(?: due)?$|^period total$|^amount due$/i, 'total'],
];

interface PeriodTable {
  rows: Array<{ line: Line; period: IntakePeriod }>;
  totals?: { line: Line; values: Partial<Record<Column, string>> };
  header: Line;
}

function readRow(line: Line, heads: Array<{ cell: Cell; column: Column }>): Partial<Record<Column, string>> {
  const values: Partial<Record<Column, string>> = {};
  for (const cell of line.cells) {
    // A value belongs to the header it lines up with: left edges for text, right edges for amounts.
    let best: { column: Column; distance: number } | null = null;
    for (const head of heads) {
      const distance = Math.min(Math.abs(cell.start - head.cell.start), Math.abs(cell.end - head.cell.end));
      if (!best || distance < best.distance) best = { column: head.column, distance };
    }
    if (best && values[best.column] === undefined) values[best.column] = cell.text;
  }
  return values;
}

function periodTableOf(lines: Line[]): PeriodTable | null {
  for (let at = 0; at < lines.length; at++) {
    const header = lines[at];
    const heads = header.cells.flatMap((cell) => {
      const hit = COLUMN_HEADS.find(([pattern]) => pattern.test(cell.text));
      return hit ? [{ cell, column: hit[1] }] : [];
    });
    const has = (c: Column) => heads.some((h) => h.column === c);
    const amountColumns = (['tax', 'penalty', 'interest', 'total'] as Column[]).filter(has).length;
    if (!has('period') || amountColumns < 2 || heads.length < header.cells.length - 1) continue;
    const table: PeriodTable = { rows: [], header };
    const raw: Array<{ line: Line; values: Partial<Record<Column, string>> }> = [];
    for (let r = at + 1; r < lines.length; r++) {
      const line = lines[r];
      if (line.page !== header.page) break;
      const values = readRow(line, heads);
      if (/^total/i.test(line.cells[0].text)) {
        table.totals = { line, values };
        break;
      }
      const previous = raw[raw.length - 1];
      if (
        previous &&
        values.period === undefined &&
        Object.values(values).every((v) => parseMoney(v as string) === null)
      ) {
        // A cell too long for its column wraps onto the next line ("February 15," / "2025").
        for (const [column, text] of Object.entries(values) as Array<[Column, string]>) {
          previous.values[column] = previous.values[column] ? `${previous.values[column]} ${text}` : text;
        }
        continue;
      }
      if (!values.period || !parsePeriod(values.period)) break;
      raw.push({ line, values });
    }
    for (const { line, values } of raw) {
      const period = parsePeriod(values.period as string) as Period;
      const money = (c: Column) => (values[c] ? parseMoney(values[c] as string) : null) ?? undefined;
      const dueDate = values.dueDate ? parseDate(values.dueDate) : null;
      table.rows.push({
        line,
        period: {
          ...period,
          ...(money('tax') ? { tax: money('tax') } : {}),
          ...(money('penalty') ? { penalty: money('penalty') } : {}),
          ...(money('interest') ? { interest: money('interest') } : {}),
          ...(dueDate ? { dueDate } : {}),
        },
      });
    }
    if (table.rows.length) return table;
  }
  return null;
}

const PERIOD_LABELS = labelPattern(
  String.raw`tax periods?|periods?(?: covered| ending)?|tax years?|income years?|filing periods?|taxable years?`,
);

function labeledPeriods(lines: Line[]): { periods: Period[]; line: Line; text: string } | null {
  const [first] = labeledValues(lines, PERIOD_LABELS, parsePeriodList);
  if (!first) return null;
  const periods = [...first.value];
  const texts = [first.valueCell.text];
  // More periods may stack under the first one, in the same column, one per line.
  const at = lines.indexOf(first.line);
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.page !== first.line.page) break;
    const cell = line.cells.find((c) => Math.abs(c.start - first.valueCell.start) <= 2);
    const labelAbove = line.cells.some((c) => c.start >= first.labelCell.start - 1 && c.end <= first.valueCell.start);
    const more = cell && !labelAbove ? parsePeriodList(cell.text) : null;
    if (!more) break;
    periods.push(...more);
    texts.push(cell?.text ?? '');
  }
  const quoted =
    first.how === 'inline'
      ? texts.join(', ')
      : `${first.labelCell.text}${first.how === 'below' ? '\n' : ' '}${texts.join(', ')}`;
  return { periods, line: first.line, text: quoted };
}

function taxPeriodsOf(
  lines: Line[],
  table: PeriodTable | null,
  warnings: string[],
): IntakeField<IntakePeriod[]> | undefined {
  const listed = labeledPeriods(lines);
  if (table) {
    const periods = table.rows.map((r) => r.period);
    let confidence = 0.93;
    if (listed) {
      const agree =
        listed.periods.length === periods.length && listed.periods.every((p) => periods.some((q) => samePeriod(p, q)));
      if (agree) confidence = 0.98;
      else {
        confidence = 0.7;
        warnings.push(
          `taxPeriods: the reference box lists ${listed.periods.map(periodKey).join(', ')}, the table ${periods.map(periodKey).join(', ')}`,
        );
      }
    }
    return {
      value: periods,
      confidence,
      source: {
        page: table.header.page,
        text: [table.header, ...table.rows.map((r) => r.line)].map((l) => lineText(l)).join('\n'),
      },
    };
  }
  if (listed) return { value: listed.periods, confidence: 0.93, source: { page: listed.line.page, text: listed.text } };
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Amounts

type Amount = 'tax' | 'penalty' | 'interest' | 'credits' | 'balanceDue';

const AMOUNT_LABELS: Array<[RegExp, Amount]> = [
  [/^(?:total |unpaid |additional )?tax(?: due| assessed| amount| balance)?$/i, 'tax'],
  [/^(?:total |unpaid )?penalt(?:y|ies)(?: due| assessed)?$/i, 'penalty'],
  [/^(?:total |unpaid |accrued )?interest(?: due| assessed)?(?: (?:through|to|as of) (.+))?$/i, 'interest'],
  [
    /^(?:less )?(?:total )?(?:payments?|credits?)(?: ?(?:and|&|\/) ?(?:credits?|payments?))?(?: applied| received)?$/i,
    'credits',
  ],
  [
    /^(?:total )?(?:balance(?: due)?|amount due|total due|amount owed|balance owed|total amount due)(?: (?:as of|through) (.+))?$/i,
    'balanceDue',
  ],
];

interface AmountLine {
  amount: Amount;
  value: string;
  line: Line;
  asOf: string | null;
}

/** Lines of the form "<label>  <one amount>", e.g. "Penalty  $184.25" or "Amount due: $1,858.40". */
function amountLines(lines: Line[]): AmountLine[] {
  const out: AmountLine[] = [];
  for (const line of lines) {
    const parts: string[] = [];
    for (const cell of line.cells) {
      const m = MONEY_AT_END.exec(cell.text);
      if (m && m[1].trim() && !MONEY_CELL.test(cell.text)) parts.push(m[1].trim(), m[2]);
      else parts.push(cell.text);
    }
    const moneyAt = parts.map((p, i) => (parseMoney(p) !== null ? i : -1)).filter((i) => i >= 0);
    // A row of several amounts is a table row, read with its header instead.
    if (moneyAt.length !== 1 || moneyAt[0] === 0) continue;
    const label = parts[moneyAt[0] - 1].replace(/[:\s]+$/, '');
    // "Amount due if paid by <date>" is a pay-by quote with interest to a later date, not the balance.
    if (/paid by|pay by|if paid|enclosed/i.test(label)) continue;
    const hit = AMOUNT_LABELS.map(([pattern, amount]) => ({ m: pattern.exec(label), amount })).find((h) => h.m);
    if (!hit?.m) continue;
    const value = parseMoney(parts[moneyAt[0]]) as string;
    out.push({ amount: hit.amount, value, line, asOf: hit.m[1] ? parseDate(hit.m[1]) : null });
  }
  return out;
}

function statedOf(lines: Line[], table: PeriodTable | null, warnings: string[]): IntakeField<IntakeStated> | undefined {
  const found = amountLines(lines);
  const first = (amount: Amount) => found.find((f) => f.amount === amount);
  const values: Partial<Record<Amount, string>> = {};
  const used: Line[] = [];
  const inferred: string[] = [];
  for (const amount of ['tax', 'penalty', 'interest', 'credits', 'balanceDue'] as Amount[]) {
    const hit = first(amount);
    if (hit) {
      values[amount] = hit.value;
      if (!used.includes(hit.line)) used.push(hit.line);
    }
  }
  // A letter that itemizes periods may give tax, penalty and interest only in the table's Total row.
  if (table) {
    for (const amount of ['tax', 'penalty', 'interest'] as const) {
      if (values[amount] !== undefined) continue;
      const fromTotals = table.totals?.values[amount] ? parseMoney(table.totals.values[amount] as string) : null;
      const fromRows = table.rows.every((r) => r.period[amount] !== undefined)
        ? fromCents(table.rows.reduce((sum, r) => sum + cents(r.period[amount] as string), 0))
        : null;
      const value = fromTotals ?? fromRows;
      if (value !== null) {
        values[amount] = value;
        const line = table.totals?.line ?? table.header;
        if (!used.includes(line)) used.unshift(line);
      }
    }
  }
  if (values.tax === undefined && values.balanceDue === undefined) return undefined;
  for (const amount of ['tax', 'penalty', 'interest'] as const) {
    if (values[amount] === undefined) {
      values[amount] = '0.00';
      inferred.push(amount);
    }
  }
  if (values.credits === undefined) {
    // No credits line: DRS leaves it out when nothing was paid.
    values.credits = '0.00';
    inferred.push('credits');
  }
  const computed =
    cents(values.tax as string) +
    cents(values.penalty as string) +
    cents(values.interest as string) -
    cents(values.credits);
  if (values.balanceDue === undefined) {
    values.balanceDue = fromCents(computed);
    inferred.push('balanceDue');
  }
  let confidence = 0.97;
  if (computed !== cents(values.balanceDue)) {
    confidence = 0.5;
    warnings.push(
      `stated: tax + penalty + interest - credits is ${fromCents(computed)}, the letter says ${values.balanceDue}`,
    );
  } else if (inferred.length) {
    confidence = inferred.includes('credits') && inferred.length === 1 ? 0.9 : 0.7;
  }
  if (inferred.length)
    warnings.push(`stated: not printed, assumed ${inferred.map((a) => `${a} ${values[a as Amount]}`).join(', ')}`);
  const asOf = found.find((f) => f.amount === 'balanceDue' && f.asOf)?.asOf ?? found.find((f) => f.asOf)?.asOf;
  const stated: IntakeStated = {
    tax: values.tax as string,
    penalty: values.penalty as string,
    interest: values.interest as string,
    credits: values.credits,
    balanceDue: values.balanceDue,
    ...(asOf ? { asOf } : {}),
  };
  const page = used[0]?.page ?? lines[0]?.page ?? 1;
  return { value: stated, confidence, source: { page, text: used.map((l) => lineText(l)).join('\n') } };
}

// ---------------------------------------------------------------------------------------------------
// Taxpayer

// The colon is required: "Taxpayer Bill of Rights" in running text is not a label.
const NAME_LABELS = /^(?:taxpayer name|name of taxpayer|taxpayer|business name|legal name|name)\s*:(?:\s+(.*))?$/i;
const CITY_STATE_ZIP = /^[A-Za-z][A-Za-z.' -]*?,? [A-Z]{2} \d{5}(?:-\d{4})?$/;
const STREET =
  /^(?:\d+[A-Za-z]?\s|p\.?\s?o\.?\s?box\b|apt\b|apartment\b|suite\b|ste\b|unit\b|fl\b|floor\b|#|c\/o\b|attn\b|rr\b|rural route\b)/i;
const DRS_WORDS = /revenue services|state of connecticut|commissioner|columbus blvd|po box 5088/i;

function parseName(text: string): string | null {
  const t = text.trim();
  if (t.length < 2 || t.length > 80 || !/[A-Za-z]{2}/.test(t) || parseDate(t) || parseMoney(t) || /:$/.test(t))
    return null;
  return t;
}

/** Names above a city-state-ZIP line in the same column, skipping street lines and DRS's own addresses. */
function addressNames(lines: Line[]): Array<{ name: string; line: Line }> {
  const names: Array<{ name: string; line: Line }> = [];
  lines.forEach((line, at) => {
    for (const city of line.cells) {
      if (!CITY_STATE_ZIP.test(city.text)) continue;
      const column: Array<{ line: Line; cell: Cell }> = [];
      for (let i = at - 1; i >= 0 && column.length < 4; i--) {
        const above = lines[i];
        if (above.page !== line.page) break;
        const cell = above.cells.find((c) => Math.abs(c.start - city.start) <= 3);
        if (!cell) break;
        column.push({ line: above, cell });
      }
      const nameAt = column.findIndex((c) => !STREET.test(c.cell.text));
      const candidate = column[nameAt];
      // At least one street line must sit between the name and the city line.
      if (nameAt < 1 || !candidate) continue;
      // DRS's own addresses (letterhead, where to mail the coupon) name the Department, not the taxpayer.
      if (column.slice(0, nameAt + 1).some((c) => DRS_WORDS.test(c.cell.text)) || DRS_WORDS.test(city.text)) continue;
      const name = parseName(candidate.cell.text);
      if (name) names.push({ name, line: candidate.line });
    }
  });
  return names;
}

function taxpayerNameOf(lines: Line[], warnings: string[]): IntakeField<string> | undefined {
  const labeled = labeledValues(lines, NAME_LABELS, parseName);
  const fromAddress = addressNames(lines);
  const sameName = (a: string, b: string) =>
    a.toLowerCase().replace(/[^a-z0-9]/g, '') === b.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (labeled.length) {
    const field = firstAgreed(labeled, 0.93, 'taxpayerName', warnings, sameName);
    if (field && fromAddress.some((a) => sameName(a.name, field.value)))
      field.confidence = clamp(field.confidence + 0.04);
    return field;
  }
  const [first, ...repeats] = fromAddress;
  if (!first) return undefined;
  let confidence = 0.86;
  if (repeats.some((r) => sameName(r.name, first.name))) confidence += 0.08;
  if (repeats.some((r) => !sameName(r.name, first.name))) {
    confidence -= 0.25;
    warnings.push(`taxpayerName: the letter also addresses ${repeats.map((r) => JSON.stringify(r.name)).join(', ')}`);
  }
  return { value: first.name, confidence: clamp(confidence), source: sourceOf(first.line, first.name) };
}

// ---------------------------------------------------------------------------------------------------

/** Reads the DRS notice fields from a letter's pages of text. */
export function parseNoticeText(pages: readonly IntakePage[]): NoticeTextParse {
  const lines = linesOf(pages);
  const warnings: string[] = [];
  const fields: IntakeFields = {};

  const letterIds = letterIdsInOrder(labeledValues(lines, LETTER_ID_LABELS, parseLetterId));
  fields.correspondenceId = firstAgreed(letterIds, 0.95, 'correspondenceId', warnings);

  const accounts = labeledValues(lines, ACCOUNT_LABELS, parseIdentifier).filter(
    // A Letter ID printed under an "Account" heading is still the Letter ID.
    (a) => a.value.toUpperCase() !== fields.correspondenceId?.value,
  );
  fields.accountNumber = firstAgreed(accounts, 0.93, 'accountNumber', warnings);

  fields.noticeDate = noticeDateOf(lines, warnings);
  fields.taxType = taxTypeOf(lines, warnings);
  fields.kind = kindOf(lines, fields.taxType, accounts[0]?.line);
  const table = periodTableOf(lines);
  fields.taxPeriods = taxPeriodsOf(lines, table, warnings);
  fields.stated = statedOf(lines, table, warnings);
  fields.taxpayerName = taxpayerNameOf(lines, warnings);

  for (const name of INTAKE_FIELD_NAMES) if (fields[name] === undefined) delete fields[name];
  if (fields.taxType && !isOneOf(TAX_TYPES, fields.taxType.value)) delete fields.taxType;
  const missing: IntakeFieldName[] = INTAKE_FIELD_NAMES.filter((name) => fields[name] === undefined);
  return { fields, missing, warnings };
}
