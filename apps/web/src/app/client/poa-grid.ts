import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatTooltipModule } from '@angular/material/tooltip';
import type { PoaGridView, PoaView } from '@nutmeg/contracts';
import { dateLabel } from '../board/notice-labels';
import { gridRows } from './poa-grid-cells';

/**
 * Tax type × period: who may discuss each matter with DRS today. Expiring within 30 days is amber, an expired
 * authorization red, nothing at all grey.
 */
@Component({
  selector: 'nm-poa-grid',
  imports: [MatTooltipModule],
  template: `
    @if (rows().length === 0) {
      <p class="empty nm-muted" data-testid="poa-grid-empty">
        No tax matters on file yet: the grid fills in from the client's notices and authorizations.
      </p>
    } @else {
      <div class="scroll">
        <table class="grid" data-testid="poa-grid">
          <caption class="nm-visually-hidden">
            Power of attorney coverage on {{ asOf() }}, by tax type and period
          </caption>
          <thead>
            <tr>
              <th scope="col" class="corner">Tax type</th>
              @for (period of grid().periods; track period) {
                <th scope="col">{{ period }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.taxType) {
              <tr>
                <th scope="row">{{ row.label }}</th>
                @for (cell of row.cells; track cell.period) {
                  <td
                    [class]="cell.state"
                    [attr.data-state]="cell.state"
                    [attr.data-period]="cell.period"
                    [attr.data-tax-type]="row.taxType"
                    [matTooltip]="cell.description"
                  >
                    <span aria-hidden="true">
                      @if (cell.representative) {
                        <span class="who">{{ cell.representative }}</span>
                      }
                      <span class="detail">{{ cell.detail }}</span>
                    </span>
                    <span class="nm-visually-hidden">{{ cell.description }}</span>
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
      <ul class="legend" aria-label="Legend">
        <li><span class="swatch covered"></span>Covered</li>
        <li><span class="swatch expiring"></span>Expires within 30 days</li>
        <li><span class="swatch expired"></span>Expired</li>
        <li><span class="swatch none"></span>Not covered</li>
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .scroll {
      overflow-x: auto;
    }
    .grid {
      border-collapse: separate;
      border-spacing: 4px;
      font: var(--mat-sys-body-small);
    }
    th {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
      text-align: left;
      padding: 4px 8px;
      white-space: nowrap;
    }
    td {
      min-width: 96px;
      padding: 6px 8px;
      border-radius: 6px;
      vertical-align: top;
    }
    .who {
      display: block;
      font: var(--mat-sys-label-medium);
    }
    .detail {
      display: block;
    }
    .covered {
      background: #e3f4e6;
      color: #14522b;
    }
    .expiring {
      background: #fff0c2;
      color: #5c4300;
      outline: 2px solid #c58f00;
      outline-offset: -2px;
    }
    .expired {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .none {
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface-variant);
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      margin: 8px 0 0;
      padding: 0;
      list-style: none;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .legend li {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .swatch {
      width: 14px;
      height: 14px;
      border-radius: 3px;
    }
    .empty {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PoaGrid {
  readonly grid = input.required<PoaGridView>();
  /** The client's authorizations, to show which cells an expired one used to cover. */
  readonly poas = input<readonly PoaView[]>([]);

  protected readonly rows = computed(() => gridRows(this.grid(), this.poas()));
  protected readonly asOf = computed(() => dateLabel(this.grid().asOf));
}
