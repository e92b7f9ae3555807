import { assessOption, resolutionCase } from '../resolution.fixtures';

const find = (name: string, overrides: Parameters<typeof resolutionCase>[0] = {}) => assessOption(name, overrides);

// Notice 2026-05-04: 60 days is Friday 2026-07-03, the observed Independence Day, so the window runs to 2026-07-06.
describe('scenario: the protest window', () => {
  it('closed 3 days ago: protest and pay-under-protest are closed, and say so', () => {
    const protest = find('protest_appeal', { asOf: '2026-07-09' });
    expect(protest).toMatchObject({ open: false, reasons: ['protest window closed 3 days ago (2026-07-06)'] });
    expect(find('pay_under_protest', { asOf: '2026-07-09' }).reasons).toEqual([
      'pay under protest: protest window closed 3 days ago (2026-07-06)',
    ]);
  });

  it('a final assessment says it became final', () => {
    expect(find('protest_appeal', { noticeKind: 'proposed_assessment', asOf: '2026-07-09' }).reasons).toEqual([
      'protest window closed 3 days ago (2026-07-06)',
      'the assessment has become final',
    ]);
  });

  it('open on the last day, with a warning to fax it in time', () => {
    const protest = find('protest_appeal', { asOf: '2026-07-06' });
    expect(protest).toMatchObject({ open: true, reasons: ['protest window open until 2026-07-06 (0 days left)'] });
    expect(protest.warnings[0]).toBe('It must reach DRS by 2026-07-06: fax it and keep the confirmation.');
  });

  it('no protest right for an R859, and already filed for a protested case', () => {
    expect(find('protest_appeal', { noticeKind: 'r859_referral' }).reasons).toEqual([
      'no written-protest right starts with this notice (R859 private collection referral)',
    ]);
    const filed = find('protest_appeal', { responseStatus: 'protested', asOf: '2026-08-01' });
    expect(filed.open).toBe(false);
    expect(filed.reasons[0]).toMatch(/Superior Court appeal is due within 30 days/);
    expect(find('pay_under_protest', { responseStatus: 'protested', asOf: '2026-08-01' }).open).toBe(true);
    expect(find('pay_under_protest', { noticeKind: 'r859_referral' }).open).toBe(false);
  });
});
