import { NoticeTotals } from './notice-totals';

describe('NoticeTotals', () => {
  let now = 0;
  const totals = () => new NoticeTotals(5_000, () => now);
  const counter = (value: number) => jest.fn(() => Promise.resolve(value));

  beforeEach(() => (now = 1_000_000));

  it('counts once for the requests of the next few seconds, then counts again', async () => {
    const cache = totals();
    const count = counter(42);
    expect(await Promise.all([cache.get('firm-a', 'list', count), cache.get('firm-a', 'list', count)])).toEqual([
      42, 42,
    ]);
    now += 4_999;
    expect(await cache.get('firm-a', 'list', count)).toBe(42);
    expect(count).toHaveBeenCalledTimes(1);
    now += 1;
    expect(await cache.get('firm-a', 'list', count)).toBe(42);
    expect(count).toHaveBeenCalledTimes(2);
  });

  it('keeps firms and filters apart, and forgets only the firm that changed', async () => {
    const cache = totals();
    const a = counter(1);
    const b = counter(2);
    const c = counter(3);
    expect(await cache.get('firm-a', 'list', a)).toBe(1);
    expect(await cache.get('firm-a', 'triage', b)).toBe(2);
    expect(await cache.get('firm-b', 'list', c)).toBe(3);
    cache.forget('firm-a');
    await cache.get('firm-a', 'list', a);
    await cache.get('firm-b', 'list', c);
    expect(a).toHaveBeenCalledTimes(2);
    expect(c).toHaveBeenCalledTimes(1);
  });

  it('does not remember a count that failed', async () => {
    const cache = totals();
    const failing = jest.fn(() => Promise.reject(new Error('connection lost')));
    await expect(cache.get('firm-a', 'list', failing)).rejects.toThrow('connection lost');
    expect(await cache.get('firm-a', 'list', counter(7))).toBe(7);
  });
});
