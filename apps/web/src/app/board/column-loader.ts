import type { NoticeListItem, Page } from '@nutmeg/contracts';
import { EMPTY, expand, map, type Observable, scan } from 'rxjs';
import type { NoticeQuery } from '../core/api/notices.api';

/** The api's largest page. */
export const PAGE_SIZE = 100;
/** A column loads at most this many cards, a page at a time; beyond that it says how many more there are. */
export const COLUMN_LIMIT = 2000;

export interface ColumnLoad {
  items: NoticeListItem[];
  total: number;
  /** More pages are on their way. */
  more: boolean;
}

/**
 * Loads a column page by page: the first page shows at once, and the rest follow one request at a time
 * (not all at once, so eight columns never put 160 requests in flight). Stops at the total, at
 * COLUMN_LIMIT, or at a short page (the list changed under us).
 */
export function loadColumn(list: (query: NoticeQuery) => Observable<Page<NoticeListItem>>, query: NoticeQuery): Observable<ColumnLoad> {
  const fetch = (page: number) => list({ ...query, page, pageSize: PAGE_SIZE });
  const hasMore = (page: Page<NoticeListItem>) =>
    page.items.length === PAGE_SIZE && page.page * PAGE_SIZE < Math.min(page.total, COLUMN_LIMIT);
  return fetch(1).pipe(
    expand((page) => (hasMore(page) ? fetch(page.page + 1) : EMPTY)),
    scan(
      (loaded, page) => {
        // A case that moved between two pages' requests would come twice; keep the first.
        const seen = new Set(loaded.items.map((item) => item.id));
        return { items: [...loaded.items, ...page.items.filter((item) => !seen.has(item.id))], total: page.total, last: page };
      },
      { items: [] as NoticeListItem[], total: 0, last: null as Page<NoticeListItem> | null },
    ),
    map(({ items, total, last }) => ({ items, total, more: last !== null && hasMore(last) })),
  );
}
