import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import type { DashboardSummary, DashboardTrends } from '@nutmeg/contracts';
import { catchError, concat, map, type Observable, of, scan, switchMap } from 'rxjs';
import { dateLabel } from '../board/notice-labels';
import { DashboardApi } from '../core/api/dashboard.api';
import { describeHttpError } from '../core/http/api-error';
import { Icon } from '../shared/icon';
import { StatePanel } from '../shared/state-panel';
import { AgingCard } from './aging-card';
import { EscalationHeatmap } from './escalation-heatmap';
import { ExposureCard } from './exposure-card';
import { SummaryTiles } from './summary-tiles';
import { SweepCard } from './sweep-card';
import { TrendsChart } from './trends-chart';
import { WorkloadTable } from './workload-table';

export interface Loaded<T> {
  loading: boolean;
  data: T | null;
  error: string | null;
}

/**
 * Loads on every `reloads` tick, keeping the last answer on screen while the next one is on its way, so a
 * reload does not blank the page.
 */
function loaded<T>(reloads: Observable<number>, request: () => Observable<T>): Observable<Loaded<T>> {
  return reloads.pipe(
    switchMap(() =>
      concat(
        of<Partial<Loaded<T>>>({ loading: true }),
        request().pipe(
          map((data): Partial<Loaded<T>> => ({ loading: false, data, error: null })),
          catchError((error: unknown) => of<Partial<Loaded<T>>>({ loading: false, error: describeHttpError(error) })),
        ),
      ),
    ),
    scan((state: Loaded<T>, change: Partial<Loaded<T>>) => ({ ...state, ...change }), {
      loading: true,
      data: null,
      error: null,
    }),
  );
}

/**
 * The manager's view of the firm: what is late, what is due, how old and how risky the open work is, who
 * carries it, and whether the sweep that keeps these figures current is running. Every figure links to the
 * cases behind it. The trends load separately: a slow or failed chart does not hold back the figures.
 */
@Component({
  selector: 'nm-dashboard-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    MatTooltipModule,
    Icon,
    StatePanel,
    SummaryTiles,
    AgingCard,
    ExposureCard,
    WorkloadTable,
    EscalationHeatmap,
    SweepCard,
    TrendsChart,
  ],
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  private readonly api = inject(DashboardApi);
  private readonly reloads = signal(0);
  private readonly reloads$ = toObservable(this.reloads);

  protected readonly summary = toSignal(
    loaded<DashboardSummary>(this.reloads$, () => this.api.summary()),
    { initialValue: { loading: true, data: null, error: null } satisfies Loaded<DashboardSummary> },
  );
  protected readonly trends = toSignal(
    loaded<DashboardTrends>(this.reloads$, () => this.api.trends()),
    { initialValue: { loading: true, data: null, error: null } satisfies Loaded<DashboardTrends> },
  );

  protected readonly loading = computed(() => this.summary().loading || this.trends().loading);
  protected readonly asOf = computed(() => {
    const data = this.summary().data;
    return data ? dateLabel(data.asOf) : null;
  });

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }
}
