import * as domain from './index';

describe('public API of @nutmeg/domain', () => {
  it('exports the calculations, vocabularies and helpers the api and web use', () => {
    const functions = Object.entries(domain)
      .filter(([, value]) => typeof value === 'function')
      .map(([name]) => name)
      .sort();
    expect(functions).toEqual([
      'DomainDecimal',
      'DomainValidationError',
      'accrualStableUntil',
      'accrue',
      'addDays',
      'addMonths',
      'alertThresholds',
      'assessEscalationRisk',
      'assumedTaxDueDate',
      'byStart',
      'compareIsoDates',
      'connecticutLegalHolidays',
      'costOfWaiting',
      'dayOfWeek',
      'daysInMonth',
      'deadlinesForAppellateDecision',
      'deadlinesForNotice',
      'decidePoaCoverage',
      'diffInDays',
      'easterSunday',
      'effectiveRules',
      'escalationRiskStableUntil',
      'followUpDeadline',
      'formatMoney',
      'goodFriday',
      'hardDeadlineThreshold',
      'impliedTaxType',
      'inForceOn',
      'installmentPaymentDeadlines',
      'installmentSchedule',
      'irsLegalHolidays',
      'isBusinessDay',
      'isIsoDate',
      'isLeapYear',
      'isOneOf',
      'isYearRange',
      'legalHolidayOn',
      'liabilityCostOfWaiting',
      'liabilityPeriodsOf',
      'liabilityStableUntil',
      'listRuleRows',
      'matterLabel',
      'maxMoney',
      'minMoney',
      'monthSpanOf',
      'overlappingPeriods',
      'parseIsoDate',
      'parseMoney',
      'parsePeriod',
      'parsePeriodLabel',
      'parsePeriods',
      'periodLabel',
      'periodsCover',
      'periodsCoverSpan',
      'planRevocations',
      'poaExpiryDeadlines',
      'projectLiabilityPayoffByDay',
      'projectPayoff',
      'projectPayoffByDay',
      'quoteAccrual',
      'quoteLiability',
      'quoteNoticeAccrual',
      'resolutionOptions',
      'resolveNoticePeriods',
      'returnDueDate',
      'riskLevelFor',
      'rollToBusinessDay',
      'roundToCents',
      'sharedMatters',
      'spansOverlap',
      'sumMoney',
      'taxTypeLabel',
    ]);
  });

  it('exports the vocabularies as arrays for @IsIn', () => {
    expect(domain.TAX_TYPES).toContain('sales');
    expect(domain.NOTICE_KINDS).toContain('r859_referral');
    expect(domain.DEADLINE_KINDS).toContain('superior_court_appeal');
    expect(domain.RISK_MECHANISMS).toContain('bank_levy');
    expect(domain.RISK_LEVELS).toContain('critical');
    expect(domain.RESPONSE_STATUSES).toContain('plan_defaulted');
    expect(domain.RESOLUTION_OPTIONS).toContain('pay_under_protest');
    expect(domain.CITATION_SOURCES).toContain('firm');
    expect(domain.DEFAULT_RULES.version).toBe('2026-01');
    expect(domain.ZERO.isZero()).toBe(true);
  });

  it('answers the seed example through the public entry point', () => {
    expect(domain.accrue({ taxType: 'individual_income', tax: '2000.00', dueDate: '2026-04-15', asOf: '2026-10-15' }).total).toBe('2320.00');
  });
});
