import { NoticeListItem, Page } from '@nutmeg/contracts';
import { SerializedJson } from '../common/serialized-json';
import { EVERY_FIRM } from '../database/caseload-change-feed';

/** What the cache needs of the change feed (CaseloadChangeFeed). */
export interface ChangeFeed {
  onChange(listener: (firm: string) => void): void;
  settled(): Promise<boolean>;
}

interface Entry {
  firmId: string;
  page: Promise<CachedPage>;
}

/** A page as sent: its JSON and entity tag. */
export type CachedPage = SerializedJson<Page<NoticeListItem>>;

/** About 100 KB of JSON each (25 cases with their risk reasons): the cache stays in the tens of megabytes. */
export const CACHED_PAGES = 200;

/**
 * Pages of the case lists (list and triage queue), kept until PostgreSQL announces a change to the firm's
 * caseload. A page is a pure function of the firm's rows and the day, so a page read after every change
 * that preceded the request (the feed's `settled()` barrier) and not invalidated since is exactly what a
 * fresh read would return; the day is part of the key. Requests for a page being read share that read.
 *
 * Why: with 100,000 notices a page costs ≈6 ms of the api's single thread (one query, the live figures of
 * 25 cases, 110 KB of JSON) — a board, a triage queue and a dashboard drill-down ask for the same first
 * pages again and again between changes (docs/benchmarks.md).
 */
export class CaseListCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly feed: ChangeFeed,
    private readonly enabled = true,
    private readonly capacity = CACHED_PAGES,
  ) {
    feed.onChange((firm) => this.forget(firm));
  }

  /** The page under `key` for the firm: cached if nothing changed since it was read, else `load()`ed. */
  async page(firmId: string, key: string, load: () => Promise<CachedPage>): Promise<CachedPage> {
    if (!this.enabled || !(await this.feed.settled())) return load();
    const id = `${firmId} ${key}`;
    const cached = this.entries.get(id);
    if (cached) {
      // Most recently used last, so the oldest entry is the first one evicted.
      this.entries.delete(id);
      this.entries.set(id, cached);
      return cached.page;
    }
    // Stored before the read starts: a change announced while it runs removes it with the rest.
    const entry: Entry = { firmId, page: load() };
    this.entries.set(id, entry);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    entry.page.catch(() => this.entries.get(id) === entry && this.entries.delete(id));
    return entry.page;
  }

  get size(): number {
    return this.entries.size;
  }

  private forget(firm: string): void {
    if (firm === EVERY_FIRM) {
      this.entries.clear();
      return;
    }
    for (const [id, entry] of this.entries) if (entry.firmId === firm) this.entries.delete(id);
  }
}
