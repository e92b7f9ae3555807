import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import type { CallView, Page } from '@nutmeg/contracts';
import { catchError, combineLatest, concat, map, of, scan, switchMap } from 'rxjs';
import { dateLabel } from '../board/notice-labels';
import { CallsApi } from '../core/api/calls.api';
import { AuthService } from '../core/auth/auth.service';
import { describeHttpError } from '../core/http/api-error';
import { Icon } from '../shared/icon';
import { StatePanel } from '../shared/state-panel';
import { shiftIsoDate, todayInConnecticut } from './calendar';
import { CallList } from './call-list';
import { LogCallLauncher } from './log-call-launcher';
import { LOG_CALL_ARIA_SHORTCUTS, LOG_CALL_SHORTCUT_LABEL } from './log-call-shortcut';

interface ListState {
  loading: boolean;
  page: Page<CallView> | null;
  error: string | null;
}

/** The api's largest page; a firm logs far fewer calls than this in a day. */
const DAY_LIMIT = 100;

/** A day's calls with DRS (today unless another day is picked), the flagged ones marked. */
@Component({
  selector: 'nm-calls-page',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, MatTooltipModule, Icon, StatePanel, CallList],
  templateUrl: './calls-page.html',
  styleUrl: './calls-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CallsPage {
  private readonly api = inject(CallsApi);
  private readonly launcher = inject(LogCallLauncher);
  private readonly auth = inject(AuthService);

  protected readonly canLog = computed(() => this.auth.can('calls:write'));
  protected readonly shortcutLabel = LOG_CALL_SHORTCUT_LABEL;
  protected readonly ariaShortcuts = LOG_CALL_ARIA_SHORTCUTS;
  protected readonly today = todayInConnecticut();
  protected readonly date = signal(this.today);
  private readonly reloads = signal(0);

  protected readonly list = toSignal(
    combineLatest([toObservable(this.date), toObservable(this.reloads)]).pipe(
      switchMap(([date]) =>
        concat(
          of<Partial<ListState>>({ loading: true, error: null }),
          this.api.list({ date, pageSize: DAY_LIMIT }).pipe(
            map((page): Partial<ListState> => ({ loading: false, page, error: null })),
            catchError((error: unknown) =>
              of<Partial<ListState>>({ loading: false, page: null, error: describeHttpError(error) }),
            ),
          ),
        ),
      ),
      scan((state: ListState, change: Partial<ListState>) => ({ ...state, ...change }), {
        loading: true,
        page: null,
        error: null,
      }),
    ),
    { initialValue: { loading: true, page: null, error: null } satisfies ListState },
  );

  protected readonly calls = computed(() => this.list().page?.items ?? []);
  protected readonly flagged = computed(() => this.calls().filter((call) => call.flaggedNoPoa).length);
  protected readonly dayTitle = computed(() =>
    this.date() === this.today ? `Today, ${dateLabel(this.date())}` : dateLabel(this.date()),
  );
  protected readonly summary = computed(() => {
    const page = this.list().page;
    if (!page) return '';
    const count = page.total === 1 ? '1 call' : `${page.total} calls`;
    const flagged = this.flagged();
    const more = page.total > page.items.length ? ` (showing the latest ${page.items.length})` : '';
    return flagged > 0 ? `${count}${more}, ${flagged} flagged without POA coverage` : `${count}${more}`;
  });

  constructor() {
    this.launcher.logged.pipe(takeUntilDestroyed()).subscribe(() => this.retry());
  }

  protected pickDate(value: string): void {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) this.date.set(value);
  }

  protected step(days: number): void {
    this.date.update((date) => shiftIsoDate(date, days));
  }

  protected retry(): void {
    this.reloads.update((n) => n + 1);
  }

  protected logCall(): void {
    void this.launcher.open();
  }
}
