import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { AGING_BUCKETS, type DashboardSummary } from '@nutmeg/contracts';
import { labelOf } from '../board/notice-labels';
import { AGING_LABELS } from '../cases/case-filter';
import { formatUsd } from '../shared/money';
import { type FigureBar, FigureBars, sharesOf } from './figure-bars';

export function agingBarsOf(aging: DashboardSummary['aging']): FigureBar[] {
  // The api's buckets in their natural order (0–30 first), whatever order they arrive in.
  const rows = [...aging].sort((a, b) => AGING_BUCKETS.indexOf(a.bucket) - AGING_BUCKETS.indexOf(b.bucket));
  const shares = sharesOf(rows.map((row) => row.notices));
  return rows.map((row, index) => {
    const label = labelOf(AGING_LABELS, row.bucket);
    const notices = `${row.notices} ${row.notices === 1 ? 'notice' : 'notices'}`;
    return {
      key: row.bucket,
      label: label.charAt(0).toUpperCase() + label.slice(1),
      value: notices,
      detail: formatUsd(row.balance),
      share: shares[index],
      // Older notices are further along DRS's collection path: the colour deepens with age.
      tone: ['tone-low', 'tone-elevated', 'tone-high', 'tone-critical'][AGING_BUCKETS.indexOf(row.bucket)] ?? '',
      description: `Open notices aged ${label}: ${notices}, ${formatUsd(row.balance)}. Show these cases`,
      filter: row.filter,
    };
  });
}

/** Open notices by age since the notice date. */
@Component({
  selector: 'nm-aging-card',
  imports: [FigureBars],
  template: `
    <h2 class="card-title" id="aging-title">Aging of open notices</h2>
    <p class="card-hint">Days since the notice date</p>
    <nm-figure-bars [bars]="bars()" testIdPrefix="aging-" />
  `,
  styleUrl: './dashboard-card.scss',
  host: { role: 'region', 'aria-labelledby': 'aging-title' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgingCard {
  readonly aging = input.required<DashboardSummary['aging']>();
  protected readonly bars = computed(() => agingBarsOf(this.aging()));
}
