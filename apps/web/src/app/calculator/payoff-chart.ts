import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { addDays, addMonths, diffInDays, type IsoDate, type PayoffRun } from '@nutmeg/domain';
import { formatUsd } from '../shared/money';

const WIDTH = 720;
const HEIGHT = 240;
const MARGIN = { top: 16, right: 20, bottom: 32, left: 76 };
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WHOLE_DOLLARS = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

interface Tick {
  readonly at: number;
  readonly label: string;
}

export interface ChartGeometry {
  readonly path: string;
  readonly xTicks: readonly Tick[];
  readonly yTicks: readonly Tick[];
  readonly marker: { readonly x: number; readonly y: number; readonly label: string } | null;
  readonly summary: string;
}

/** 1, 2, 2.5 or 5 × a power of ten: a step a reader can add up in their head. */
function niceStep(rough: number): number {
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10) * power;
}

function monthLabel(date: IsoDate): string {
  const [year, month] = date.split('-');
  return `${MONTHS[Number(month) - 1]} ${year}`;
}

/**
 * Lays out a step line of the payoff over time. Dollar values become pixel heights here, so Number is fine:
 * nothing computed is shown as money except the runs' own strings.
 */
export function chartGeometry(runs: readonly PayoffRun[], markerDate: IsoDate | null): ChartGeometry | null {
  if (runs.length === 0) return null;
  const start = runs[0].from;
  const end = runs[runs.length - 1].through;
  const days = diffInDays(start, end) + 1;
  const x = (date: IsoDate): number => MARGIN.left + (diffInDays(start, date) / days) * PLOT_WIDTH;

  const values = runs.map((run) => Number(run.payoff));
  const low = Math.min(...values);
  const high = Math.max(...values);
  const step = niceStep(Math.max(high - low, 1) / 4);
  const yLow = Math.max(0, Math.floor(low / step) * step);
  const yHigh = Math.max(Math.ceil(high / step) * step, yLow + step);
  const y = (value: number): number => MARGIN.top + (1 - (value - yLow) / (yHigh - yLow)) * PLOT_HEIGHT;

  const path = runs
    .map((run, index) => {
      const level = y(values[index]).toFixed(1);
      const right = x(addDays(run.through, 1)).toFixed(1);
      return `${index === 0 ? `M${x(run.from).toFixed(1)} ${level}` : `V${level}`}H${right}`;
    })
    .join('');

  const yTicks: Tick[] = [];
  for (let value = yLow; value <= yHigh + step / 2; value += step) {
    yTicks.push({ at: y(value), label: WHOLE_DOLLARS.format(value) });
  }

  const months = Math.max(1, Math.round(days / 30.44));
  const every = Math.max(1, Math.ceil(months / 6));
  const xTicks: Tick[] = [];
  let tick = `${start.slice(0, 7)}-01`;
  if (tick < start) tick = addMonths(tick, 1);
  for (; tick <= end; tick = addMonths(tick, every)) xTicks.push({ at: x(tick), label: monthLabel(tick) });

  let marker: ChartGeometry['marker'] = null;
  if (markerDate && markerDate >= start && markerDate <= end) {
    const run = runs.find((candidate) => candidate.from <= markerDate && markerDate <= candidate.through);
    if (run)
      marker = { x: x(markerDate), y: y(Number(run.payoff)), label: `Pay by ${markerDate}: ${formatUsd(run.payoff)}` };
  }

  const first = runs[0];
  const last = runs[runs.length - 1];
  const summary =
    `The payoff if paid in full on each day: ${formatUsd(first.payoff)} on ${first.from}, ` +
    `rising in ${runs.length - 1} steps to ${formatUsd(last.payoff)} by ${last.through}.`;
  return { path, xTicks, yTicks, marker, summary };
}

let nextId = 0;

/** The balance growing over time, as a hand-drawn SVG step line (no chart library in the bundle). */
@Component({
  selector: 'nm-payoff-chart',
  template: `
    @if (geometry(); as chart) {
      <figure class="figure">
        <svg
          [attr.viewBox]="viewBox"
          role="img"
          [attr.aria-labelledby]="captionId"
          preserveAspectRatio="xMidYMid meet"
          class="chart"
        >
          <g class="grid">
            @for (tick of chart.yTicks; track tick.label) {
              <line [attr.x1]="left" [attr.x2]="right" [attr.y1]="tick.at" [attr.y2]="tick.at" />
              <text [attr.x]="left - 8" [attr.y]="tick.at" class="y-label">{{ tick.label }}</text>
            }
          </g>
          <g class="axis">
            <line [attr.x1]="left" [attr.x2]="right" [attr.y1]="bottom" [attr.y2]="bottom" />
            @for (tick of chart.xTicks; track tick.label) {
              <line [attr.x1]="tick.at" [attr.x2]="tick.at" [attr.y1]="bottom" [attr.y2]="bottom + 4" />
              <text [attr.x]="tick.at" [attr.y]="bottom + 18" class="x-label">{{ tick.label }}</text>
            }
          </g>
          @if (chart.marker; as marker) {
            <g class="marker">
              <line [attr.x1]="marker.x" [attr.x2]="marker.x" [attr.y1]="top" [attr.y2]="bottom" />
              <circle [attr.cx]="marker.x" [attr.cy]="marker.y" r="4" />
              <text [attr.x]="marker.x + 6" [attr.y]="top + 10" [class.flip]="marker.x > right - 160">
                {{ marker.label }}
              </text>
            </g>
          }
          <path class="line" [attr.d]="chart.path" />
        </svg>
        <figcaption [id]="captionId" class="caption">{{ chart.summary }}</figcaption>
      </figure>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .figure {
      margin: 0;
    }
    .chart {
      display: block;
      width: 100%;
      height: auto;
      max-height: 280px;
      font:
        11px system-ui,
        sans-serif;
    }
    .grid line {
      stroke: var(--mat-sys-outline-variant);
      stroke-width: 1;
    }
    .axis line {
      stroke: var(--mat-sys-outline);
    }
    text {
      fill: var(--mat-sys-on-surface-variant);
    }
    .y-label {
      text-anchor: end;
      dominant-baseline: middle;
    }
    .x-label {
      text-anchor: middle;
    }
    .line {
      fill: none;
      stroke: var(--mat-sys-primary);
      stroke-width: 2.5;
      stroke-linejoin: round;
    }
    .marker line {
      stroke: var(--mat-sys-tertiary);
      stroke-dasharray: 4 3;
    }
    .marker circle {
      fill: var(--mat-sys-tertiary);
    }
    .marker text {
      fill: var(--mat-sys-on-surface);
      font-weight: 600;
    }
    .marker text.flip {
      text-anchor: end;
      transform: translateX(-12px);
    }
    .caption {
      margin-top: 4px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PayoffChart {
  readonly runs = input.required<readonly PayoffRun[]>();
  /** The pay-by date, marked with a dashed line. */
  readonly marker = input<IsoDate | null>(null);

  protected readonly viewBox = `0 0 ${WIDTH} ${HEIGHT}`;
  protected readonly left = MARGIN.left;
  protected readonly right = WIDTH - MARGIN.right;
  protected readonly top = MARGIN.top;
  protected readonly bottom = HEIGHT - MARGIN.bottom;
  protected readonly captionId = `nm-payoff-chart-${nextId++}`;
  protected readonly geometry = computed(() => chartGeometry(this.runs(), this.marker()));
}
