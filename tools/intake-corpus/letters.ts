import type { NoticeKind, TaxType } from '@nutmeg/domain';

/**
 * The corpus: what each generated DRS-style letter prints. The letters are fictional (names, numbers and
 * amounts are made up) but follow the layout of real Connecticut DRS correspondence, so the intake parser
 * meets the same variety it will meet on paper: several date formats, reference boxes beside or above the
 * address, per-period tables, coupons repeating the Letter ID and amount, and distracting dates in the body.
 */

export type DateStyle = 'long' | 'numeric';
/** How a period is printed: "Q1 2024", "01/01/2024 - 03/31/2024", "March 2024", "03/2024", "Tax Year 2023". */
export type PeriodStyle = 'quarter' | 'range' | 'month-name' | 'month-numeric' | 'year' | 'tax-year';
/**
 * Where the reference box goes: beside the address (a two-column band), below it (stacked), or as one
 * table whose header row holds the labels and whose second row holds the values.
 */
export type ReferenceLayout = 'beside' | 'stacked' | 'header-row';
/** The amounts: a summary box of totals, a per-period table with a Total row, or both. */
export type AmountsLayout = 'summary' | 'period-table' | 'both';

export interface CorpusPeriod {
  year: number;
  quarter?: 1 | 2 | 3 | 4;
  month?: number;
  /** Amounts in cents, so totals are exact. */
  tax: number;
  penalty: number;
  interest: number;
  /** The period's original due date (ISO). */
  dueDate: string;
}

export interface CorpusLetter {
  /** File stem of the PDF. */
  id: string;
  title: string;
  /** A form code printed beside the title and in the footer, e.g. "R-859". */
  formCode?: string;
  kind: NoticeKind;
  taxType: TaxType;
  /** The tax type as the letter words it. */
  taxTypeLabel: string;
  taxpayer: { name: string; address: string[] };
  noticeDate: string;
  dateStyle: DateStyle;
  /** Label used for the notice date in the reference box. */
  noticeDateLabel: string;
  letterId: string;
  accountLabel: string;
  accountNumber: string;
  periods: CorpusPeriod[];
  periodStyle: PeriodStyle;
  referenceLayout: ReferenceLayout;
  amountsLayout: AmountsLayout;
  /** Payments and credits already applied, in cents; undefined prints no credits row. */
  credits?: number;
  /** The date the balance is computed as of, when the letter prints one. */
  asOf?: string;
  /** "Amount due if paid by" date and the amount (cents) with interest to that date. */
  payBy: { date: string; extraInterest: number };
  /** Body paragraphs; `{date:...}` placeholders are not used: the text is final. */
  body: string[];
  coupon: boolean;
  /** Extra paragraphs that push the coupon onto a second page. */
  longForm?: boolean;
}

const HARTFORD = ['25 Asylum Hill Rd', 'West Hartford CT 06107'];

export const LETTERS: CorpusLetter[] = [
  {
    id: 'L01-tax-due-income',
    title: 'Notice of Tax Due',
    kind: 'individual_income_balance_due',
    taxType: 'individual_income',
    taxTypeLabel: 'Connecticut Income Tax (Form CT-1040)',
    taxpayer: { name: 'Margaret A. Kowalski', address: ['118 Maple Ave', 'Wethersfield CT 06109'] },
    noticeDate: '2026-11-27',
    dateStyle: 'long',
    noticeDateLabel: 'Notice Date',
    letterId: 'L1836502947',
    accountLabel: 'Account Number',
    accountNumber: '0047719853',
    periods: [{ year: 2023, tax: 184250, penalty: 18425, interest: 33165, dueDate: '2024-04-15' }],
    periodStyle: 'tax-year',
    referenceLayout: 'beside',
    amountsLayout: 'summary',
    credits: 50000,
    asOf: '2026-11-27',
    payBy: { date: '2026-12-27', extraInterest: 1842 },
    body: [
      'Our records show that the Connecticut income tax you reported for the tax year shown above has not been paid in full. Interest continues to accrue at 1% per month or fraction of a month until the balance is paid.',
      'If you have already paid this balance, please disregard this notice. If you believe this notice is in error, call us at 860-297-5962 before December 27, 2026.',
    ],
    coupon: true,
  },
  {
    id: 'L02-tax-due-withholding-quarters',
    title: 'Notice of Tax Due',
    kind: 'business_tax_balance_due',
    taxType: 'business_withholding',
    taxTypeLabel: 'Withholding Tax (Form CT-941)',
    taxpayer: { name: 'Riverbend Hardware LLC', address: ['402 Main St', 'Middletown CT 06457'] },
    noticeDate: '2026-10-14',
    dateStyle: 'numeric',
    noticeDateLabel: 'Date',
    letterId: 'L2209471166',
    accountLabel: 'CT Tax Registration Number',
    accountNumber: '6102938-001',
    periods: [
      { year: 2024, quarter: 1, tax: 412000, penalty: 41200, interest: 123600, dueDate: '2024-04-30' },
      { year: 2024, quarter: 2, tax: 389075, penalty: 38908, interest: 105050, dueDate: '2024-07-31' },
    ],
    periodStyle: 'quarter',
    referenceLayout: 'beside',
    amountsLayout: 'both',
    credits: 0,
    payBy: { date: '2026-11-13', extraInterest: 8011 },
    body: [
      'Withholding tax reported on your quarterly returns for the periods below remains unpaid. Amounts withheld from employees are held in trust for the State of Connecticut; responsible persons may be held personally liable.',
    ],
    coupon: true,
  },
  {
    id: 'L03-r859-referral-income',
    title: 'Notice of Referral to Private Collection Agency',
    formCode: 'R-859',
    kind: 'r859_referral',
    taxType: 'individual_income',
    taxTypeLabel: 'Individual Income Tax',
    taxpayer: { name: 'Daniel J. Ferreira', address: ['77 Elm St Apt 3B', 'New Haven CT 06511'] },
    noticeDate: '2026-09-03',
    dateStyle: 'long',
    noticeDateLabel: 'Date of Notice',
    letterId: 'L0092716354',
    accountLabel: 'Account No.',
    accountNumber: '3318845502',
    periods: [
      { year: 2021, tax: 96000, penalty: 9600, interest: 54720, dueDate: '2022-04-18' },
      { year: 2022, tax: 143511, penalty: 14351, interest: 56000, dueDate: '2023-04-18' },
    ],
    periodStyle: 'year',
    referenceLayout: 'beside',
    amountsLayout: 'period-table',
    credits: 25000,
    payBy: { date: '2026-10-03', extraInterest: 2395 },
    body: [
      'This notice is to inform you that your outstanding Connecticut tax liability will be referred to a private collection agency under Conn. Gen. Stat. Section 12-35d if it is not paid or resolved within 30 days of the date of this notice.',
      'To avoid referral, pay the balance in full or contact DRS to arrange a payment plan by October 3, 2026.',
    ],
    coupon: true,
  },
  {
    id: 'L04-proposed-assessment-sales-months',
    title: 'Notice of Proposed Assessment',
    kind: 'proposed_assessment',
    taxType: 'sales',
    taxTypeLabel: 'Sales and Use Taxes',
    taxpayer: { name: 'Harbor Light Cafe Inc.', address: ['15 Water St', 'Mystic CT 06355'] },
    noticeDate: '2026-08-19',
    dateStyle: 'long',
    noticeDateLabel: 'Notice Date',
    letterId: 'L3710228490',
    accountLabel: 'CT Tax Registration Number',
    accountNumber: '7734120-002',
    periods: [
      { year: 2024, month: 3, tax: 215630, penalty: 32345, interest: 58220, dueDate: '2024-04-30' },
      { year: 2024, month: 4, tax: 198840, penalty: 29826, interest: 51698, dueDate: '2024-05-31' },
      { year: 2024, month: 5, tax: 224110, penalty: 33617, interest: 56027, dueDate: '2024-06-30' },
    ],
    periodStyle: 'month-name',
    referenceLayout: 'stacked',
    amountsLayout: 'both',
    asOf: '2026-08-31',
    payBy: { date: '2026-10-18', extraInterest: 12771 },
    body: [
      'As a result of an audit of your sales and use tax returns, the Department proposes to assess the additional tax, penalty and interest shown below.',
      'If you disagree, you may file a written protest within 60 days of the date of this notice, on or before October 18, 2026, using Form AU-966, Protest Form.',
    ],
    coupon: false,
  },
  {
    id: 'L05-intent-to-offset-individual-use',
    title: 'Notice of Intent to Offset',
    kind: 'intent_to_offset',
    taxType: 'individual_use',
    taxTypeLabel: 'Individual Use Tax (Form OP-186)',
    taxpayer: { name: 'Priya Raman', address: ['9 Orchard Ln', 'Glastonbury CT 06033'] },
    noticeDate: '2026-07-08',
    dateStyle: 'numeric',
    noticeDateLabel: 'Notice Date',
    letterId: 'L4401937725',
    accountLabel: 'Account Number',
    accountNumber: '5521907764',
    periods: [{ year: 2022, tax: 61275, penalty: 6128, interest: 33088, dueDate: '2023-04-18' }],
    periodStyle: 'year',
    referenceLayout: 'stacked',
    amountsLayout: 'summary',
    credits: 0,
    payBy: { date: '2026-08-07', extraInterest: 613 },
    body: [
      'Connecticut law allows DRS to apply (offset) refunds and other payments due to you from the State of Connecticut or the federal government against the tax you owe.',
      'Unless you pay the balance or request a hearing within 30 days of this notice, DRS intends to offset any refund issued to you on or after 08/07/2026.',
    ],
    coupon: true,
  },
  {
    id: 'L06-installment-default-corporation',
    title: 'Notice of Installment Agreement Default',
    kind: 'installment_default',
    taxType: 'corporation',
    taxTypeLabel: 'Corporation Business Tax (Form CT-1120)',
    taxpayer: { name: 'Nutmeg Precision Tool Co.', address: ['1200 Industrial Park Rd', 'Bristol CT 06010'] },
    noticeDate: '2026-06-22',
    dateStyle: 'long',
    noticeDateLabel: 'Notice Date',
    letterId: 'L5560188312',
    accountLabel: 'CT Tax Registration Number',
    accountNumber: '4402176-000',
    periods: [{ year: 2022, tax: 1250000, penalty: 125000, interest: 412500, dueDate: '2023-05-15' }],
    periodStyle: 'tax-year',
    referenceLayout: 'header-row',
    amountsLayout: 'summary',
    credits: 600000,
    asOf: '2026-06-22',
    payBy: { date: '2026-07-07', extraInterest: 11875 },
    body: [
      'You have not made the installment payment that was due on June 1, 2026 under your installment payment agreement. Your agreement is now in default and the entire unpaid balance is due immediately.',
      'To reinstate the agreement, pay the missed installment and the current installment by July 7, 2026.',
    ],
    coupon: true,
  },
  {
    id: 'L07-tax-lien-business-use',
    title: 'Notice of Tax Lien',
    kind: 'lien_notice',
    taxType: 'business_use',
    taxTypeLabel: 'Business Use Tax',
    taxpayer: { name: 'Coastal Dental Group PC', address: ['300 Boston Post Rd Suite 210', 'Orange CT 06477'] },
    noticeDate: '2026-05-11',
    dateStyle: 'long',
    noticeDateLabel: 'Notice Date',
    letterId: 'L6672019034',
    accountLabel: 'Registration No.',
    accountNumber: '8810342-004',
    periods: [{ year: 2023, quarter: 3, tax: 278900, penalty: 41835, interest: 92037, dueDate: '2023-10-31' }],
    periodStyle: 'range',
    referenceLayout: 'beside',
    amountsLayout: 'summary',
    credits: 100000,
    payBy: { date: '2026-06-10', extraInterest: 2789 },
    body: [
      'A tax lien has been recorded against your real and personal property in Connecticut for the unpaid tax shown below. The lien was filed with the Secretary of the State on May 4, 2026 and will remain until the balance is paid in full.',
    ],
    coupon: true,
  },
  {
    id: 'L08-levy-sales-quarters',
    title: 'Notice of Levy',
    kind: 'levy_notice',
    taxType: 'sales',
    taxTypeLabel: 'Sales and Use Tax',
    taxpayer: { name: 'Quinnipiac Auto Body LLC', address: ['88 Dixwell Ave', 'Hamden CT 06514'] },
    noticeDate: '2026-04-02',
    dateStyle: 'numeric',
    noticeDateLabel: 'Notice Date',
    letterId: 'L-2026-004417',
    accountLabel: 'CT Tax Registration Number',
    accountNumber: '2290417-003',
    periods: [
      { year: 2023, quarter: 4, tax: 318250, penalty: 47738, interest: 85928, dueDate: '2024-01-31' },
      { year: 2024, quarter: 1, tax: 287600, penalty: 43140, interest: 69024, dueDate: '2024-04-30' },
    ],
    periodStyle: 'range',
    referenceLayout: 'stacked',
    amountsLayout: 'period-table',
    credits: 150000,
    asOf: '2026-04-02',
    payBy: { date: '2026-04-17', extraInterest: 3012 },
    body: [
      'Because the tax shown below remains unpaid, DRS has issued a levy to your bank and other holders of your property. Funds held on or after 04/17/2026 may be turned over to the Commissioner of Revenue Services.',
    ],
    coupon: true,
  },
  {
    id: 'L09-wage-execution-income',
    title: 'Wage Execution',
    kind: 'wage_execution_notice',
    taxType: 'individual_income',
    taxTypeLabel: 'Connecticut Income Tax',
    taxpayer: { name: 'Thomas R. Gallagher', address: ['46 Prospect St', 'Torrington CT 06790'] },
    noticeDate: '2026-03-16',
    dateStyle: 'long',
    noticeDateLabel: 'Notice Date',
    letterId: 'L7781033519',
    accountLabel: 'Account Number',
    accountNumber: '1190382274',
    periods: [{ year: 2020, tax: 227400, penalty: 22740, interest: 181920, dueDate: '2021-05-17' }],
    periodStyle: 'year',
    referenceLayout: 'beside',
    amountsLayout: 'summary',
    credits: 30000,
    payBy: { date: '2026-04-15', extraInterest: 2274 },
    body: [
      'A wage execution has been served on your employer under Conn. Gen. Stat. Section 12-35. Your employer must withhold up to 25% of your disposable earnings each pay period beginning April 15, 2026 until the balance shown below is paid.',
    ],
    coupon: true,
    longForm: true,
  },
  {
    id: 'L10-jeopardy-withholding-months',
    title: 'Jeopardy Assessment',
    kind: 'jeopardy_assessment',
    taxType: 'business_withholding',
    taxTypeLabel: 'Connecticut Withholding Tax',
    taxpayer: { name: 'Elm City Staffing Inc.', address: ['900 Chapel St Fl 4', 'New Haven CT 06510'] },
    noticeDate: '2026-02-05',
    dateStyle: 'long',
    noticeDateLabel: 'Notice Date',
    letterId: 'L8812045577',
    accountLabel: 'CT Tax Registration Number',
    accountNumber: '5519023-001',
    periods: [
      { year: 2025, month: 1, tax: 842300, penalty: 84230, interest: 101076, dueDate: '2025-02-15' },
      { year: 2025, month: 2, tax: 799150, penalty: 79915, interest: 87907, dueDate: '2025-03-15' },
    ],
    periodStyle: 'month-numeric',
    referenceLayout: 'beside',
    amountsLayout: 'both',
    credits: 0,
    payBy: { date: '2026-02-15', extraInterest: 16415 },
    body: [
      'The Commissioner has found that collection of the tax shown below is in jeopardy and has made a jeopardy assessment under Conn. Gen. Stat. Section 12-41. The assessment is due and payable immediately.',
    ],
    coupon: true,
  },
  {
    id: 'L11-collection-corporation-years',
    title: 'Collection Notice',
    kind: 'collection_notice',
    taxType: 'corporation',
    taxTypeLabel: 'Corporation Business Tax',
    taxpayer: { name: 'Greenwich Harbor Advisors Inc.', address: ['2 Sound View Dr', 'Greenwich CT 06830'] },
    noticeDate: '2026-01-20',
    dateStyle: 'numeric',
    noticeDateLabel: 'Notice Date',
    letterId: 'L9903127760',
    accountLabel: 'CT Tax Registration Number',
    accountNumber: '3067712-000',
    periods: [
      { year: 2021, tax: 510000, penalty: 51000, interest: 275400, dueDate: '2021-05-17' },
      { year: 2022, tax: 472500, penalty: 47250, interest: 198450, dueDate: '2022-05-16' },
    ],
    periodStyle: 'tax-year',
    referenceLayout: 'beside',
    amountsLayout: 'both',
    credits: 200000,
    payBy: { date: '2026-02-19', extraInterest: 9825 },
    body: [
      'Our records show an unpaid balance on your corporation business tax account. If you do not pay or contact us by 02/19/2026, DRS may take further collection action, which can include a tax lien, a bank levy or referral to a collection agency.',
    ],
    coupon: true,
  },
  {
    id: 'L12-tax-due-sales-quarter',
    title: 'Notice of Tax Due',
    kind: 'business_tax_balance_due',
    taxType: 'sales',
    taxTypeLabel: 'Sales Tax',
    taxpayer: { name: 'Litchfield Hills Outfitters', address: ['31 West St', 'Litchfield CT 06759'] },
    noticeDate: '2026-09-29',
    dateStyle: 'numeric',
    noticeDateLabel: 'Notice Date',
    letterId: 'L1029384756',
    accountLabel: 'CT Tax Registration Number',
    accountNumber: '9012345-002',
    periods: [{ year: 2025, quarter: 2, tax: 163480, penalty: 24522, interest: 24522, dueDate: '2025-07-31' }],
    periodStyle: 'quarter',
    referenceLayout: 'header-row',
    amountsLayout: 'summary',
    payBy: { date: '2026-10-29', extraInterest: 1635 },
    body: [
      'The sales tax reported on your return for the period shown was not paid by the due date. Pay the amount due online through myconnect at portal.ct.gov/DRS-myconnect to avoid additional interest.',
    ],
    coupon: true,
  },
  {
    id: 'L13-tax-due-income-two-pages',
    title: 'Notice of Tax Due',
    kind: 'individual_income_balance_due',
    taxType: 'individual_income',
    taxTypeLabel: 'Connecticut Income Tax',
    taxpayer: { name: 'Robert & Linda Chen', address: HARTFORD },
    noticeDate: '2026-12-01',
    dateStyle: 'long',
    noticeDateLabel: 'Notice Date',
    letterId: 'L2143658709',
    accountLabel: 'Account Number',
    accountNumber: '7756120038',
    periods: [{ year: 2024, tax: 71200, penalty: 7120, interest: 12816, dueDate: '2025-04-15' }],
    periodStyle: 'year',
    referenceLayout: 'header-row',
    amountsLayout: 'summary',
    credits: 20000,
    asOf: '2026-11-30',
    payBy: { date: '2026-12-31', extraInterest: 712 },
    body: [
      'We adjusted your 2024 Connecticut income tax return because the Connecticut income tax withheld that you claimed does not match the amounts your employers reported to us on Forms W-2.',
    ],
    coupon: true,
    longForm: true,
  },
  {
    id: 'L14-proposed-assessment-corporation',
    title: 'Notice of Proposed Assessment',
    kind: 'proposed_assessment',
    taxType: 'corporation',
    taxTypeLabel: 'Corporation Business Tax (Form CT-1120)',
    taxpayer: { name: 'Shoreline Logistics Corp.', address: ['PO Box 1187', 'Old Saybrook CT 06475'] },
    noticeDate: '2026-10-30',
    dateStyle: 'long',
    noticeDateLabel: 'Notice Date',
    letterId: 'L3254769801',
    accountLabel: 'CT Tax Registration Number',
    accountNumber: '1187762-000',
    periods: [{ year: 2023, tax: 934700, penalty: 93470, interest: 308451, dueDate: '2024-05-15' }],
    periodStyle: 'year',
    referenceLayout: 'beside',
    amountsLayout: 'summary',
    credits: 150000,
    asOf: '2026-10-31',
    payBy: { date: '2026-12-29', extraInterest: 18694 },
    body: [
      'After examining your corporation business tax return for the income year shown, DRS proposes the deficiency assessment below. You may file a written protest on or before December 29, 2026 (60 days from the date of this notice).',
    ],
    coupon: false,
  },
  {
    id: 'L15-intent-to-offset-income',
    title: 'Notice of Intent to Offset',
    kind: 'intent_to_offset',
    taxType: 'individual_income',
    taxTypeLabel: 'Connecticut Income Tax',
    taxpayer: { name: 'Keisha M. Williams', address: ['560 Farmington Ave Unit 12', 'Hartford CT 06105'] },
    noticeDate: '2026-03-04',
    dateStyle: 'long',
    noticeDateLabel: 'Notice Date',
    letterId: 'L4365870912',
    accountLabel: 'Account Number',
    accountNumber: '2209987711',
    periods: [
      { year: 2019, tax: 38800, penalty: 3880, interest: 32980, dueDate: '2020-07-15' },
      { year: 2021, tax: 52325, penalty: 5233, interest: 27209, dueDate: '2022-04-18' },
    ],
    periodStyle: 'tax-year',
    referenceLayout: 'beside',
    amountsLayout: 'both',
    credits: 0,
    payBy: { date: '2026-04-03', extraInterest: 911 },
    body: [
      'Your federal tax refund or other State of Connecticut payment may be reduced (offset) to pay the balance below. The offset can occur on or after April 3, 2026 unless you pay in full or contact DRS.',
    ],
    coupon: true,
  },
  {
    id: 'L16-collection-business-use-months',
    title: 'Collection Notice',
    kind: 'collection_notice',
    taxType: 'business_use',
    taxTypeLabel: 'Business Use Tax',
    taxpayer: { name: 'Housatonic Print Works LLC', address: ['14 Railroad St', 'New Milford CT 06776'] },
    noticeDate: '2026-11-09',
    dateStyle: 'long',
    noticeDateLabel: 'Notice Date',
    letterId: 'L5476981023',
    accountLabel: 'CT Tax Registration Number',
    accountNumber: '6650198-005',
    periods: [
      { year: 2025, month: 7, tax: 41250, penalty: 6188, interest: 6600, dueDate: '2025-08-31' },
      { year: 2025, month: 8, tax: 38900, penalty: 5835, interest: 5835, dueDate: '2025-09-30' },
      { year: 2025, month: 9, tax: 44175, penalty: 6626, interest: 6184, dueDate: '2025-10-31' },
    ],
    periodStyle: 'range',
    referenceLayout: 'stacked',
    amountsLayout: 'period-table',
    credits: 10000,
    payBy: { date: '2026-12-09', extraInterest: 1243 },
    body: [
      'Business use tax is due on taxable goods and services purchased for use in Connecticut without payment of sales tax. The balance below remains unpaid after our earlier notice dated September 8, 2026.',
    ],
    coupon: true,
  },
];
