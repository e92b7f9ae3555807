import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { DashboardSummary, NoticeListFilter } from '@nutmeg/contracts';
import { formatUsd } from '../shared/money';
import { CASES_PATH, CaseListParamsPipe } from './figure-link';

type WorkloadEntry = DashboardSummary['workload'][number];

export interface WorkloadRow {
  key: string;
  name: string;
  role: string | null;
  open: number;
  overdue: number;
  balance: string;
  filter: NoticeListFilter;
  /** The person's open cases narrowed by the dashboard's own overdue filter. */
  overdueFilter: NoticeListFilter;
}

/**
 * The api gives one filter per person (their open cases); the overdue count's list is that filter combined
 * with the filter of the dashboard's overdue figure, so both definitions of "overdue" stay the api's.
 */
export function workloadRowsOf(workload: readonly WorkloadEntry[], overdueFilter: NoticeListFilter): WorkloadRow[] {
  return workload.map((entry) => ({
    key: entry.assignee?.id ?? 'unassigned',
    name: entry.assignee?.fullName ?? 'Unassigned',
    role: entry.assignee?.role ?? null,
    open: entry.open,
    overdue: entry.overdue,
    balance: formatUsd(entry.balance),
    filter: entry.filter,
    overdueFilter: { ...entry.filter, ...overdueFilter },
  }));
}

/** Who carries how many open cases, and how many of them are late. */
@Component({
  selector: 'nm-workload-table',
  imports: [RouterLink, CaseListParamsPipe],
  template: `
    <h2 class="card-title" id="workload-title">Workload</h2>
    <p class="card-hint">Open cases per person, busiest first</p>
    @if (rows().length === 0) {
      <p class="empty">No one has open cases.</p>
    } @else {
      <div class="scroll">
        <table class="table" aria-labelledby="workload-title">
          <thead>
            <tr>
              <th scope="col">Practitioner</th>
              <th scope="col" class="num">Open</th>
              <th scope="col" class="num">Overdue</th>
              <th scope="col" class="num">Balance now</th>
            </tr>
          </thead>
          <tbody>
            @for (row of rows(); track row.key) {
              <tr [attr.data-testid]="'workload-' + row.key">
                <th scope="row" class="name" [class.nm-muted]="row.role === null">{{ row.name }}</th>
                <td class="num">
                  <a
                    class="figure cell-link"
                    [routerLink]="casesPath"
                    [queryParams]="row.filter | caseListParams"
                    [attr.aria-label]="row.name + ': ' + row.open + ' open. Show these cases'"
                    data-testid="workload-open"
                    >{{ row.open }}</a
                  >
                </td>
                <td class="num">
                  <a
                    class="figure cell-link"
                    [class.late]="row.overdue > 0"
                    [routerLink]="casesPath"
                    [queryParams]="row.overdueFilter | caseListParams"
                    [attr.aria-label]="row.name + ': ' + row.overdue + ' overdue. Show these cases'"
                    data-testid="workload-overdue"
                    >{{ row.overdue }}</a
                  >
                </td>
                <td class="num">
                  <a
                    class="figure cell-link"
                    [routerLink]="casesPath"
                    [queryParams]="row.filter | caseListParams"
                    [attr.aria-label]="row.name + ': ' + row.balance + ' owed now. Show these cases'"
                    data-testid="workload-balance"
                    >{{ row.balance }}</a
                  >
                </td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    }
  `,
  styleUrl: './workload-table.scss',
  host: { role: 'region', 'aria-labelledby': 'workload-title' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WorkloadTable {
  readonly workload = input.required<DashboardSummary['workload']>();
  /** The overdue figure's filter (summary.overdue.filter). */
  readonly overdueFilter = input<NoticeListFilter>({ overdue: true });
  protected readonly rows = computed(() => workloadRowsOf(this.workload(), this.overdueFilter()));
  protected readonly casesPath = CASES_PATH;
}
