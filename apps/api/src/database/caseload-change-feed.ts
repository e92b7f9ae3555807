import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

/** The channel the CaseloadChangeNotifications triggers announce changed firms on. */
export const CASELOAD_CHANNEL = 'nutmeg_caseload_changed';
/** Announced after a TRUNCATE, and whenever the feed cannot vouch for what it missed. */
export const EVERY_FIRM = '*';

const RETRY_MS = { first: 500, most: 30_000 };
// A barrier not answered by then means a connection that no longer hears anything: drop it and read afresh.
const BARRIER_TIMEOUT_MS = 2_000;

/**
 * Hears PostgreSQL announce which firms' caseloads changed, on a connection of its own (LISTEN needs one
 * that stays open), and passes each firm id on to its listeners (the case-list cache).
 *
 * `settled()` is the barrier that makes a cache built on this exact: it sends one small query on the
 * listening connection and waits for the answer. PostgreSQL delivers the notifications of every transaction
 * committed before that query ahead of its answer, so once it resolves, every change committed before the
 * call — by this process, another replica, the sweep CLI or anyone with psql — has reached the listeners.
 * Calls that arrive while one round trip waits to be sent share it.
 *
 * If the connection drops, everything is forgotten (EVERY_FIRM), `settled()` answers false until it is
 * back, and it reconnects with a growing pause.
 */
@Injectable()
export class CaseloadChangeFeed implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(CaseloadChangeFeed.name);
  private readonly listeners: Array<(firm: string) => void> = [];
  private client: Client | null = null;
  private queued: Promise<boolean> | null = null;
  private inFlight: Promise<boolean> | null = null;
  private retryMs = RETRY_MS.first;
  private retryTimer: NodeJS.Timeout | null = null;
  private closing = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onChange(listener: (firm: string) => void): void {
    this.listeners.push(listener);
  }

  async onModuleInit(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.closing = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** True once every change committed before this call has been passed on; false while the feed is down. */
  settled(): Promise<boolean> {
    if (this.queued) return this.queued;
    const previous = this.inFlight ?? Promise.resolve(true);
    const barrier = previous.then(() => {
      // From here on a newcomer needs a later round trip: this one may already be on the wire before it came.
      this.queued = null;
      const sent = this.roundTrip();
      this.inFlight = sent;
      void sent.then(() => {
        if (this.inFlight === sent) this.inFlight = null;
      });
      return sent;
    });
    this.queued = barrier;
    return barrier;
  }

  private async roundTrip(): Promise<boolean> {
    const client = this.client;
    if (!client) return false;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer to the barrier within ${BARRIER_TIMEOUT_MS} ms`)), BARRIER_TIMEOUT_MS);
    });
    try {
      await Promise.race([client.query('SELECT 1'), timeout]);
      return this.client === client;
    } catch (error) {
      this.lost(client, error instanceof Error ? error : undefined);
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  private async connect(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    const client = new Client({ connectionString: url, application_name: 'nutmeg-api-caseload-feed' });
    client.on('notification', (message) => {
      if (message.channel === CASELOAD_CHANNEL) this.announce(message.payload || EVERY_FIRM);
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CASELOAD_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      this.scheduleReconnect(error);
      return;
    }
    // What changed while nobody listened is unknown: forget everything before vouching again.
    this.announce(EVERY_FIRM);
    this.client = client;
    this.retryMs = RETRY_MS.first;
  }

  private lost(client: Client, error?: Error): void {
    if (this.client !== client) return;
    this.client = null;
    this.announce(EVERY_FIRM);
    void client.end().catch(() => undefined);
    if (!this.closing) this.scheduleReconnect(error);
  }

  private scheduleReconnect(error: unknown): void {
    if (this.closing || this.retryTimer) return;
    const reason = error instanceof Error ? error.message : 'connection closed';
    this.logger.warn(`Not hearing caseload changes (${reason}); case lists are read fresh every time until it reconnects (in ${this.retryMs} ms)`);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MS.most);
  }

  private announce(firm: string): void {
    for (const listener of this.listeners) listener(firm);
  }
}
