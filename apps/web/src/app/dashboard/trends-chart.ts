import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { DashboardTrendPoint } from '@nutmeg/contracts';
import {
  BarController,
  BarElement,
  CategoryScale,
  type ChartConfiguration,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { BaseChartDirective, provideCharts } from 'ng2-charts';
import { dateLabel } from '../board/notice-labels';

/**
 * Only the chart.js pieces a grouped bar chart needs, registered here rather than app-wide, so chart.js stays in
 * the dashboard's lazy chunk and out of the initial bundle.
 */
export const TRENDS_CHART_PARTS = [BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip];

// Canvas cannot read the theme's CSS variables, so the series colours are fixed: the theme's primary blue, a
// green for work done, and the theme's error red for missed deadlines.
export const SERIES = [
  { key: 'received', label: 'Received', color: '#005cbb' },
  { key: 'resolved', label: 'Resolved', color: '#2e7d32' },
  { key: 'missed', label: 'Deadlines missed', color: '#ba1a1a' },
] as const satisfies readonly { key: keyof DashboardTrendPoint; label: string; color: string }[];

/** "2026-03-02" → "Mar 2" (the year is in the card's caption). */
export function weekLabel(weekStart: string): string {
  return dateLabel(weekStart).replace(/, \d{4}$/, '');
}

export function trendsChartData(weeks: readonly DashboardTrendPoint[]): ChartConfiguration<'bar'>['data'] {
  return {
    labels: weeks.map((week) => weekLabel(week.weekStart)),
    datasets: SERIES.map((series) => ({
      label: series.label,
      data: weeks.map((week) => week[series.key]),
      backgroundColor: series.color,
      borderRadius: 3,
      maxBarThickness: 18,
    })),
  };
}

const OPTIONS: ChartConfiguration<'bar'>['options'] = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
  interaction: { mode: 'index', intersect: false },
  scales: {
    x: { grid: { display: false } },
    y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'Notices / deadlines' } },
  },
  plugins: {
    legend: { position: 'bottom' },
    tooltip: { callbacks: { title: (items) => `Week of ${items[0]?.label ?? ''}` } },
  },
};

/** Notices received and resolved, and deadlines missed, week by week. */
@Component({
  selector: 'nm-trends-chart',
  imports: [BaseChartDirective],
  providers: [provideCharts({ registerables: TRENDS_CHART_PARTS })],
  template: `
    <h2 class="card-title" id="trends-title">Weekly trends</h2>
    <p class="card-hint">{{ caption() }}</p>
    @if (weeks().length === 0) {
      <p class="empty">No weeks to show yet.</p>
    } @else {
      <div class="canvas-box">
        <canvas
          baseChart
          type="bar"
          [data]="data()"
          [options]="options"
          role="img"
          [attr.aria-label]="summary()"
          data-testid="trends-canvas"
        ></canvas>
      </div>
      <!-- The same numbers as a table, for screen readers (a canvas has no text of its own). -->
      <table class="nm-visually-hidden" data-testid="trends-table">
        <caption>
          Weekly trends
        </caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            @for (series of series; track series.key) {
              <th scope="col">{{ series.label }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (week of weeks(); track week.weekStart) {
            <tr>
              <th scope="row">{{ week.weekStart }}</th>
              <td>{{ week.received }}</td>
              <td>{{ week.resolved }}</td>
              <td>{{ week.missed }}</td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
  styleUrl: './trends-chart.scss',
  host: { role: 'region', 'aria-labelledby': 'trends-title' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrendsChart {
  readonly weeks = input.required<readonly DashboardTrendPoint[]>();
  protected readonly series = SERIES;
  protected readonly options = OPTIONS;
  protected readonly data = computed(() => trendsChartData(this.weeks()));

  protected readonly caption = computed(() => {
    const weeks = this.weeks();
    if (weeks.length === 0) return 'Received, resolved and missed, per week';
    return `The last ${weeks.length} weeks, from the week of ${dateLabel(weeks[0].weekStart)}`;
  });

  protected readonly summary = computed(() => {
    const total = (key: 'received' | 'resolved' | 'missed'): number =>
      this.weeks().reduce((sum, week) => sum + week[key], 0);
    return (
      `Bar chart over ${this.weeks().length} weeks: ${total('received')} notices received, ` +
      `${total('resolved')} resolved, ${total('missed')} deadlines missed.`
    );
  });
}
