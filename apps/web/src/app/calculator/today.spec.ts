import { todayInNewYork } from './today';

describe('todayInNewYork', () => {
  it("is Connecticut's calendar day, not UTC's", () => {
    // 02:30 UTC on Nov 26 is still the evening of Nov 25 in Hartford.
    expect(todayInNewYork(new Date('2026-11-26T02:30:00Z'))).toBe('2026-11-25');
    expect(todayInNewYork(new Date('2026-11-26T05:30:00Z'))).toBe('2026-11-26');
    // Daylight saving time: UTC−4 in July.
    expect(todayInNewYork(new Date('2026-07-04T03:59:00Z'))).toBe('2026-07-03');
    expect(todayInNewYork(new Date('2026-07-04T04:00:00Z'))).toBe('2026-07-04');
  });
});
