import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { NOTICE_KINDS, type NoticeKind, RISK_LEVELS, type RiskLevel } from '@nutmeg/domain';
import { NOTICE_KIND_LABELS, RISK_LEVEL_LABELS } from './notice-labels';

/** What the board shows: the api filters (kind, risk, overdue, due within) and a search over the cards loaded. */
export interface BoardFilter {
  kind: NoticeKind | null;
  riskLevel: RiskLevel | null;
  overdue: boolean;
  dueWithinDays: number | null;
  search: string;
}

export const NO_FILTER: BoardFilter = { kind: null, riskLevel: null, overdue: false, dueWithinDays: null, search: '' };

export const DUE_WITHIN_CHOICES = [3, 7, 14, 30] as const;

/** True when a card matches the search: client name, correspondence ID or account number, any case. */
export function matchesSearch(notice: { client: { legalName: string }; correspondenceId: string; accountNumber: string }, search: string): boolean {
  const needle = search.trim().toLowerCase();
  if (!needle) return true;
  return [notice.client.legalName, notice.correspondenceId, notice.accountNumber].some((text) => text.toLowerCase().includes(needle));
}

@Component({
  selector: 'nm-board-filters',
  imports: [MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  template: `
    @let f = filter();
    <mat-form-field appearance="outline" subscriptSizing="dynamic" class="search">
      <mat-label>Search cards</mat-label>
      <input matInput type="search" data-testid="board-search" [value]="f.search" (input)="set({ search: $any($event.target).value })" placeholder="Client, correspondence ID, account" />
    </mat-form-field>
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>Notice kind</mat-label>
      <mat-select data-testid="filter-kind" [value]="f.kind" (valueChange)="set({ kind: $event })">
        <mat-option [value]="null">Any kind</mat-option>
        @for (kind of kinds; track kind) {
          <mat-option [value]="kind">{{ kindLabels[kind] }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>Risk level</mat-label>
      <mat-select data-testid="filter-risk" [value]="f.riskLevel" (valueChange)="set({ riskLevel: $event })">
        <mat-option [value]="null">Any level</mat-option>
        @for (level of levels; track level) {
          <mat-option [value]="level">{{ levelLabels[level] }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>Due within</mat-label>
      <mat-select data-testid="filter-due" [value]="f.dueWithinDays" (valueChange)="set({ dueWithinDays: $event })">
        <mat-option [value]="null">Any time</mat-option>
        @for (days of dueChoices; track days) {
          <mat-option [value]="days">{{ days }} days</mat-option>
        }
      </mat-select>
    </mat-form-field>
    <mat-checkbox data-testid="filter-overdue" [checked]="f.overdue" (change)="set({ overdue: $event.checked })">Overdue</mat-checkbox>
    @if (active()) {
      <button mat-button type="button" (click)="filterChange.emit(noFilter)">Clear filters</button>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 12px;
    }
    mat-form-field {
      width: 168px;
    }
    .search {
      width: 260px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BoardFilters {
  readonly filter = input.required<BoardFilter>();
  readonly filterChange = output<BoardFilter>();

  protected readonly kinds = NOTICE_KINDS;
  protected readonly levels = RISK_LEVELS;
  protected readonly kindLabels = NOTICE_KIND_LABELS;
  protected readonly levelLabels = RISK_LEVEL_LABELS;
  protected readonly dueChoices = DUE_WITHIN_CHOICES;
  protected readonly noFilter = NO_FILTER;
  protected readonly active = computed(() => JSON.stringify(this.filter()) !== JSON.stringify(NO_FILTER));

  protected set(change: Partial<BoardFilter>): void {
    this.filterChange.emit({ ...this.filter(), ...change });
  }
}
