import { findDates, parseDate, parseMoney, parseNoticeText, parsePeriod, taxTypeOfPhrase } from './notice-text-parser';

const page = (text: string, n = 1) => ({ page: n, text });

describe('parseNoticeText', () => {
  it('takes the notice date, not the pay-by date or a deadline in the body', () => {
    const { fields } = parseNoticeText([
      page(
        [
          'Department of Revenue Services',
          'You must file a protest by January 26, 2027.',
          'Amount due if paid by December 27, 2026:   $1,876.82',
          'Notice Date:      November 27, 2026',
          'Letter ID:        L1836502947',
        ].join('\n'),
      ),
    ]);
    expect(fields.noticeDate?.value).toBe('2026-11-27');
    expect(fields.noticeDate?.source).toEqual({ page: 1, text: 'Notice Date: November 27, 2026' });
  });

  it('keeps the balance due apart from the pay-by amount and the coupon repeating it', () => {
    const { fields, warnings } = parseNoticeText([
      page(
        [
          'Tax                                $1,842.50',
          'Penalty                              $184.25',
          'Interest                             $331.65',
          'Payments/Credits                   ($500.00)',
          'Balance due as of 11/27/2026       $1,858.40',
          'Amount due if paid by 12/27/2026:  $1,876.82',
          '- - - Detach and return this portion with your payment - - -',
          'Amount due:        $1,900.00',
        ].join('\n'),
      ),
    ]);
    expect(fields.stated?.value).toEqual({
      tax: '1842.50',
      penalty: '184.25',
      interest: '331.65',
      credits: '500.00',
      balanceDue: '1858.40',
      asOf: '2026-11-27',
    });
    expect(fields.stated?.confidence).toBeGreaterThan(0.9);
    expect(warnings).toEqual([]);
  });

  it('flags amounts that do not add up', () => {
    const { fields, warnings } = parseNoticeText([
      page(['Tax   $100.00', 'Penalty   $10.00', 'Interest   $5.00', 'Balance Due   $200.00'].join('\n')),
    ]);
    expect(fields.stated?.value.balanceDue).toBe('200.00');
    expect(fields.stated?.confidence).toBeLessThan(0.6);
    expect(warnings.join(' ')).toMatch(/115\.00/);
  });

  it('reads several periods from a table, with their amounts and due dates, and totals from its Total row', () => {
    const text = [
      'Tax Periods:     Q1 2024',
      '                 Q2 2024',
      'Notice of Tax Due',
      'Period          Due Date            Tax         Penalty       Interest        Total',
      'Q1 2024         04/30/2024    $4,120.00         $412.00      $1,236.00    $5,768.00',
      'Q2 2024         July 31,      $3,890.75         $389.08      $1,050.50    $5,330.33',
      '                2024',
      'Total                         $8,010.75         $801.08      $2,286.50   $11,098.33',
      'Balance Due                                                              $11,098.33',
    ].join('\n');
    const { fields } = parseNoticeText([page(text)]);
    expect(fields.taxPeriods?.value).toEqual([
      { year: 2024, quarter: 1, tax: '4120.00', penalty: '412.00', interest: '1236.00', dueDate: '2024-04-30' },
      { year: 2024, quarter: 2, tax: '3890.75', penalty: '389.08', interest: '1050.50', dueDate: '2024-07-31' },
    ]);
    // The reference box and the table agree.
    expect(fields.taxPeriods?.confidence).toBeGreaterThanOrEqual(0.98);
    expect(fields.stated?.value).toEqual({
      tax: '8010.75',
      penalty: '801.08',
      interest: '2286.50',
      credits: '0.00',
      balanceDue: '11098.33',
    });
  });

  it('reads values under a header row of labels', () => {
    const text = [
      'Nutmeg Precision Tool Co.',
      '1200 Industrial Park Rd',
      'Bristol CT 06010',
      'Notice Date        Letter ID         Account No.       Tax Type                      Period',
      'June 22, 2026      l5560188312       4402176-000       Corporation Business Tax      Tax Year 2022',
      'Notice of Installment Agreement Default',
    ].join('\n');
    const { fields } = parseNoticeText([page(text)]);
    expect(fields.noticeDate?.value).toBe('2026-06-22');
    expect(fields.correspondenceId?.value).toBe('L5560188312');
    expect(fields.accountNumber?.value).toBe('4402176-000');
    expect(fields.taxType?.value).toBe('corporation');
    expect(fields.taxPeriods?.value).toEqual([{ year: 2022 }]);
    expect(fields.kind?.value).toBe('installment_default');
    expect(fields.taxpayerName?.value).toBe('Nutmeg Precision Tool Co.');
  });

  it('finds the taxpayer in the address block, not in DRS letterhead or the coupon mailing address', () => {
    const text = [
      'State of Connecticut',
      'Department of Revenue Services',
      '450 Columbus Blvd Ste 1',
      'Hartford CT 06103',
      'Riverbend Hardware LLC                 Date:           10/14/2026',
      '402 Main St                            Letter ID:      L2209471166',
      'Middletown CT 06457',
      'Make check payable to: Commissioner of Revenue Services',
      'Department of Revenue Services',
      'PO Box 5088',
      'Hartford CT 06102-5088',
    ].join('\n');
    const { fields } = parseNoticeText([page(text)]);
    expect(fields.taxpayerName?.value).toBe('Riverbend Hardware LLC');
    expect(fields.noticeDate?.value).toBe('2026-10-14');
  });

  it('warns when the coupon repeats a different Letter ID', () => {
    const { fields, warnings } = parseNoticeText([
      page('Letter ID:   L1111111111'),
      page('Detach and return\nLetter ID:   L2222222222', 2),
    ]);
    expect(fields.correspondenceId?.value).toBe('L1111111111');
    expect(fields.correspondenceId?.confidence).toBeLessThan(0.7);
    expect(warnings[0]).toMatch(/L2222222222/);
  });

  it('tells the kind from the title and the form code, and a bill by its tax type', () => {
    const kindOf = (text: string) => parseNoticeText([page(text)]).fields.kind?.value;
    expect(kindOf('Form R-859\nNotice of Referral to Private Collection Agency')).toBe('r859_referral');
    expect(kindOf('Notice of Tax Due\nTax Type:   Withholding Tax')).toBe('business_tax_balance_due');
    expect(kindOf('Notice of Tax Due\nTax Type:   Connecticut Income Tax')).toBe('individual_income_balance_due');
    expect(kindOf('Notice of Tax Lien\nDRS may also levy your bank account.')).toBe('lien_notice');
    expect(kindOf('Wage Execution')).toBe('wage_execution_notice');
    // "Notice Date" is a label, not a title.
    expect(kindOf('Notice Date:   11/27/2026')).toBeUndefined();
  });

  it('lists what it could not find', () => {
    expect(parseNoticeText([page('Hello')]).missing).toEqual([
      'kind',
      'taxType',
      'taxPeriods',
      'noticeDate',
      'accountNumber',
      'correspondenceId',
      'stated',
      'taxpayerName',
    ]);
  });
});

describe('the value parsers', () => {
  it('reads dates as DRS prints them', () => {
    expect(parseDate('November 27, 2026')).toBe('2026-11-27');
    expect(parseDate('Nov. 7, 2026')).toBe('2026-11-07');
    expect(parseDate('11/27/2026')).toBe('2026-11-27');
    expect(parseDate('2026-11-27')).toBe('2026-11-27');
    expect(parseDate('02/30/2026')).toBeNull();
    expect(parseDate('due 11/27/2026')).toBeNull();
    expect(findDates('from 01/01/2024 to March 31, 2024').map((d) => d.iso)).toEqual(['2024-01-01', '2024-03-31']);
  });

  it('reads money without the sign, the dollar sign or the commas', () => {
    expect(parseMoney('$1,234.56')).toBe('1234.56');
    expect(parseMoney('($500.00)')).toBe('500.00');
    expect(parseMoney('-$0.00')).toBe('0.00');
    expect(parseMoney('12.5')).toBeNull();
  });

  it.each([
    ['2023', { year: 2023 }],
    ['Tax Year 2023', { year: 2023 }],
    ['Q1 2024', { year: 2024, quarter: 1 }],
    ['2nd Quarter 2024', { year: 2024, quarter: 2 }],
    ['March 2024', { year: 2024, month: 3 }],
    ['03/2024', { year: 2024, month: 3 }],
    ['07/01/2023 - 09/30/2023', { year: 2023, quarter: 3 }],
    ['01/01/2023 - 12/31/2023', { year: 2023 }],
    ['08/01/2025 - 08/31/2025', { year: 2025, month: 8 }],
    ['Quarter ending 06/30/2024', { year: 2024, quarter: 2 }],
  ])('reads the period %s', (text, period) => {
    expect(parsePeriod(text)).toEqual(period);
  });

  it('does not guess the grain of a bare period-ending date', () => {
    expect(parsePeriod('Period ending 03/31/2024')).toBeNull();
    expect(parsePeriod('02/01/2024 - 03/31/2024')).toBeNull();
  });

  it('names tax types, sales and use as sales', () => {
    expect(taxTypeOfPhrase('Sales and Use Taxes')).toBe('sales');
    expect(taxTypeOfPhrase('Business Use Tax')).toBe('business_use');
    expect(taxTypeOfPhrase('Individual Use Tax (Form OP-186)')).toBe('individual_use');
    expect(taxTypeOfPhrase('Withholding Tax (Form CT-941)')).toBe('business_withholding');
    expect(taxTypeOfPhrase('Corporation Business Tax')).toBe('corporation');
    expect(taxTypeOfPhrase('Connecticut Income Tax')).toBe('individual_income');
    expect(taxTypeOfPhrase('Use Tax')).toBeNull();
  });
});
