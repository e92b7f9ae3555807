import { AppConfig } from '../config/app-config';
import { Clock } from './clock';

describe('Clock', () => {
  afterEach(() => jest.useRealTimers());

  it("gives today's date in New York, not UTC", () => {
    jest.useFakeTimers({ now: new Date('2026-11-26T02:30:00Z') }); // 9:30 pm on the 25th in Hartford
    const clock = new Clock({ timezone: 'America/New_York' } as AppConfig);
    expect(clock.today()).toBe('2026-11-25');
  });
});
