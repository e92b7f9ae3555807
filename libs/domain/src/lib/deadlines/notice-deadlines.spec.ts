import { DomainValidationError } from '../errors/domain-validation-error';
import { effectiveRules } from '../rules/effective-rules';
import { NOTICE_KINDS } from '../vocabulary/vocabulary';
import { deadlinesForNotice, impliedTaxType } from './notice-deadlines';

describe('deadlinesForNotice', () => {
  it('starts at least one deadline for every notice kind, each with its rule and citation', () => {
    for (const kind of NOTICE_KINDS) {
      const deadlines = deadlinesForNotice({ kind, noticeDate: '2026-05-04' });
      expect(deadlines.length).toBeGreaterThan(0);
      for (const deadline of deadlines) {
        expect(deadline.ruleId).toMatch(new RegExp(`^notice\\.${kind}\\.`));
        expect(deadline.rule.length).toBeGreaterThan(10);
        expect(deadline.citation.reference.length).toBeGreaterThan(3);
        expect(deadline.basisDate).toBe('2026-05-04');
      }
    }
  });

  it('gives a balance-due notice a soft 10-day target and a hard 60-day protest deadline, earliest first', () => {
    const deadlines = deadlinesForNotice({ kind: 'business_tax_balance_due', noticeDate: '2026-05-04', taxType: 'sales' });
    expect(deadlines.map((deadline) => [deadline.kind, deadline.dueDate, deadline.hard])).toEqual([
      ['respond_or_pay', '2026-05-14', false],
      ['written_protest', '2026-07-06', true],
    ]);
  });

  it('rolls the protest deadline past the July 3 observance of a Saturday July 4', () => {
    const protest = deadlinesForNotice({ kind: 'business_tax_balance_due', noticeDate: '2026-05-04' }).find(
      (deadline) => deadline.kind === 'written_protest',
    );
    expect(protest).toMatchObject({ computedDate: '2026-07-03', dueDate: '2026-07-06', rolledForward: true });
  });

  it('marks soft, firm-set targets for enforcement notices', () => {
    for (const kind of ['installment_default', 'lien_notice', 'levy_notice', 'wage_execution_notice'] as const) {
      const [deadline] = deadlinesForNotice({ kind, noticeDate: '2026-05-04' });
      expect(deadline.hard).toBe(false);
      expect(deadline.citation.source).toBe('firm');
      expect(deadline.rule).toContain('a target, not a statutory deadline');
    }
  });

  it('gives the intent to offset 60 days and the proposed assessment a hard protest deadline', () => {
    expect(deadlinesForNotice({ kind: 'intent_to_offset', noticeDate: '2026-05-04' })[0]).toMatchObject({
      kind: 'offset_response',
      computedDate: '2026-07-03',
      dueDate: '2026-07-03',
      rolledForward: false,
      hard: true,
      citation: { source: 'drs' },
    });
    const [protest] = deadlinesForNotice({ kind: 'proposed_assessment', noticeDate: '2026-01-05', taxType: 'sales' });
    expect(protest).toMatchObject({ kind: 'written_protest', dueDate: '2026-03-06', hard: true });
    expect(protest.conflict).toMatch(/service/);
  });

  it('counts from the received date when a firm rule says so, and from the notice date when none was recorded', () => {
    const rules = effectiveRules({
      noticeKinds: { intent_to_offset: { deadlines: { offset_response: { value: { basis: 'received_date' } } } } },
    });
    const received = deadlinesForNotice({ kind: 'intent_to_offset', noticeDate: '2026-05-04', receivedDate: '2026-05-08', rules });
    expect(received[0]).toMatchObject({ basis: 'received_date', basisDate: '2026-05-08', computedDate: '2026-07-07' });
    const fallback = deadlinesForNotice({ kind: 'intent_to_offset', noticeDate: '2026-05-04', rules });
    expect(fallback[0]).toMatchObject({ basis: 'notice_date', basisDate: '2026-05-04' });
    expect(fallback[0].note).toMatch(/No received date/);
  });

  it('does not roll when a firm turns the §12-39a roll off', () => {
    const rules = effectiveRules({ general: { calendar: { weekendHolidayRoll: { value: false } } } });
    const [respond] = deadlinesForNotice({ kind: 'business_tax_balance_due', noticeDate: '2026-03-04', rules });
    expect(respond).toMatchObject({ computedDate: '2026-03-14', dueDate: '2026-03-14', rolledForward: false });
    expect(respond.note).toMatch(/act by Friday 2026-03-13/);
  });

  it.each([
    [{ kind: 'bogus', noticeDate: '2026-05-04' }, 'kind'],
    [{ kind: 'r859_referral', noticeDate: '2026-05-32' }, 'noticeDate'],
    [{ kind: 'r859_referral', noticeDate: '2026-05-04', receivedDate: '2026-05-01' }, 'receivedDate'],
    [{ kind: 'r859_referral', noticeDate: '2026-05-04', taxType: 'vat' }, 'taxType'],
  ])('refuses %j naming %s', (input, field) => {
    expect(() => deadlinesForNotice(input as never)).toThrow(DomainValidationError);
    expect(() => deadlinesForNotice(input as never)).toThrow(expect.objectContaining({ field }));
  });
});

describe('impliedTaxType', () => {
  it('infers income tax for an income tax notice only', () => {
    expect(impliedTaxType('individual_income_balance_due')).toBe('individual_income');
    expect(impliedTaxType('business_tax_balance_due')).toBeUndefined();
  });
});
