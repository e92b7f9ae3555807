import { dayNumberOf } from '../dates/calendar-date';
import { formatDollars, money } from '../money/money';
import { resolutionCase } from './resolution.fixtures';
import { describeProtestWindow, nothingOwed, parseResolutionCase, plainDays, protestWindow } from './resolution-case';

describe('resolution case helpers', () => {
  const facts = parseResolutionCase(resolutionCase());

  it('computes the deadlines of the notice when none are given', () => {
    expect(facts.deadlines.map((deadline) => deadline.kind)).toEqual(['respond_or_pay', 'written_protest']);
    expect(protestWindow(facts)).toEqual({ dueDay: dayNumberOf('2026-07-06', 'd'), daysLeft: 43 });
  });

  it('describes the protest window both ways', () => {
    expect(describeProtestWindow({ dueDay: dayNumberOf('2026-07-06', 'd'), daysLeft: 1 })).toBe('protest window open until 2026-07-06 (1 day left)');
    expect(describeProtestWindow({ dueDay: dayNumberOf('2026-07-06', 'd'), daysLeft: -2 })).toBe('protest window closed 2 days ago (2026-07-06)');
  });

  it('writes days with plurals (and dollars through the money helper)', () => {
    expect(formatDollars(money('1234567.5'))).toBe('$1,234,567.50');
    expect(formatDollars(money('12'))).toBe('$12.00');
    expect(plainDays(1)).toBe('1 day');
    expect(plainDays(0)).toBe('0 days');
  });

  it('knows when nothing is owed', () => {
    expect(nothingOwed(facts)).toBeUndefined();
    expect(nothingOwed({ ...facts, status: 'paid' })).toBe('the notice is marked paid');
  });
});
