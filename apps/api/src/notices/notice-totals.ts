const TTL_MS = 5_000;
const MAX_ENTRIES = 1_000;

interface Entry {
  firmId: string;
  expiresAt: number;
  total: Promise<number>;
}

/**
 * The `total` of the notice lists, remembered for a few seconds. Counting every match is an exact count of
 * the whole firm (with 100,000 notices ≈15 ms of database time, ≈70 ms with `overdue`) while the page itself
 * costs well under a millisecond, so a total is kept per firm, list, filter and day for `ttlMs`, and the
 * requests that ask meanwhile share one count. NoticesService forgets a firm's totals when it changes a
 * notice, and whenever the database announces a change to the firm's caseload (CaseloadChangeFeed), so
 * changes made elsewhere (another replica, the sweep, a call's follow-up) show at once while that feed is
 * heard, and within `ttlMs` when it is not.
 */
export class NoticeTotals {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs = TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  get(firmId: string, key: string, count: () => Promise<number>): Promise<number> {
    const id = `${firmId} ${key}`;
    const at = this.now();
    const cached = this.entries.get(id);
    if (cached && cached.expiresAt > at) return cached.total;
    if (this.entries.size >= MAX_ENTRIES) this.prune(at);
    const entry: Entry = { firmId, expiresAt: at + this.ttlMs, total: count() };
    this.entries.set(id, entry);
    // A failed count is not remembered.
    entry.total.catch(() => this.entries.get(id) === entry && this.entries.delete(id));
    return entry.total;
  }

  forgetAll(): void {
    this.entries.clear();
  }

  forget(firmId: string): void {
    for (const [id, entry] of this.entries) if (entry.firmId === firmId) this.entries.delete(id);
  }

  private prune(at: number): void {
    for (const [id, entry] of this.entries) if (entry.expiresAt <= at) this.entries.delete(id);
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
  }
}
