import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { DashboardSummary, NoticeListFilter } from '@nutmeg/contracts';
import { RISK_LEVELS, RISK_MECHANISMS } from '@nutmeg/domain';
import { labelOf, MECHANISM_LABELS, RISK_LEVEL_LABELS } from '../board/notice-labels';
import { CASES_PATH, CaseListParamsPipe } from './figure-link';

type HeatmapEntry = DashboardSummary['heatmap'][number];

export interface HeatmapCell {
  level: string;
  notices: number;
  /** null where the api sent no cell: no open notice is at that level, so there is no list to open. */
  filter: NoticeListFilter | null;
  background: string;
  /** Dark enough to need light text. */
  dark: boolean;
  description: string;
}

export interface HeatmapRow {
  mechanism: string;
  label: string;
  cells: HeatmapCell[];
}

export interface Heatmap {
  levels: { level: string; label: string }[];
  rows: HeatmapRow[];
  max: number;
}

// The shade runs from a pale peach (one notice) to a deep red (the busiest cell), the same family as the
// board's high and critical risk colours; an empty cell stays the card's own colour.
const LIGHTEST = [255, 237, 224] as const;
const DARKEST = [179, 38, 30] as const;

/** The cell's colour for its count, relative to the busiest cell. */
export function shadeOf(notices: number, max: number): { background: string; dark: boolean } {
  if (notices <= 0 || max <= 0) return { background: 'transparent', dark: false };
  const t = max === 1 ? 1 : (notices - 1) / (max - 1);
  const channel = (index: 0 | 1 | 2): number => Math.round(LIGHTEST[index] + (DARKEST[index] - LIGHTEST[index]) * t);
  return { background: `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`, dark: t > 0.55 };
}

/** Known values first in their natural order, then any the api sends that this app does not know yet. */
function ordered(known: readonly string[], seen: readonly string[]): string[] {
  return [...known, ...seen.filter((value, index) => !known.includes(value) && seen.indexOf(value) === index)];
}

/** Mechanism × level grid from the api's cells; every mechanism gets a row, even one with no open notices. */
export function heatmapOf(entries: readonly HeatmapEntry[]): Heatmap {
  const levels = ordered(
    RISK_LEVELS,
    entries.map((entry) => entry.level),
  );
  const mechanisms = ordered(
    RISK_MECHANISMS,
    entries.map((entry) => entry.mechanism),
  );
  const max = Math.max(0, ...entries.map((entry) => entry.notices));
  return {
    max,
    levels: levels.map((level) => ({ level, label: labelOf(RISK_LEVEL_LABELS, level) })),
    rows: mechanisms.map((mechanism) => {
      const label = labelOf(MECHANISM_LABELS, mechanism);
      return {
        mechanism,
        label,
        cells: levels.map((level) => {
          const entry = entries.find((candidate) => candidate.mechanism === mechanism && candidate.level === level);
          const notices = entry?.notices ?? 0;
          const levelLabel = labelOf(RISK_LEVEL_LABELS, level);
          return {
            level,
            notices,
            filter: entry?.filter ?? null,
            ...shadeOf(notices, max),
            description: `${label}, ${levelLabel} risk: ${notices} open ${notices === 1 ? 'notice' : 'notices'}${entry ? '. Show these cases' : ''}`,
          };
        }),
      };
    }),
  };
}

/** How many open notices sit at each level of each DRS collection tool; darker means more. */
@Component({
  selector: 'nm-escalation-heatmap',
  imports: [RouterLink, CaseListParamsPipe],
  template: `
    <h2 class="card-title" id="heatmap-title">Escalation risk</h2>
    <p class="card-hint">Open notices by collection tool and risk level</p>
    <div class="scroll">
      <table class="grid" aria-labelledby="heatmap-title" data-testid="heatmap">
        <thead>
          <tr>
            <th scope="col" class="corner"><span class="nm-visually-hidden">Collection tool</span></th>
            @for (column of heatmap().levels; track column.level) {
              <th scope="col">{{ column.label }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of heatmap().rows; track row.mechanism) {
            <tr [attr.data-mechanism]="row.mechanism">
              <th scope="row">{{ row.label }}</th>
              @for (cell of row.cells; track cell.level) {
                <td
                  [style.background-color]="cell.background"
                  [class.dark]="cell.dark"
                  [attr.data-level]="cell.level"
                  [attr.data-count]="cell.notices"
                >
                  @if (cell.filter; as filter) {
                    <a
                      class="cell"
                      [routerLink]="casesPath"
                      [queryParams]="filter | caseListParams"
                      [attr.aria-label]="cell.description"
                      >{{ cell.notices }}</a
                    >
                  } @else {
                    <span class="cell zero" [attr.aria-label]="cell.description">{{ cell.notices }}</span>
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
    <p class="legend" aria-hidden="true">
      <span>Fewer</span><span class="ramp"></span><span>More (up to {{ heatmap().max }})</span>
    </p>
  `,
  styleUrl: './escalation-heatmap.scss',
  host: { role: 'region', 'aria-labelledby': 'heatmap-title' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EscalationHeatmap {
  readonly cells = input.required<DashboardSummary['heatmap']>();
  protected readonly heatmap = computed(() => heatmapOf(this.cells()));
  protected readonly casesPath = CASES_PATH;
}
