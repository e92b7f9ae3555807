import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { DashboardSummary } from '@nutmeg/contracts';
import { RISK_LEVELS } from '@nutmeg/domain';
import { labelOf, RISK_LEVEL_LABELS } from '../board/notice-labels';
import { formatUsd } from '../shared/money';
import { type FigureBar, FigureBars, sharesOf } from './figure-bars';

function rank(level: string): number {
  const index = (RISK_LEVELS as readonly string[]).indexOf(level);
  return index < 0 ? RISK_LEVELS.length : index;
}

export function exposureBarsOf(exposure: DashboardSummary['exposureByRisk']): FigureBar[] {
  // Most dangerous first: critical exposure is what a manager acts on.
  const rows = [...exposure].sort((a, b) => rank(b.level) - rank(a.level));
  const shares = sharesOf(rows.map((row) => Number(row.balance)));
  return rows.map((row, index) => {
    const level = labelOf(RISK_LEVEL_LABELS, row.level);
    const notices = `${row.notices} ${row.notices === 1 ? 'notice' : 'notices'}`;
    return {
      key: row.level,
      label: level.charAt(0).toUpperCase() + level.slice(1),
      value: formatUsd(row.balance),
      detail: notices,
      share: shares[index],
      tone: `tone-${row.level}`,
      description: `${level} risk: ${formatUsd(row.balance)} across ${notices}. Show these cases`,
      filter: row.filter,
    };
  });
}

/** What the firm's clients owe now, by how close DRS is to collecting it. */
@Component({
  selector: 'nm-exposure-card',
  imports: [FigureBars],
  template: `
    <h2 class="card-title" id="exposure-title">Dollar exposure by risk</h2>
    <p class="card-hint">Balance now of open notices, by escalation risk</p>
    <nm-figure-bars [bars]="bars()" testIdPrefix="exposure-" />
  `,
  styleUrl: './dashboard-card.scss',
  host: { role: 'region', 'aria-labelledby': 'exposure-title' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExposureCard {
  readonly exposure = input.required<DashboardSummary['exposureByRisk']>();
  protected readonly bars = computed(() => exposureBarsOf(this.exposure()));
}
