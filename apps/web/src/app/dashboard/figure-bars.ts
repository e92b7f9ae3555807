import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { NoticeListFilter } from '@nutmeg/contracts';
import { CASES_PATH, CaseListParamsPipe } from './figure-link';

export interface FigureBar {
  key: string;
  label: string;
  /** The figure in large type ("12 notices" or "$48,210.00"). */
  value: string;
  /** The second figure beside it, smaller. */
  detail: string;
  /** 0–1: the bar's length relative to the largest row. */
  share: number;
  /** A CSS class for the bar's colour. */
  tone: string;
  /** What a screen reader says for the link. */
  description: string;
  filter: NoticeListFilter;
}

/**
 * Share of the largest, for drawing bars. Money strings become Numbers here only to size a bar in pixels;
 * every amount shown stays the api's exact string.
 */
export function sharesOf(values: readonly number[]): number[] {
  const largest = Math.max(0, ...values);
  return values.map((value) => (largest > 0 ? Math.max(0, value) / largest : 0));
}

/** A short list of figures, each a bar and a link to the cases behind it (aging, exposure by risk). */
@Component({
  selector: 'nm-figure-bars',
  imports: [RouterLink, CaseListParamsPipe],
  template: `
    <ul class="bars">
      @for (bar of bars(); track bar.key) {
        <li>
          <a
            class="figure row"
            [routerLink]="casesPath"
            [queryParams]="bar.filter | caseListParams"
            [attr.aria-label]="bar.description"
            [attr.data-testid]="testIdPrefix() + bar.key"
          >
            <span class="label">{{ bar.label }}</span>
            <span class="value">{{ bar.value }}</span>
            <span class="detail">{{ bar.detail }}</span>
            <span class="track" aria-hidden="true">
              <span [class]="'bar ' + bar.tone" [style.width.%]="bar.share * 100"></span>
            </span>
          </a>
        </li>
      }
    </ul>
  `,
  styles: `
    .bars {
      margin: 0;
      padding: 0;
      list-style: none;
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    /* A fixed figure column, so every bar in the list starts and ends at the same place. */
    .row {
      display: grid;
      grid-template-columns: minmax(0, 1fr) 8.5em;
      grid-template-areas: 'label value' 'track detail';
      column-gap: 12px;
      align-items: center;
      padding: 6px 8px;
      color: inherit;
      text-decoration: none;
      border-radius: 8px;
    }
    .row:hover {
      background: var(--mat-sys-surface-container-high);
    }
    .row:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 1px;
    }
    .label {
      grid-area: label;
      font: var(--mat-sys-body-medium);
    }
    .value {
      grid-area: value;
      font: var(--mat-sys-title-small);
      font-variant-numeric: tabular-nums;
      text-align: right;
      white-space: nowrap;
    }
    .detail {
      grid-area: detail;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      text-align: right;
      white-space: nowrap;
    }
    .track {
      grid-area: track;
      height: 8px;
      border-radius: 4px;
      background: var(--mat-sys-surface-container-high);
      overflow: hidden;
    }
    .bar {
      display: block;
      height: 100%;
      min-width: 2px;
      border-radius: 4px;
      background: var(--mat-sys-primary);
    }
    .bar.tone-low {
      background: #9aa7b8;
    }
    .bar.tone-elevated {
      background: #e0a100;
    }
    .bar.tone-high {
      background: #e4661b;
    }
    .bar.tone-critical {
      background: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FigureBars {
  readonly bars = input.required<readonly FigureBar[]>();
  /** data-testid of each link: prefix + key ("aging-61-90"). */
  readonly testIdPrefix = input('');
  protected readonly casesPath = CASES_PATH;
}
