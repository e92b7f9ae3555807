import { ClientKind, NOTICE_REASONS, NOTICE_STATUSES, NoticeReason, NoticeStatus, Role, TaxPeriod } from '@nutmeg/contracts';
import { addDays, assumedTaxDueDate, IsoDate, NoticeKind, TaxType } from '@nutmeg/domain';
import { SeededRandom } from './seeded-random';

/** What the generator needs to know of a client: who it is and whether it files as a business. */
export interface NoticeGeneratorClient {
  id: string;
  kind: ClientKind;
  ctAccountNumber: string | null;
}

export interface NoticeGeneratorUser {
  id: string;
  role: Role;
}

/** A notice as a practitioner would enter it at intake, plus where the firm's workflow has taken it. */
export interface GeneratedNotice {
  clientId: string;
  kind: NoticeKind;
  taxType: TaxType;
  taxPeriods: TaxPeriod[];
  noticeDate: IsoDate;
  receivedDate: IsoDate | null;
  taxDueDate: IsoDate;
  taxDueDateAssumed: boolean;
  accountNumber: string;
  correspondenceId: string;
  reason: NoticeReason | null;
  /** Exact 2-decimal strings, as printed on the notice: balanceDue = tax + penalty + interest − credits. */
  stated: { tax: string; penalty: string; interest: string; credits: string; balanceDue: string; asOf: IsoDate };
  assigneeId: string | null;
  status: NoticeStatus;
}

export interface NoticeGeneratorInput {
  clients: readonly NoticeGeneratorClient[];
  /** The firm's users; cases go to practitioners and managers, never to assistants. */
  users: readonly NoticeGeneratorUser[];
  count: number;
  /** The last day a notice can be dated; notices spread over the ~18 months before it. */
  asOf: IsoDate;
  seed: number;
  /** Only cases still being worked (no resolved or closed ones), e.g. for the sweep benchmark. */
  openOnly?: boolean;
}

type Weighted<T> = ReadonlyArray<readonly [T, number]>;

// Roughly a Connecticut practice's mix: balance-due letters first, enforcement notices less often.
const INDIVIDUAL_KINDS: Weighted<NoticeKind> = [
  ['individual_income_balance_due', 34],
  ['proposed_assessment', 12],
  ['r859_referral', 9],
  ['intent_to_offset', 10],
  ['installment_default', 5],
  ['lien_notice', 8],
  ['levy_notice', 7],
  ['wage_execution_notice', 8],
  ['collection_notice', 4],
  ['jeopardy_assessment', 1],
];
// A business has no wages to garnish and gets no individual income tax bill.
const BUSINESS_KINDS: Weighted<NoticeKind> = [
  ['business_tax_balance_due', 40],
  ['proposed_assessment', 14],
  ['r859_referral', 10],
  ['intent_to_offset', 5],
  ['installment_default', 6],
  ['lien_notice', 12],
  ['levy_notice', 13],
  ['collection_notice', 5],
  ['jeopardy_assessment', 2],
];
const INDIVIDUAL_TAXES: Weighted<TaxType> = [
  ['individual_income', 85],
  ['individual_use', 12],
  ['other', 3],
];
const BUSINESS_TAXES: Weighted<TaxType> = [
  ['sales', 40],
  ['business_withholding', 30],
  ['corporation', 18],
  ['business_use', 10],
  ['other', 2],
];

const INDIVIDUAL_REASONS: readonly NoticeReason[] = [
  'math_error',
  'underreported_wages',
  'missing_withholding',
  'unfiled_return',
  'filing_error',
  'late_or_rejected_efile',
  'audit_or_data_matching',
];
const BUSINESS_REASONS: readonly NoticeReason[] = [
  'business_tax_unpaid',
  'filing_error',
  'late_or_rejected_efile',
  'unfiled_return',
  'audit_or_data_matching',
];

// Recent notices are mostly still at intake; older ones have mostly been worked or closed.
const RECENT_STATUSES: Weighted<NoticeStatus> = [
  ['new', 30],
  ['triage', 25],
  ['verifying', 15],
  ['awaiting_documents', 10],
  ['response_in_progress', 12],
  ['awaiting_drs', 3],
  ['resolved', 2],
  ['closed_no_action', 3],
];
const OLDER_STATUSES: Weighted<NoticeStatus> = [
  ['new', 4],
  ['triage', 6],
  ['verifying', 8],
  ['awaiting_documents', 12],
  ['response_in_progress', 20],
  ['awaiting_drs', 15],
  ['resolved', 27],
  ['closed_no_action', 8],
];

const OPEN_STATUSES: ReadonlySet<NoticeStatus> = new Set(NOTICE_STATUSES.filter((status) => status !== 'resolved' && status !== 'closed_no_action'));

const NOTICE_WINDOW_DAYS = 548;
const RECENT_DAYS = 45;
// Odd and not a multiple of 5, so index → index × STRIDE is a bijection modulo 10^10: ids never repeat.
const CORRESPONDENCE_STRIDE = 7_919_317;
const CORRESPONDENCE_SPACE = 10_000_000_000;

/**
 * Realistic notice shapes for a client book, the same for the same input on every machine: every kind
 * and workflow status, tax types that fit the kind and the client, periods the tax was due for before
 * the notice, amounts as DRS states them, correspondence IDs unique within the firm. Yields one at a
 * time so a caller can write a million without holding them.
 */
export function* generateNotices(input: NoticeGeneratorInput): Generator<GeneratedNotice> {
  if (input.count > 0 && input.clients.length === 0)
    throw new Error('cannot generate notices for a firm without clients');
  // A stream of its own: the same seed must not replay the client generator's choices.
  const random = new SeededRandom(input.seed ^ 0x5eed_0c0d);
  const assignable = input.users.filter((user) => user.role === 'practitioner' || user.role === 'manager');
  const correspondenceOffset = random.int(0, 999_999_999);
  const accountNumbers = input.clients.map(
    (client) => client.ctAccountNumber ?? String(random.int(100_000_000, 999_999_999)),
  );
  for (let index = 0; index < input.count; index += 1) {
    const clientIndex = random.int(0, input.clients.length - 1);
    const client = input.clients[clientIndex];
    const business = client.kind === 'business';
    const kind = weighted(random, business ? BUSINESS_KINDS : INDIVIDUAL_KINDS);
    const taxType = taxTypeFor(random, kind, business);
    const daysAgo = random.int(0, NOTICE_WINDOW_DAYS);
    const noticeDate = addDays(input.asOf, -daysAgo);
    const taxPeriods = periodsBefore(random, taxType, noticeDate);
    const taxDueDate = assumedTaxDueDate({ taxType, periods: taxPeriods, noticeDate }).dueDate;
    const receivedDate = random.chance(0.08) ? null : minDate(addDays(noticeDate, random.int(2, 9)), input.asOf);
    const statuses = daysAgo <= RECENT_DAYS ? RECENT_STATUSES : OLDER_STATUSES;
    const status = weighted(random, input.openOnly ? statuses.filter(([choice]) => OPEN_STATUSES.has(choice)) : statuses);
    yield {
      clientId: client.id,
      kind,
      taxType,
      taxPeriods,
      noticeDate,
      receivedDate,
      taxDueDate,
      // Most notices print the period but not the return's due date, so intake assumes it.
      taxDueDateAssumed: random.chance(0.6),
      accountNumber: accountNumbers[clientIndex],
      correspondenceId: `L${String((correspondenceOffset + index * CORRESPONDENCE_STRIDE) % CORRESPONDENCE_SPACE).padStart(10, '0')}`,
      reason: reasonFor(random, kind, business),
      stated: statedAmounts(random, taxDueDate, noticeDate),
      assigneeId: assigneeFor(random, status, assignable),
      status,
    };
  }
}

function weighted<T>(random: SeededRandom, choices: Weighted<T>): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let ticket = random.next() * total;
  for (const [choice, weight] of choices) {
    ticket -= weight;
    if (ticket < 0) return choice;
  }
  return choices[choices.length - 1][0];
}

function taxTypeFor(random: SeededRandom, kind: NoticeKind, business: boolean): TaxType {
  if (kind === 'individual_income_balance_due' || kind === 'wage_execution_notice') return 'individual_income';
  if (kind === 'business_tax_balance_due')
    return weighted(
      random,
      BUSINESS_TAXES.filter(([taxType]) => taxType !== 'other'),
    );
  return weighted(random, business ? BUSINESS_TAXES : INDIVIDUAL_TAXES);
}

/**
 * One to three consecutive periods whose returns were due before the notice: years for income and
 * corporation tax, quarters for withholding, months or quarters for sales and use tax.
 */
function periodsBefore(random: SeededRandom, taxType: TaxType, noticeDate: IsoDate): TaxPeriod[] {
  const span = random.chance(0.8) ? 1 : random.int(2, 3);
  const year = Number(noticeDate.slice(0, 4));
  const month = Number(noticeDate.slice(5, 7));
  const monthly = (taxType === 'sales' || taxType === 'business_use') && random.chance(0.4);
  const quarterly =
    taxType === 'business_withholding' || ((taxType === 'sales' || taxType === 'business_use') && !monthly);
  if (monthly) {
    // Two or more months back: the month after the period (its due month) has ended before the notice.
    const last = year * 12 + (month - 1) - random.int(2, 18);
    return Array.from({ length: span }, (_, n) => last - span + 1 + n).map((at) => ({
      year: Math.floor(at / 12),
      month: (at % 12) + 1,
    }));
  }
  if (quarterly) {
    const last = year * 4 + Math.floor((month - 1) / 3) - random.int(2, 8);
    return Array.from({ length: span }, (_, n) => last - span + 1 + n).map((at) => ({
      year: Math.floor(at / 4),
      quarter: ((at % 4) + 1) as 1 | 2 | 3 | 4,
    }));
  }
  // Annual returns are due in April (individual) or May (corporation) of the next year.
  const dueMonthDay = taxType === 'corporation' ? '05-15' : '04-15';
  let lastYear = year - 1 - (random.chance(0.7) ? 0 : random.int(1, 2));
  if (`${lastYear + 1}-${dueMonthDay}` >= noticeDate) lastYear -= 1;
  return Array.from({ length: span }, (_, n) => ({ year: lastYear - span + 1 + n }));
}

/**
 * Tax from $50 to $40,000 (spread evenly on a log scale, as real balances are), the late-payment penalty
 * at 10%, interest at 1% a month or part of a month from the due date to the notice, and now and then a
 * credit (a payment or withholding already applied). Whole cents throughout, so every string is exact.
 */
function statedAmounts(random: SeededRandom, taxDueDate: IsoDate, noticeDate: IsoDate): GeneratedNotice['stated'] {
  const tax = Math.round(Math.exp(Math.log(5_000) + random.next() * (Math.log(4_000_000) - Math.log(5_000))));
  const penalty = Math.round(tax / 10);
  const interest = Math.round((tax * monthsLate(taxDueDate, noticeDate)) / 100);
  const credits = random.chance(0.2) ? random.int(10, Math.floor(tax / 200)) * 100 : 0;
  return {
    tax: cents(tax),
    penalty: cents(penalty),
    interest: cents(interest),
    credits: cents(credits),
    balanceDue: cents(tax + penalty + interest - credits),
    asOf: noticeDate,
  };
}

/** Months or parts of a month from the due date to the day, as DRS counts interest. */
function monthsLate(dueDate: IsoDate, day: IsoDate): number {
  if (day <= dueDate) return 0;
  const whole =
    (Number(day.slice(0, 4)) - Number(dueDate.slice(0, 4))) * 12 +
    Number(day.slice(5, 7)) -
    Number(dueDate.slice(5, 7));
  return Number(day.slice(8, 10)) > Number(dueDate.slice(8, 10)) ? whole + 1 : whole;
}

function cents(amount: number): string {
  return `${Math.floor(amount / 100)}.${String(amount % 100).padStart(2, '0')}`;
}

/** A reason that fits the kind of notice and of taxpayer (none for one notice in ten, as many notices say none). */
export function reasonFor(random: SeededRandom, kind: NoticeKind, business: boolean): NoticeReason | null {
  if (random.chance(0.1)) return null;
  if (kind === 'lien_notice' && random.chance(0.4)) return 'property_related';
  if (kind === 'proposed_assessment' && random.chance(0.5)) return 'audit_or_data_matching';
  if (kind === 'r859_referral' || kind === 'levy_notice') return random.pick(NOTICE_REASONS);
  return random.pick(business ? BUSINESS_REASONS : INDIVIDUAL_REASONS);
}

/** New cases mostly wait for a manager to hand them out; cases being worked always have someone. */
function assigneeFor(
  random: SeededRandom,
  status: NoticeStatus,
  assignable: readonly NoticeGeneratorUser[],
): string | null {
  if (assignable.length === 0) return null;
  const unassigned = status === 'new' ? 0.7 : status === 'triage' ? 0.4 : 0;
  return random.chance(unassigned) ? null : random.pick(assignable).id;
}

function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}
