import type { NoticeView, Page } from '@nutmeg/contracts';
import { lastValueFrom, of, toArray } from 'rxjs';
import type { NoticeQuery } from '../core/api/notices.api';
import { noticeView } from '../testing/fixtures';
import { COLUMN_LIMIT, loadColumn, PAGE_SIZE } from './column-loader';

/** An api over `total` notices, paging as the real one does. */
function api(total: number) {
  const calls: NoticeQuery[] = [];
  const list = (query: NoticeQuery) => {
    calls.push(query);
    const page = query.page ?? 1;
    const from = (page - 1) * PAGE_SIZE;
    const items = Array.from({ length: Math.max(0, Math.min(PAGE_SIZE, total - from)) }, (_, i) => noticeView({ id: `n-${from + i}` }));
    return of<Page<NoticeView>>({ items, total, page, pageSize: PAGE_SIZE });
  };
  return { list, calls };
}

describe('loadColumn', () => {
  it('shows the first page at once and then the rest, one page at a time', async () => {
    const { list, calls } = api(250);
    const loads = await lastValueFrom(loadColumn(list, { status: 'new' }).pipe(toArray()));
    expect(loads.map((load) => [load.items.length, load.more])).toEqual([
      [100, true],
      [200, true],
      [250, false],
    ]);
    expect(calls.map((call) => [call.status, call.page, call.pageSize])).toEqual([
      ['new', 1, 100],
      ['new', 2, 100],
      ['new', 3, 100],
    ]);
    expect(new Set(loads[2].items.map((item) => item.id)).size).toBe(250);
  });

  it('stops at the column limit and keeps the total for "showing n of m"', async () => {
    const { list, calls } = api(COLUMN_LIMIT + 500);
    const last = await lastValueFrom(loadColumn(list, {}));
    expect(last).toMatchObject({ total: COLUMN_LIMIT + 500, more: false });
    expect(last.items).toHaveLength(COLUMN_LIMIT);
    expect(calls).toHaveLength(COLUMN_LIMIT / PAGE_SIZE);
  });

  it('stops at a short page and never shows a case twice', async () => {
    const calls: number[] = [];
    const list = (query: NoticeQuery) => {
      calls.push(query.page ?? 1);
      // The same case comes back on page 2 (it moved between the requests), and page 2 is short.
      const items = query.page === 1 ? Array.from({ length: PAGE_SIZE }, (_, i) => noticeView({ id: `n-${i}` })) : [noticeView({ id: 'n-99' }), noticeView({ id: 'n-new' })];
      return of<Page<NoticeView>>({ items, total: 300, page: query.page ?? 1, pageSize: PAGE_SIZE });
    };
    const last = await lastValueFrom(loadColumn(list, {}));
    expect(calls).toEqual([1, 2]);
    expect(last.items).toHaveLength(PAGE_SIZE + 1);
    expect(last.more).toBe(false);
  });
});
