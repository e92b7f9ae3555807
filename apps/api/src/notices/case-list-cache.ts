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
  /** The JSON's size once read (0 while reading). */
  bytes: number;
}

/** A page as sent: its JSON and entity tag. */
export type CachedPage = SerializedJson<Page<NoticeListItem>>;

/** At most this many pages (a page of 25 cases is ≈110 KB of JSON, of 100 cases ≈450 KB)… */
export const CACHED_PAGES = 500;
/** …and at most this much JSON in all, per api process. */
export const CACHED_BYTES = 64 * 1024 * 1024;

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
  private bytes = 0;

  constructor(
    private readonly feed: ChangeFeed,
    private readonly enabled = true,
    private readonly capacity = CACHED_PAGES,
    private readonly maxBytes = CACHED_BYTES,
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
    const entry: Entry = { firmId, page: load(), bytes: 0 };
    this.entries.set(id, entry);
    this.evict();
    entry.page.then(
      (page) => {
        if (this.entries.get(id) !== entry) return;
        entry.bytes = page.body.length;
        this.bytes += entry.bytes;
        this.evict();
      },
      () => this.entries.get(id) === entry && this.remove(id),
    );
    return entry.page;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Least recently used first, until both bounds hold. */
  private evict(): void {
    for (const id of this.entries.keys()) {
      if (this.entries.size <= this.capacity && this.bytes <= this.maxBytes) return;
      this.remove(id);
    }
  }

  private remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.bytes -= entry.bytes;
    this.entries.delete(id);
  }

  private forget(firm: string): void {
    for (const [id, entry] of this.entries) if (firm === EVERY_FIRM || entry.firmId === firm) this.remove(id);
  }
}
