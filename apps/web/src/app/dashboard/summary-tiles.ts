import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { DashboardFigure, DashboardSummary } from '@nutmeg/contracts';
import { formatUsd } from '../shared/money';
import { CASES_PATH, CaseListParamsPipe } from './figure-link';

export interface SummaryTile {
  id: 'open' | 'overdue' | 'dueThisWeek';
  label: string;
  figure: DashboardFigure;
  /** Deadlines behind the figure, where the api counts them (a notice can have several). */
  deadlines: number | null;
  tone: 'neutral' | 'overdue' | 'soon';
}

export function summaryTilesOf(summary: DashboardSummary): SummaryTile[] {
  return [
    { id: 'open', label: 'Open cases', figure: summary.open, deadlines: null, tone: 'neutral' },
    { id: 'overdue', label: 'Overdue', figure: summary.overdue, deadlines: summary.overdue.deadlines, tone: 'overdue' },
    {
      id: 'dueThisWeek',
      label: 'Due this week',
      figure: summary.dueThisWeek,
      deadlines: summary.dueThisWeek.deadlines,
      tone: 'soon',
    },
  ];
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The three headline figures; each tile is one link to the cases it counts. */
@Component({
  selector: 'nm-summary-tiles',
  imports: [RouterLink, CaseListParamsPipe],
  template: `
    @for (tile of tiles(); track tile.id) {
      <a
        [class]="'tile figure ' + tile.tone"
        [routerLink]="casesPath"
        [queryParams]="tile.figure.filter | caseListParams"
        [attr.data-testid]="'figure-' + tile.id"
        [attr.aria-label]="describe(tile)"
      >
        <span class="label">{{ tile.label }}</span>
        <span class="count number" data-testid="figure-notices">{{ tile.figure.notices }}</span>
        <span class="detail">
          {{ tile.figure.notices === 1 ? 'notice' : 'notices' }}
          @if (tile.deadlines !== null) {
            · <span data-testid="figure-deadlines">{{ tile.deadlines }}</span>
            {{ tile.deadlines === 1 ? 'deadline' : 'deadlines' }}
          }
        </span>
        <span class="balance number" data-testid="figure-balance">{{ usd(tile.figure.balance) }}</span>
      </a>
    }
  `,
  styleUrl: './summary-tiles.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SummaryTiles {
  readonly summary = input.required<DashboardSummary>();
  protected readonly tiles = computed(() => summaryTilesOf(this.summary()));
  protected readonly casesPath = CASES_PATH;

  protected usd(amount: string): string {
    return formatUsd(amount);
  }

  /** One sentence for screen readers, so the link says what it counts and where it goes. */
  protected describe(tile: SummaryTile): string {
    const deadlines = tile.deadlines === null ? '' : `, ${plural(tile.deadlines, 'deadline', 'deadlines')}`;
    return `${tile.label}: ${plural(tile.figure.notices, 'notice', 'notices')}${deadlines}, ${formatUsd(tile.figure.balance)}. Show these cases`;
  }
}
