import { NoticeListItem, Page } from '@nutmeg/contracts';
import { SerializedJson } from '../common/serialized-json';
import { EVERY_FIRM } from '../database/caseload-change-feed';
import { CachedPage, CaseListCache, ChangeFeed } from './case-list-cache';

class FakeFeed implements ChangeFeed {
  live = true;
  private listener: (firm: string) => void = () => undefined;
  onChange(listener: (firm: string) => void): void {
    this.listener = listener;
  }
  settled(): Promise<boolean> {
    return Promise.resolve(this.live);
  }
  announce(firm: string): void {
    this.listener(firm);
  }
}

const FIRM_A = 'a0000000-0000-4000-8000-000000000001';
const FIRM_B = 'b0000000-0000-4000-8000-000000000002';

const pageOf = (total: number): CachedPage => SerializedJson.of<Page<NoticeListItem>>({ items: [], total, page: 1, pageSize: 25 });
const totalOf = async (page: Promise<CachedPage>): Promise<number> => (await page).parse().total;

/** A load that counts its calls and returns a page whose total is the call number. */
function counter(): { load: () => Promise<CachedPage>; calls: () => number } {
  let calls = 0;
  return {
    load: () => {
      calls += 1;
      return Promise.resolve(pageOf(calls));
    },
    calls: () => calls,
  };
}

describe('CaseListCache', () => {
  let feed: FakeFeed;
  beforeEach(() => {
    feed = new FakeFeed();
  });

  it('reads a page once and serves it again until the firm changes', async () => {
    const cache = new CaseListCache(feed);
    const source = counter();
    expect(await totalOf(cache.page(FIRM_A, 'first', source.load))).toBe(1);
    expect(await totalOf(cache.page(FIRM_A, 'first', source.load))).toBe(1);
    feed.announce(FIRM_A);
    expect(await totalOf(cache.page(FIRM_A, 'first', source.load))).toBe(2);
    expect(source.calls()).toBe(2);
  });

  it("keeps a firm's pages when another firm changes, and forgets every firm's on '*'", async () => {
    const cache = new CaseListCache(feed);
    const a = counter();
    const b = counter();
    await cache.page(FIRM_A, 'first', a.load);
    await cache.page(FIRM_B, 'first', b.load);
    feed.announce(FIRM_B);
    await cache.page(FIRM_A, 'first', a.load);
    await cache.page(FIRM_B, 'first', b.load);
    expect([a.calls(), b.calls()]).toEqual([1, 2]);
    feed.announce(EVERY_FIRM);
    await cache.page(FIRM_A, 'first', a.load);
    await cache.page(FIRM_B, 'first', b.load);
    expect([a.calls(), b.calls()]).toEqual([2, 3]);
  });

  it('keeps pages apart by key', async () => {
    const cache = new CaseListCache(feed);
    const source = counter();
    await cache.page(FIRM_A, 'first', source.load);
    await cache.page(FIRM_A, 'second', source.load);
    expect(source.calls()).toBe(2);
  });

  it('lets requests for a page being read share that read', async () => {
    const cache = new CaseListCache(feed);
    const source = counter();
    const pages = await Promise.all([1, 2, 3].map(() => cache.page(FIRM_A, 'first', source.load)));
    expect(pages.map((page) => page.parse().total)).toEqual([1, 1, 1]);
    expect(new Set(pages).size).toBe(1);
    expect(source.calls()).toBe(1);
  });

  it('does not keep a read during which the firm changed', async () => {
    const cache = new CaseListCache(feed);
    let finish: (page: CachedPage) => void = () => undefined;
    const slow = cache.page(FIRM_A, 'first', () => new Promise((resolve) => (finish = resolve)));
    await Promise.resolve();
    await Promise.resolve();
    feed.announce(FIRM_A);
    finish(pageOf(0));
    await slow;
    const source = counter();
    expect(await totalOf(cache.page(FIRM_A, 'first', source.load))).toBe(1);
  });

  it('reads every time while the feed cannot vouch for the changes, or when turned off', async () => {
    const source = counter();
    feed.live = false;
    const cache = new CaseListCache(feed);
    await cache.page(FIRM_A, 'first', source.load);
    await cache.page(FIRM_A, 'first', source.load);
    expect(cache.size).toBe(0);
    const off = new CaseListCache(new FakeFeed(), false);
    await off.page(FIRM_A, 'first', source.load);
    await off.page(FIRM_A, 'first', source.load);
    expect(source.calls()).toBe(4);
  });

  it('does not keep a failed read', async () => {
    const cache = new CaseListCache(feed);
    await expect(cache.page(FIRM_A, 'first', () => Promise.reject(new Error('database gone')))).rejects.toThrow('database gone');
    const source = counter();
    expect(await totalOf(cache.page(FIRM_A, 'first', source.load))).toBe(1);
  });

  it('evicts the least recently used page beyond its capacity', async () => {
    const cache = new CaseListCache(feed, true, 2);
    const source = counter();
    await cache.page(FIRM_A, 'one', source.load);
    await cache.page(FIRM_A, 'two', source.load);
    await cache.page(FIRM_A, 'one', source.load);
    await cache.page(FIRM_A, 'three', source.load);
    expect(cache.size).toBe(2);
    await cache.page(FIRM_A, 'one', source.load);
    expect(source.calls()).toBe(3);
    await cache.page(FIRM_A, 'two', source.load);
    expect(source.calls()).toBe(4);
  });

  it('also evicts the least recently used pages beyond its byte budget', async () => {
    const size = pageOf(1).body.length;
    const cache = new CaseListCache(feed, true, 100, size * 2);
    const source = counter();
    await cache.page(FIRM_A, 'one', source.load);
    await cache.page(FIRM_A, 'two', source.load);
    await cache.page(FIRM_A, 'three', source.load);
    expect(cache.size).toBe(2);
    await cache.page(FIRM_A, 'one', source.load);
    expect(source.calls()).toBe(4);
  });
});
