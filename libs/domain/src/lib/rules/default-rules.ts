import type { NoticeKind, TaxType } from '../vocabulary/vocabulary';
import { deepFreeze } from './deep-freeze';
import type { Citation, DeadlineRule, NoticeKindRules, ReturnDueDateValue, RuleTables, TaxTypeRules } from './rule-types';

/*
 * The Connecticut rules Nutmeg applies, as data. Every row carries its citation; where sources disagree the
 * row says so in `conflict` and states the choice. docs/rules.md explains each row for practitioners.
 * Firms change values through `effectiveRules(overrides)`, never by editing this file.
 */

const cga = (chapter: string, section: string): string =>
  `https://www.cga.ct.gov/current/pub/chap_${chapter}.htm#sec_${section}`;

const SEED: Citation = {
  source: 'seed',
  reference: 'Connecticut balance-due notice guide (seed text the product was specified from)',
};

/** Chapter 229 (income tax, withholding): the income-tax regulation's own definition of a month. */
const CHAPTER_229_MONTHS = {
  value: { method: 'part_month_counts_as_whole', countFrom: 'day_after_due_date', dueOnLastDayOfMonth: 'last_day_of_each_month' },
  citation: {
    source: 'regulation',
    reference: 'Conn. Agencies Regs. §12-701(b)-1(a)(11) ("month or fraction thereof")',
    url: 'https://www.law.cornell.edu/regulations/connecticut/Regs-Conn-State-Agencies-SS-12-701-b-1',
  },
  note:
    'A month runs from the day after the due date to the same day of the next month (April 16 – May 15); a due date on the last day of a month makes each month end on the last day of the next (April 30 → May 31, June 30). Any part of a month counts as a whole month. Paid on or before the due date: 0 months.',
} as const;

/**
 * Chapters 219 (sales and use) and 208 (corporation): "month or fraction thereof" in §12-419 and §12-229,
 * with no regulation defining it, so §1-1's calendar month.
 */
const CALENDAR_MONTHS = {
  value: { method: 'part_month_counts_as_whole', countFrom: 'day_after_due_date', dueOnLastDayOfMonth: 'same_day_clamped' },
  citation: {
    source: 'statute',
    reference: 'Conn. Gen. Stat. §1-1 ("month" means a calendar month), for "month or fraction thereof" in the chapter',
    url: 'https://www.cga.ct.gov/current/pub/chap_001.htm#sec_1-1',
  },
  note:
    'A month runs from the day after the due date to the same day of the next month, clamped to the end of a shorter month; any part of a month counts as a whole month. Paid on or before the due date: 0 months.',
  conflict:
    'The income-tax regulation (§12-701(b)-1(a)(11)) ends each month on a month\'s last day when the tax is due on a last day; it governs chapter 229 only, and no rule for these chapters says the same. Counting from the same day number (April 30 → May 30) can count one month more, never fewer, so Nutmeg never shows less interest than DRS could charge; set dueOnLastDayOfMonth to last_day_of_each_month to follow the regulation here too.',
} as const;
const INTEREST_NEVER_WAIVED = {
  value: false,
  citation: { source: 'seed', reference: SEED.reference },
  note: 'Seed: interest "cannot be waived under any circumstances". The waiver statutes (§12-3a and each chapter) cover penalties only.',
} as const;

function taxTypeRules(
  taxType: TaxType,
  rows: {
    label: string;
    penalty: { rate: string; minimum: string | null; citation: Citation; note?: string; conflict?: string };
    months: typeof CHAPTER_229_MONTHS | typeof CALENDAR_MONTHS;
    interestCitation: Citation;
    waiverCitation: Citation;
    irsHolidays: { value: boolean; citation: Citation; note?: string; conflict?: string };
    returnDue: { value: ReturnDueDateValue; citation: Citation; note: string };
  },
): TaxTypeRules {
  const id = (name: string): string => `tax.${taxType}.${name}`;
  return {
    label: rows.label,
    latePaymentPenalty: {
      id: id('late_payment_penalty'),
      value: { rate: rows.penalty.rate, minimum: rows.penalty.minimum },
      citation: rows.penalty.citation,
      ...(rows.penalty.note ? { note: rows.penalty.note } : {}),
      ...(rows.penalty.conflict ? { conflict: rows.penalty.conflict } : {}),
    },
    interest: {
      id: id('interest'),
      value: { ratePerMonth: '0.01' },
      citation: rows.interestCitation,
      note: 'Simple interest on the unpaid tax only (never on penalty or interest), from the due date to the date of payment.',
    },
    monthCounting: { id: id('month_counting'), ...rows.months },
    penaltyWaivable: {
      id: id('penalty_waivable'),
      value: true,
      citation: rows.waiverCitation,
      note: 'Waivable for reasonable cause, not intentional or due to neglect (Form DRS-PW).',
    },
    interestWaivable: { id: id('interest_waivable'), ...INTEREST_NEVER_WAIVED },
    irsHolidaysCount: {
      id: id('irs_holidays_count'),
      value: rows.irsHolidays.value,
      citation: rows.irsHolidays.citation,
      ...(rows.irsHolidays.note ? { note: rows.irsHolidays.note } : {}),
      ...(rows.irsHolidays.conflict ? { conflict: rows.irsHolidays.conflict } : {}),
    },
    returnDueDate: { id: id('return_due_date'), ...rows.returnDue },
  };
}

const lastDay = (monthsAfterPeriodEnd: number) => ({ monthsAfterPeriodEnd, day: 'last' as const });
const onDay = (monthsAfterPeriodEnd: number, day: number) => ({ monthsAfterPeriodEnd, day });

/** Annual returns due April 15 (the 15th day of the fourth month after the year); shorter periods as business taxes. */
const APRIL_15 = { annual: onDay(4, 15), quarterly: lastDay(1), monthly: lastDay(1) };

/** Sales and use tax (§12-414): the last day of the month after the period; annual filers January 31. */
const SALES_AND_USE_DUE = {
  value: { annual: lastDay(1), quarterly: lastDay(1), monthly: lastDay(1) },
  citation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-414(a) (return and tax due the last day of the month after the period)', url: cga('219', '12-414') },
  note: 'Monthly, quarterly and annual filers alike: the last day of the month after the period ends (annual: January 31).',
} as const;

const CT_HOLIDAYS_ONLY: Citation = {
  source: 'statute',
  reference: 'Conn. Gen. Stat. §12-39a(a)',
  url: cga('202', '12-39a'),
};

const TAX_TYPES_TABLE: Record<TaxType, TaxTypeRules> = {
  individual_income: taxTypeRules('individual_income', {
    label: 'Individual income tax',
    penalty: {
      rate: '0.10',
      minimum: null,
      citation: {
        source: 'regulation',
        reference: 'Conn. Agencies Regs. §12-735(a)-1(a)(1); Conn. Gen. Stat. §12-735(a)',
        url: 'https://www.law.cornell.edu/regulations/connecticut/Regs-Conn-State-Agencies-SS-12-735-a-1',
      },
      note: 'No minimum: the $50 in §12-735(b) applies to a return DRS makes for a non-filer (late filing), not to late payment.',
    },
    months: CHAPTER_229_MONTHS,
    returnDue: {
      value: APRIL_15,
      citation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-719(a) (return and tax due the fifteenth day of the fourth month after the taxable year)', url: cga('229', '12-719') },
      note: 'A calendar-year return is due April 15 of the next year; an extension of time to file does not move the payment date.',
    },
    interestCitation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-735(a)', url: cga('229', '12-735') },
    waiverCitation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-735(c), §12-3a', url: cga('229', '12-735') },
    irsHolidays: {
      value: true,
      citation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-39a(b)(1) (chapter 229)', url: cga('202', '12-39a') },
    },
  }),
  individual_use: taxTypeRules('individual_use', {
    label: 'Individual use tax',
    penalty: {
      rate: '0.10',
      minimum: null,
      citation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-419(b)', url: cga('219', '12-419') },
      note: 'Individuals buying for personal use: 10% with no minimum, unlike the 15%-or-$50 of §12-419(a).',
    },
    months: CALENDAR_MONTHS,
    returnDue: {
      value: APRIL_15,
      citation: { source: 'drs', reference: 'DRS: individual use tax is reported on the income tax return (Form CT-1040), due April 15 of the next year; Conn. Gen. Stat. §12-719(a)', url: cga('229', '12-719') },
      note: 'Reported and paid with the income tax return for the year of purchase.',
    },
    interestCitation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-419(b)', url: cga('219', '12-419') },
    waiverCitation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-419(c), §12-3a', url: cga('219', '12-419') },
    irsHolidays: {
      value: true,
      citation: {
        source: 'statute',
        reference: 'Conn. Gen. Stat. §12-39a(b)(2) (individual use tax)',
        url: cga('202', '12-39a'),
      },
    },
  }),
  business_withholding: taxTypeRules('business_withholding', {
    label: 'Withholding tax (employers)',
    penalty: {
      rate: '0.10',
      minimum: null,
      citation: {
        source: 'drs',
        reference: 'DRS, Withholding Tax Penalty and Interest ("10% of the amount due on all returns"); Conn. Gen. Stat. §12-735(a)',
        url: 'https://portal.ct.gov/drs/withholding-taxes/seasonal-employees/other-helpful-information',
      },
      note: 'The $50 DRS names for withholding is a late-filing penalty when no tax is due, not a minimum.',
      conflict: 'Some secondary sources quote "10% or $50, whichever is greater" for withholding; DRS\'s own page says 10%. Nutmeg uses 10% with no minimum.',
    },
    months: CHAPTER_229_MONTHS,
    returnDue: {
      value: { annual: lastDay(1), quarterly: lastDay(1), monthly: onDay(1, 15) },
      citation: {
        source: 'drs',
        reference: 'DRS, Managing Withholding Tax (monthly remitters by the 15th of the next month; quarterly remitters by the last day of the month after the quarter); Conn. Gen. Stat. §12-705',
        url: cga('229', '12-705'),
      },
      note: 'A month on the notice means a monthly remitter (due the 15th of the next month); a quarter, a quarterly remitter (the last day of the month after it); a year, an annual remitter (January 31).',
    },
    interestCitation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-735(a)', url: cga('229', '12-735') },
    waiverCitation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-735(c), §12-3a', url: cga('229', '12-735') },
    irsHolidays: {
      value: false,
      citation: CT_HOLIDAYS_ONLY,
      conflict:
        'Withholding is collected under chapter 229, so §12-39a(b)(1) may also extend IRS holidays to it. Nutmeg counts Connecticut holidays only, which never gives a later date.',
    },
  }),
  sales: taxTypeRules('sales', {
    label: 'Sales tax',
    penalty: {
      rate: '0.15',
      minimum: '50.00',
      citation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-419(a)', url: cga('219', '12-419') },
      note: '15% of the tax or $50, whichever is greater.',
    },
    months: CALENDAR_MONTHS,
    returnDue: SALES_AND_USE_DUE,
    interestCitation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-419(a)', url: cga('219', '12-419') },
    waiverCitation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-419(c), §12-3a', url: cga('219', '12-419') },
    irsHolidays: { value: false, citation: CT_HOLIDAYS_ONLY },
  }),
  business_use: taxTypeRules('business_use', {
    label: 'Business use tax',
    penalty: {
      rate: '0.15',
      minimum: '50.00',
      citation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-419(a)', url: cga('219', '12-419') },
      note: 'Use tax owed by a business falls under §12-419(a): 15% or $50, whichever is greater.',
    },
    months: CALENDAR_MONTHS,
    returnDue: SALES_AND_USE_DUE,
    interestCitation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-419(a)', url: cga('219', '12-419') },
    waiverCitation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-419(c), §12-3a', url: cga('219', '12-419') },
    irsHolidays: { value: false, citation: CT_HOLIDAYS_ONLY },
  }),
  corporation: taxTypeRules('corporation', {
    label: 'Corporation business tax',
    penalty: {
      rate: '0.10',
      minimum: '50.00',
      citation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-229(a)', url: cga('208', '12-229') },
      note: '10% of the tax or $50, whichever is greater.',
    },
    months: CALENDAR_MONTHS,
    returnDue: {
      value: { annual: onDay(5, 15), quarterly: onDay(5, 15), monthly: onDay(5, 15) },
      citation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-222 (return due the fifteenth day of the month after the federal due date: May 15 for a calendar year)', url: cga('208', '12-222') },
      note: 'A calendar-year return is due May 15 of the next year. A fiscal-year filer: enter the date printed on the notice.',
    },
    interestCitation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-229(a)', url: cga('208', '12-229') },
    waiverCitation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-229(c), §12-3a', url: cga('208', '12-229') },
    irsHolidays: { value: false, citation: CT_HOLIDAYS_ONLY },
  }),
  other: taxTypeRules('other', {
    label: 'Other DRS-administered tax',
    penalty: {
      rate: '0.10',
      minimum: '50.00',
      citation: {
        source: 'secondary',
        reference: 'Pattern of several chapters: Conn. Gen. Stat. §12-590 (ch. 227), §12-439 (ch. 220), §12-35 default',
      },
      note: 'A default for taxes without their own row; set the chapter\'s actual rate for the tax you work.',
    },
    months: CALENDAR_MONTHS,
    returnDue: {
      value: APRIL_15,
      citation: { source: 'firm', reference: 'Nutmeg default for taxes without their own row: April 15 for a year, the last day of the month after a quarter or month' },
      note: 'Enter the due date printed on the notice, or set the chapter\'s own schedule for the tax you work.',
    },
    interestCitation: {
      source: 'secondary',
      reference: 'Conn. Gen. Stat. §12-590, §12-439 (1% per month or fraction thereof)',
    },
    waiverCitation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-3a and each chapter\'s waiver clause', url: cga('201', '12-3a') },
    irsHolidays: { value: false, citation: CT_HOLIDAYS_ONLY },
  }),
};

function deadline(
  id: string,
  row: Omit<DeadlineRule, 'id'>,
): DeadlineRule {
  return { id, ...row };
}

const RESPOND_OR_PAY_SEED = (noticeKind: NoticeKind): DeadlineRule =>
  deadline(`notice.${noticeKind}.respond_or_pay`, {
    kind: 'respond_or_pay',
    label: 'Respond to DRS or pay before the account moves toward collection',
    value: { count: 10, unit: 'days', basis: 'notice_date', hard: false, roll: 'next_business_day' },
    citation: SEED,
    note: 'Seed: "Most notices specify a timeframe, often 10 days, before referral to a collection agency." A target, not a statutory deadline; use the date printed on the notice when it differs.',
  });

const PROTEST_WITHIN_60_DAYS_SEED = (noticeKind: NoticeKind): DeadlineRule =>
  deadline(`notice.${noticeKind}.written_protest`, {
    kind: 'written_protest',
    label: 'Written protest to the DRS Appellate Division',
    value: { count: 60, unit: 'days', basis: 'notice_date', hard: true, roll: 'next_business_day' },
    citation: {
      source: 'seed',
      reference: `${SEED.reference}: "Submit a written protest to the DRS Appellate Division within 60 days of the notice date"; see Conn. Gen. Stat. §12-729, §12-418`,
    },
    note: 'Must state the grounds; Form APL-002 is optional.',
  });

const firmTarget = (noticeKind: NoticeKind, row: { kind: DeadlineRule['kind']; label: string; days: number; note: string }): DeadlineRule =>
  deadline(`notice.${noticeKind}.${row.kind}`, {
    kind: row.kind,
    label: row.label,
    value: { count: row.days, unit: 'days', basis: 'notice_date', hard: false, roll: 'next_business_day' },
    citation: { source: 'firm', reference: 'Nutmeg default practice target (no statutory period)' },
    note: `${row.note} A firm-set target, not a statutory deadline.`,
  });

const NOTICE_KINDS_TABLE: Record<NoticeKind, NoticeKindRules> = {
  individual_income_balance_due: {
    label: 'Individual income tax balance due',
    deadlines: {
      respond_or_pay: RESPOND_OR_PAY_SEED('individual_income_balance_due'),
      written_protest: PROTEST_WITHIN_60_DAYS_SEED('individual_income_balance_due'),
    },
  },
  business_tax_balance_due: {
    label: 'Business tax balance due (withholding, sales or use tax)',
    deadlines: {
      respond_or_pay: RESPOND_OR_PAY_SEED('business_tax_balance_due'),
      written_protest: PROTEST_WITHIN_60_DAYS_SEED('business_tax_balance_due'),
    },
  },
  r859_referral: {
    label: 'R859 private collection referral',
    deadlines: {
      private_collection_referral: deadline('notice.r859_referral.private_collection_referral', {
        kind: 'private_collection_referral',
        label: 'Pay, or the liability is referred to a private collection agency (which adds collection costs)',
        value: { count: 10, unit: 'days', basis: 'notice_date', hard: true, roll: 'none' },
        citation: SEED,
        note: 'The referral date is set by the letter, not "prescribed under authority of the general statutes", so §12-39a does not extend it: on a Saturday, Sunday or holiday, act by the business day before.',
        conflict: 'Only the seed describes the R859 notice; no public DRS source for the code or its 10 days was found. Configurable.',
      }),
    },
  },
  proposed_assessment: {
    label: 'Proposed deficiency or audit assessment',
    deadlines: {
      written_protest: deadline('notice.proposed_assessment.written_protest', {
        kind: 'written_protest',
        label: 'Written protest to the DRS Appellate Division, or the assessment becomes final',
        value: { count: 60, unit: 'days', basis: 'notice_date', hard: true, roll: 'next_business_day' },
        citation: {
          source: 'statute',
          reference: 'Conn. Gen. Stat. §12-729(a),(b) (income tax: 60 days of mailing); §12-418 (sales and use tax: 60 days of service)',
          url: cga('229', '12-729'),
        },
        note: 'For sales and use tax the 60 days run from service of the notice (§12-418): Nutmeg counts from the received date when one is recorded (rule deadlines.protest_from_service), else from the notice date.',
        conflict:
          'Service is not always the day the client received the letter (DRS may treat mailing as service). Without a received date Nutmeg counts from the notice date, which is never later than service.',
      }),
    },
  },
  intent_to_offset: {
    label: 'Notice of intent to offset a federal refund (Treasury Offset Program)',
    deadlines: {
      offset_response: deadline('notice.intent_to_offset.offset_response', {
        kind: 'offset_response',
        label: 'Pay, dispute or arrange payment before the federal refund is offset',
        value: { count: 60, unit: 'days', basis: 'notice_date', hard: true, roll: 'none' },
        citation: { source: 'drs', reference: 'DRS, Treasury Offset Program page (60 days from the notice of intent)' },
        note: 'The 60 days are set by the federal program and the letter, not by a Connecticut statute, so §12-39a does not extend them: on a Saturday, Sunday or holiday, act by the business day before.',
      }),
    },
  },
  installment_default: {
    label: 'Installment agreement default',
    deadlines: {
      respond_or_pay: firmTarget('installment_default', {
        kind: 'respond_or_pay',
        label: 'Call DRS Collections to cure the default or pay before enforcement restarts',
        days: 7,
        note: 'Seed: a missed payment defaults the plan and triggers renewed enforcement such as garnishments or liens.',
      }),
    },
  },
  lien_notice: {
    label: 'Tax lien notice',
    deadlines: {
      follow_up: firmTarget('lien_notice', {
        kind: 'follow_up',
        label: 'Get the payoff figure from DRS and plan payment or a release; check the client\'s real property',
        days: 14,
        note: 'A recorded lien is public and hits credit; a release must be recorded with the town clerk after payment (seed).',
      }),
    },
  },
  levy_notice: {
    label: 'Bank levy notice',
    deadlines: {
      respond_or_pay: firmTarget('levy_notice', {
        kind: 'respond_or_pay',
        label: 'Call DRS Collections at once about the levied account',
        days: 2,
        note: 'Seed: banks must comply with a levy immediately, so every day counts.',
      }),
    },
  },
  wage_execution_notice: {
    label: 'Wage execution (garnishment) notice',
    deadlines: {
      respond_or_pay: firmTarget('wage_execution_notice', {
        kind: 'respond_or_pay',
        label: 'Call DRS Collections about the wage execution before the next payroll',
        days: 5,
        note: 'Seed: the employer must withhold and the garnishment follows the taxpayer to a new Connecticut employer.',
      }),
    },
  },
  jeopardy_assessment: {
    label: 'Jeopardy assessment (tax DRS finds in jeopardy, assessed at once)',
    deadlines: {
      written_protest: deadline('notice.jeopardy_assessment.written_protest', {
        kind: 'written_protest',
        label: 'Pay, or protest in writing to the DRS Appellate Division: the assessment is final and collectible ten days after service',
        value: { count: 10, unit: 'days', basis: 'received_date', hard: true, roll: 'next_business_day' },
        citation: {
          source: 'statute',
          reference: 'Conn. Gen. Stat. §12-417 (payable and final ten days after service), §12-418(a)(2) (protest within ten days)',
          url: cga('219', '12-417'),
        },
        note: 'Counts from service (the received date when recorded). Unlike an ordinary assessment (60 days), ten days; a protest does not stop collection unless the tax is paid or secured.',
        conflict:
          'The stored sources quote §12-417 and §12-418(a)(2) for sales and use tax; other chapters have their own jeopardy sections with similar periods. Nutmeg applies ten days to every tax type, the shortest reading.',
      }),
    },
  },
  collection_notice: {
    label: 'DRS collection notice (30 days before a levy)',
    deadlines: {
      respond_or_pay: deadline('notice.collection_notice.respond_or_pay', {
        kind: 'respond_or_pay',
        label: 'Pay, arrange a plan or call DRS Collections before a bank levy or wage execution',
        value: { count: 30, unit: 'days', basis: 'notice_date', hard: true, roll: 'none' },
        citation: {
          source: 'secondary',
          reference: 'DRS collection practice as published by practitioners: a 30-day Collection Notice precedes levies, which need no court order (Conn. Gen. Stat. §12-35)',
        },
        note: 'A date set by the letter, not a statute, so it is not moved off a weekend or holiday: act by the business day before. Use the date printed on the notice when it differs.',
      }),
    },
  },
};

const DEFAULT_TABLES: RuleTables = {
  version: '2026-01',
  taxTypes: TAX_TYPES_TABLE,
  noticeKinds: NOTICE_KINDS_TABLE,
  general: {
    paymentApplicationOrder: {
      id: 'payment.application_order',
      value: ['tax', 'interest', 'penalty'],
      citation: {
        source: 'firm',
        reference: 'Nutmeg default, inferred from DRS penalty-waiver practice (tax and interest paid first) and IRS Rev. Proc. 2002-26 (tax first)',
      },
      note: 'Each payment pays unpaid tax first (which stops further interest), then accrued interest, then the penalty, which stays last because a penalty waiver may remove it.',
      conflict:
        'No Connecticut statute, regulation or DRS publication stating the order was found. If DRS applies a payment to penalty and interest first, the tax stays unpaid longer and accrues more interest: set ["penalty","interest","tax"] to model that.',
    },
    penalties: {
      lateFilingNoTaxDue: {
        id: 'penalty.late_filing_no_tax_due',
        value: '50.00',
        citation: {
          source: 'statute',
          reference: 'Conn. Gen. Stat. §12-30 ($50 for a return filed late with no tax due); §12-735(b) for income tax returns',
          url: cga('201', '12-30'),
        },
        note: 'Assessed the day after the return was due when it was filed late and no tax was due on it; when tax is due the late-payment penalty applies instead.',
        conflict: 'DOMAIN review cited §12-735(b) for the $50; the stored statute text puts the general $50 in §12-30. Both give $50.',
      },
      commissionerReturn: {
        id: 'penalty.commissioner_return',
        value: { rate: '0.10', minimum: '50.00' },
        citation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-735(b) (a return the Commissioner makes after three months: 10% or $50, whichever is greater)', url: cga('229', '12-735') },
        note: 'When no return was filed within three months of its due date and DRS made one from the information it had.',
      },
      negligence: {
        id: 'penalty.deficiency_negligence',
        value: { rate: '0.10', minimum: null },
        citation: {
          source: 'regulation',
          reference: 'Conn. Agencies Regs. §12-728(a)-2 (deficiency due to negligence: 10%); Conn. Gen. Stat. §12-728',
          url: cga('229', '12-728'),
        },
        note: 'An audit deficiency from negligence or disregard of the rules: 10% of the deficiency, interest from the original due date. Never together with the fraud penalty. Protested (APL-002), not waived.',
      },
      fraud: {
        id: 'penalty.deficiency_fraud',
        value: { rate: '0.25', minimum: null },
        citation: {
          source: 'regulation',
          reference: 'Conn. Agencies Regs. §12-728(a)-2 (deficiency due to fraud: 25%); Conn. Gen. Stat. §12-728',
          url: cga('229', '12-728'),
        },
        note: 'An audit deficiency from fraud with intent to evade: 25% of the deficiency, interest from the original due date.',
      },
    },
    extensionSafeHarbour: {
      id: 'penalty.extension_safe_harbour',
      value: { maxUnpaidShare: '0.10', taxTypes: ['individual_income'] },
      citation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-723 (extensions)', url: cga('229', '12-723') },
      note: 'With an extension of time to file, no late-payment penalty if the tax unpaid at the original due date is no more than 10% of the tax shown and the balance is paid by the extended due date. Interest still runs from the original due date. Chapter 229 only.',
    },
    paymentPeriodOrder: {
      id: 'payment.period_order',
      value: 'oldest_first',
      citation: {
        source: 'firm',
        reference: 'Nutmeg default, after IRS practice for undesignated payments (earliest period first); no Connecticut source found',
      },
      note: 'A notice that bills several periods is several liabilities, each with its own tax, due date, penalty and interest (DRS bills each period separately). A payment goes to the earliest-due period first — within it by payment.application_order — then to the next.',
      conflict:
        'No Connecticut statute, regulation or DRS publication saying how DRS spreads a payment across periods was found. Oldest first is what DRS most likely does and never shows a smaller payoff than newest first when the later periods fall due after the payment; set newest_first to compare.',
    },
    calendar: {
      weekendHolidayRoll: {
        id: 'calendar.weekend_holiday_roll',
        value: true,
        citation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-39a(a)', url: cga('202', '12-39a') },
        note: 'When the final day for an act in connection with a tax falls on a Saturday, Sunday or legal holiday, the act is timely on the next day that is none of these.',
      },
      paymentDueDateRoll: {
        id: 'calendar.payment_due_date_roll',
        value: true,
        citation: {
          source: 'statute',
          reference: 'Conn. Gen. Stat. §12-39a(a),(b) (payment is an act in connection with a tax); Conn. Agencies Regs. §12-735(a)-1',
          url: cga('202', '12-39a'),
        },
        note:
          'A tax due on a Saturday, Sunday or legal holiday (for income tax and individual use tax, IRS holidays too) is timely when paid on the next business day: no penalty and no interest. Paid later, the penalty is on the tax unpaid after that day and interest counts from the original due date.',
        conflict:
          'Whether interest on a payment made after the next business day counts from the original due date or from that day is not settled by §12-39a itself. Counting from the original due date never shows less interest than DRS could charge, so Nutmeg does.',
      },
      ctLegalHolidays: {
        id: 'calendar.ct_legal_holidays',
        value: { observeSaturdayHolidayOnFriday: true, observeSundayHolidayOnMonday: true },
        citation: { source: 'statute', reference: 'Conn. Gen. Stat. §1-4', url: cga('002', '1-4') },
        note: "New Year's Day, Martin Luther King Jr. Day, Lincoln Day (Feb 12), Washington's Birthday, Good Friday and Thanksgiving (days appointed by the Governor or the President), Memorial Day, Juneteenth (from 2023: P.A. 22-128, effective Oct 1, 2022), Independence Day, Labor Day, Columbus Day, Veterans' Day (Nov 11), Christmas. Each holiday counts only in the years it is in force. §1-4: a holiday on a Sunday makes the Monday after a legal holiday; one on a Saturday makes the Friday before a legal holiday.",
        conflict: 'Good Friday is a legal holiday by the Governor\'s yearly proclamation under §1-4, not by a fixed date in the text; it is included every year.',
      },
      irsLegalHolidays: {
        id: 'calendar.irs_legal_holidays',
        value: { observeSaturdayHolidayOnFriday: true, observeSundayHolidayOnMonday: true },
        citation: {
          source: 'statute',
          reference: 'IRC §7503 (legal holidays in the District of Columbia; D.C. Code §1-612.02), via Conn. Gen. Stat. §12-39a(b)',
          url: 'https://www.law.cornell.edu/uscode/text/26/7503',
        },
        note: 'The federal holidays plus D.C. Emancipation Day (April 16, from 2005) and Inauguration Day (January 20 after a presidential election). Juneteenth counts from 2021 (Pub. L. 117-17, signed June 17, 2021; observed Friday June 18, 2021).',
      },
      additionalClosures: {
        id: 'calendar.additional_closures',
        value: [],
        citation: { source: 'firm', reference: 'Days the firm records as legal holidays or DRS closures (e.g. a day appointed by the Governor under §1-4)' },
      },
    },
    appeals: {
      appellateDecisionFinal: deadline('appeal.appellate_decision_final', {
        kind: 'appellate_decision_final',
        label: 'Appellate Division determination becomes final unless appealed',
        value: { count: 1, unit: 'months', basis: 'decision_date', hard: true, roll: 'none' },
        citation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-729(d) (one month after mailing)', url: cga('229', '12-729') },
        note: 'Finality is not an act by the taxpayer, so §12-39a does not move it.',
      }),
      superiorCourtAppeal: deadline('appeal.superior_court_appeal', {
        kind: 'superior_court_appeal',
        label: 'Appeal to the Superior Court (Judicial District of New Britain)',
        value: { count: 30, unit: 'days', basis: 'decision_date', hard: true, roll: 'next_business_day' },
        citation: {
          source: 'statute',
          reference:
            'Conn. Gen. Stat. §12-730 (appeal to the Superior Court), as the Connecticut Judicial Branch (jud.ct.gov) states it: "not later than thirty days" after the decision',
          url: cga('229', '12-730'),
        },
        conflict:
          '§12-729(d) makes the determination final "one month" after mailing, while the court guidance says thirty days. Nutmeg uses 30 calendar days and also shows the one-month finality date; in February-spanning periods one month is the shorter of the two, so file by the earlier date.',
      }),
    },
    installmentPayment: deadline('installment.payment_date', {
      kind: 'installment_payment',
      label: 'Installment payment due under the agreement',
      value: { count: 1, unit: 'months', basis: 'plan_start_date', hard: true, roll: 'none' },
      citation: SEED,
      note: 'Seed: each payment must be made on time; a missed payment defaults the plan and restarts enforcement. Dates are set by the agreement, so they are not moved; a date on a weekend or holiday is flagged to pay the business day before.',
    }),
    poa: {
      expiry: deadline('poa.expiry', {
        kind: 'poa_expiry',
        label: 'Power of attorney (LGL-001) ends; DRS will no longer discuss the account with the representative',
        value: { count: 0, unit: 'days', basis: 'poa_expiry_date', hard: true, roll: 'none' },
        citation: { source: 'drs', reference: 'Form LGL-001, Power of Attorney (Rev. 11/22): as recorded on the authorization' },
      }),
      renewalLeadDays: {
        id: 'poa.renewal_lead_days',
        value: 30,
        citation: { source: 'firm', reference: 'Nutmeg default practice target' },
        note: 'Start the renewal this many days before the recorded expiry.',
      },
    },
    followUp: deadline('follow_up.default', {
      kind: 'follow_up',
      label: 'Follow up with DRS',
      value: { count: 7, unit: 'days', basis: 'event_date', hard: false, roll: 'next_business_day' },
      citation: { source: 'firm', reference: 'Nutmeg default practice target' },
    }),
    protestFromService: {
      id: 'deadlines.protest_from_service',
      value: ['sales', 'business_use', 'individual_use'],
      citation: {
        source: 'statute',
        reference: 'Conn. Gen. Stat. §12-418(a) (sales and use tax: protest within sixty days after service of the notice)',
        url: cga('219', '12-418'),
      },
      note: 'For these tax types a proposed assessment\'s protest counts from the day the notice was served: the received date when it is recorded, else the notice date (never later than service). Income tax counts from mailing (§12-729).',
    },
    alerts: {
      hardDeadlineDays: {
        id: 'alerts.hard_deadline_days',
        value: [7, 3, 1],
        citation: { source: 'firm', reference: 'Nutmeg default practice target' },
        note: 'A hard deadline is announced to the case\'s assignee when it is this many days away or fewer; only the tightest threshold reached is raised, once each.',
      },
      staleAfterDays: {
        id: 'alerts.stale_after_days',
        value: 14,
        citation: { source: 'firm', reference: 'Nutmeg default practice target' },
        note: 'An open case nobody has touched for this many days is announced to its assignee.',
      },
      possibleScamUntouchedDays: {
        id: 'alerts.possible_scam_untouched_days',
        value: 2,
        citation: { source: 'firm', reference: 'Nutmeg default practice target' },
        note: 'A notice flagged as a possible scam and still new or in triage after this many days is announced: confirm it with DRS before anyone pays.',
      },
    },
    installmentPlan: {
      termMonths: {
        id: 'installment.term_months',
        value: { min: 2, max: 12 },
        citation: SEED,
        note: 'Seed: "repayment within two to twelve months".',
      },
      allReturnsFiled: {
        id: 'installment.all_returns_filed',
        value: true,
        citation: SEED,
      },
      notInBankruptcy: {
        id: 'installment.not_in_bankruptcy',
        value: true,
        citation: SEED,
      },
      notWithCollectionAgency: {
        id: 'installment.not_with_collection_agency',
        value: true,
        citation: {
          source: 'secondary',
          reference: 'O\'Connor Lyon, "A Guide to Resolving Tax Debts with the Connecticut DRS" (2021), quoting DRS criteria',
          url: 'https://www.oconnorlyon.com/blog/2021/6/28/a-guide-to-resolving-tax-debts-with-the-connecticut-drs',
        },
        note: 'Seed agrees in substance: once the debt enters the collection phase the standard plans are lost.',
      },
      noWarrant: {
        id: 'installment.no_warrant',
        value: true,
        citation: {
          source: 'secondary',
          reference: 'O\'Connor Lyon (2021), quoting DRS criteria: account not under warrant, bankruptcy, suspense or criminal investigation',
          url: 'https://www.oconnorlyon.com/blog/2021/6/28/a-guide-to-resolving-tax-debts-with-the-connecticut-drs',
        },
      },
      notUnderCriminalInvestigation: {
        id: 'installment.not_under_criminal_investigation',
        value: true,
        citation: {
          source: 'secondary',
          reference: 'O\'Connor Lyon (2021), quoting DRS criteria: account not under warrant, bankruptcy, suspense or criminal investigation',
          url: 'https://www.oconnorlyon.com/blog/2021/6/28/a-guide-to-resolving-tax-debts-with-the-connecticut-drs',
        },
        note: 'Read from the client\'s record (under criminal investigation).',
      },
      maxBalance: {
        id: 'installment.max_balance',
        value: '10000.00',
        citation: {
          source: 'secondary',
          reference: 'O\'Connor Lyon (2021), quoting DRS criteria: current liabilities of $10,000 or less',
          url: 'https://www.oconnorlyon.com/blog/2021/6/28/a-guide-to-resolving-tax-debts-with-the-connecticut-drs',
        },
        note: 'The same source says DRS applies the criteria flexibly; set null to drop the limit.',
      },
    },
    penaltyWaiver: {
      committeeThreshold: {
        id: 'penalty_waiver.committee_threshold',
        value: '5000.00',
        citation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-3a(a) (current text)', url: cga('201', '12-3a') },
        note: 'Waivers above this amount need the Penalty Review Committee\'s approval.',
        conflict: 'Sources give $500 (older statute text), $1,000 and $5,000 (current statute text). Nutmeg uses $5,000.',
      },
      auditPenaltiesProtested: {
        id: 'penalty_waiver.audit_penalties_protested',
        value: true,
        citation: { source: 'drs', reference: 'Form DRS-PW instructions: penalties from an audit are contested by protest to the Appellate Division' },
      },
      taxAndInterestFirst: {
        id: 'penalty_waiver.tax_and_interest_first',
        value: true,
        citation: { source: 'drs', reference: 'DRS penalty waiver page (current text): tax and interest must be paid before a waiver is considered' },
      },
      complianceFirst: {
        id: 'penalty_waiver.compliance_first',
        value: true,
        citation: {
          source: 'secondary',
          reference: 'DRS Policy Statement PS 2013(5), Penalty Waiver Policy, as summarised at the time (the text itself was not found in the public sources searched)',
        },
        note: 'No waiver request is considered while returns are unfiled or tax or interest is unpaid, unless the taxpayer is keeping to a DRS payment plan or has a timely protest or appeal.',
      },
    },
    offerOfCompromise: {
      doesNotStopEnforcement: {
        id: 'offer_of_compromise.does_not_stop_enforcement',
        value: true,
        citation: {
          source: 'drs',
          reference: 'DRS IP 2004(31), Procedures for Making Offers of Compromise; Conn. Gen. Stat. §12-2d',
          url: 'https://portal.ct.gov/drs/publications/informational-publications/2004/ip-2004-31',
        },
        note: 'An offer is not a protest or an appeal and extends no deadline; enforcement continues unless DRS suspends it (seed).',
      },
    },
    enforcement: {
      warrantAfterDays: {
        id: 'enforcement.warrant_after_days',
        value: 30,
        citation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-35(a)(3) (warrant once tax is unpaid 30 days after its due date)', url: cga('202', '12-35') },
        note: 'Counted from the tax\'s original due date, not the notice date: a notice for an old period can already be past it.',
      },
      warrantServedBy: {
        id: 'enforcement.warrant_served_by',
        value: ['levy_notice', 'wage_execution_notice'],
        citation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-35 (levies and wage executions are made under a tax warrant)', url: cga('202', '12-35') },
        note: 'A notice of these kinds means a warrant is out: a standard installment plan is closed and the warrant weighs on the risk from the first day.',
      },
      bankruptcyStay: {
        id: 'enforcement.bankruptcy_stay',
        value: true,
        citation: { source: 'statute', reference: '11 U.S.C. §362(a) (automatic stay)', url: 'https://www.law.cornell.edu/uscode/text/11/362' },
        note: 'An open bankruptcy case pauses collection enforcement.',
      },
    },
    risk: {
      levelThresholds: {
        id: 'risk.level_thresholds',
        value: { elevated: 25, high: 50, critical: 75 },
        citation: { source: 'firm', reference: 'Nutmeg escalation-risk model (docs/rules.md, "Escalation risk")' },
        note: 'low < 25 ≤ elevated < 50 ≤ high < 75 ≤ critical.',
      },
    },
    resolution: {
      full_payment: {
        id: 'resolution.full_payment',
        value: {
          form: null,
          sendTo: 'myconneCT (portal.ct.gov/DRS-myconneCT), or certified funds / money order payable to "Commissioner of Revenue Services" at the address on the notice',
        },
        citation: SEED,
      },
      installment_plan: {
        id: 'resolution.installment_plan',
        value: { form: null, sendTo: 'DRS Collections Unit (written request)' },
        citation: SEED,
      },
      penalty_waiver: {
        id: 'resolution.penalty_waiver',
        value: { form: 'DRS-PW', sendTo: 'myconneCT, or DRS by fax 860-297-5727' },
        citation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-3a; Conn. Agencies Regs. §12-3a-1; Form DRS-PW', url: cga('201', '12-3a') },
      },
      offer_of_compromise: {
        id: 'resolution.offer_of_compromise',
        value: {
          form: null,
          sendTo: 'DRS per IP 2004(31): the Appellate Division before a final determination, otherwise as that publication directs',
        },
        citation: {
          source: 'statute',
          reference: 'Conn. Gen. Stat. §12-2d; DRS IP 2004(31)',
          url: cga('201', '12-2d'),
        },
      },
      protest_appeal: {
        id: 'resolution.protest_appeal',
        value: { form: 'APL-002', sendTo: 'DRS Appellate Division, fax 860-297-4780' },
        citation: { source: 'statute', reference: 'Conn. Gen. Stat. §12-729 (income tax), §12-418 (sales and use tax)', url: cga('229', '12-729') },
      },
      hardship_suspension: {
        id: 'resolution.hardship_suspension',
        value: { form: null, sendTo: 'DRS Collections Unit' },
        citation: SEED,
      },
      pay_under_protest: {
        id: 'resolution.pay_under_protest',
        value: {
          form: 'APL-004',
          sendTo: 'The deposit with Form APL-004 (Deposit in the Nature of a Cash Bond); the protest to the DRS Appellate Division, fax 860-297-4780',
        },
        citation: {
          source: 'statute',
          reference: 'Conn. Gen. Stat. §12-39m (deposit in the nature of a cash bond); DRS Form APL-004',
          url: cga('202', '12-39m'),
        },
        note:
          'A deposit designated in writing as a cash bond concedes nothing and keeps the appeal. It is applied to tax in the ratio of tax to tax plus interest on the day DRS receives it, the rest to interest, and stops interest on the tax share (§12-39m(b)); the engine applies a payment marked paid under protest that way. Seed: refunded if the appeal succeeds.',
      },
    },
  },
};

/** The Connecticut defaults, frozen so no caller can change them in place. */
export const DEFAULT_RULES: RuleTables = deepFreeze(DEFAULT_TABLES);
