import { dayNumberOf } from '../dates/calendar-date';
import { holidayScope } from '../holidays/business-days';
import { DEFAULT_RULES } from '../rules/default-rules';
import { buildDeadline, byDueDate, countFrom, describeDeadlineRule } from './deadline';

const protestRow = DEFAULT_RULES.noticeKinds.proposed_assessment.deadlines.written_protest;
if (!protestRow) throw new Error('the proposed assessment has a protest rule');
const protest = protestRow;
const finality = DEFAULT_RULES.general.appeals.appellateDecisionFinal;

describe('describeDeadlineRule', () => {
  it('states the rule in plain English', () => {
    expect(describeDeadlineRule(protest, true)).toBe(
      'Written protest to the DRS Appellate Division, or the assessment becomes final: 60 days after the notice date; a Saturday, Sunday or legal holiday moves it to the next business day',
    );
    expect(describeDeadlineRule(finality, false)).toBe(
      'Appellate Division determination becomes final unless appealed: 1 month after the Appellate Division decision date',
    );
    expect(describeDeadlineRule(DEFAULT_RULES.general.poa.expiry, false)).toMatch(/: on the recorded expiry date$/);
  });
});

describe('countFrom', () => {
  it('counts days, or months clamped to a short month', () => {
    expect(countFrom(dayNumberOf('2026-01-05', 'd'), protest)).toBe(dayNumberOf('2026-03-06', 'd'));
    expect(countFrom(dayNumberOf('2026-01-31', 'd'), finality)).toBe(dayNumberOf('2026-02-28', 'd'));
  });
});

describe('buildDeadline', () => {
  it('rolls per §12-39a when the rule allows and notes a closed day when it does not', () => {
    const scope = holidayScope();
    const rolled = buildDeadline({ row: protest, scope, basisDayNumber: dayNumberOf('2026-01-13', 'd') });
    expect(rolled).toMatchObject({ computedDate: '2026-03-14', dueDate: '2026-03-16', rolledForward: true });
    const fixed = buildDeadline({ row: finality, scope, basisDayNumber: dayNumberOf('2026-01-28', 'd') });
    expect(fixed).toMatchObject({ computedDate: '2026-02-28', dueDate: '2026-02-28', rolledForward: false });
    expect(fixed.note).toMatch(/^2026-02-28 is a Saturday; this date is not moved, so act by Friday 2026-02-27\./);
  });
});

describe('byDueDate', () => {
  it('orders by due date, then kind', () => {
    const a = { dueDate: '2026-01-02', kind: 'written_protest' } as never;
    const b = { dueDate: '2026-01-02', kind: 'respond_or_pay' } as never;
    const c = { dueDate: '2026-01-01', kind: 'written_protest' } as never;
    expect([a, b, c].sort(byDueDate)).toEqual([c, b, a]);
  });
});
