import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { NavigationEnd, Router } from '@angular/router';
import type { AlertView } from '@nutmeg/contracts';
import { catchError, EMPTY, filter, interval, merge, startWith, switchMap } from 'rxjs';
import { AlertsApi } from '../core/api/alerts.api';
import { describeHttpError } from '../core/http/api-error';
import { Icon } from '../shared/icon';
import { relativeTime } from '../shared/relative-time';

/** How often the unread count is asked for while the user stays on one page. */
export const UNREAD_POLL_MS = 60_000;
const LIST_SIZE = 20;

interface AlertsState {
  loading: boolean;
  items: AlertView[];
  total: number;
  error: string | null;
}

/** The top bar's bell: how many alerts are unread, and a panel listing the latest ones. */
@Component({
  selector: 'nm-alerts-bell',
  imports: [MatButtonModule, MatMenuModule, MatProgressBarModule, MatTooltipModule, Icon],
  templateUrl: './alerts-bell.html',
  styleUrl: './alerts-bell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlertsBell {
  private readonly api = inject(AlertsApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly unread = signal(0);
  protected readonly alerts = signal<AlertsState>({ loading: false, items: [], total: 0, error: null });

  constructor() {
    merge(inject(Router).events.pipe(filter((event) => event instanceof NavigationEnd)), interval(UNREAD_POLL_MS))
      .pipe(
        startWith(null),
        // A failed count keeps the last one shown: the bell is a hint, not the place to report outages.
        switchMap(() => this.api.unreadCount().pipe(catchError(() => EMPTY))),
        takeUntilDestroyed(),
      )
      .subscribe(({ unread }) => this.unread.set(unread));
  }

  protected badge(): string {
    const unread = this.unread();
    return unread > 99 ? '99+' : String(unread);
  }

  protected label(): string {
    const unread = this.unread();
    return unread === 0 ? 'Alerts' : `Alerts, ${unread} unread`;
  }

  protected when(alert: AlertView): string {
    return relativeTime(alert.createdAt);
  }

  protected load(): void {
    this.alerts.update((state) => ({ ...state, loading: true, error: null }));
    this.api
      .list(LIST_SIZE)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => this.alerts.set({ loading: false, items: page.items, total: page.total, error: null }),
        error: (error: unknown) =>
          this.alerts.update((state) => ({ ...state, loading: false, error: describeHttpError(error) })),
      });
  }

  protected open(alert: AlertView): void {
    if (alert.readAt) return;
    this.markLocally((item) => item.id === alert.id);
    this.unread.update((count) => Math.max(0, count - 1));
    this.api
      .markRead(alert.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ error: () => this.refreshCount() });
  }

  protected markAllRead(event: Event): void {
    // Keep the panel open so the user sees the list turn read.
    event.stopPropagation();
    this.markLocally(() => true);
    this.unread.set(0);
    this.api
      .markAllRead()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ error: () => this.refreshCount() });
  }

  private markLocally(which: (alert: AlertView) => boolean): void {
    const readAt = new Date().toISOString();
    this.alerts.update((state) => ({
      ...state,
      items: state.items.map((item) => (which(item) && !item.readAt ? { ...item, readAt } : item)),
    }));
  }

  private refreshCount(): void {
    this.api
      .unreadCount()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ next: ({ unread }) => this.unread.set(unread), error: () => undefined });
  }
}
