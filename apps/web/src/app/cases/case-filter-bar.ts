import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { NOTICE_STATUSES, type UserSummary } from '@nutmeg/contracts';
import { NOTICE_KINDS, RISK_LEVELS } from '@nutmeg/domain';
import { labelOf, NOTICE_KIND_LABELS, RISK_LEVEL_LABELS, STATUS_LABELS } from '../board/notice-labels';
import type { CaseListFilter } from '../core/api/notice-list.api';

/** The assignee select's value for "nobody": a user id is never this word. */
export const UNASSIGNED = 'unassigned';

interface Option {
  value: string;
  label: string;
}

const STATUS_OPTIONS: Option[] = NOTICE_STATUSES.map((value) => ({ value, label: labelOf(STATUS_LABELS, value) }));
const KIND_OPTIONS: Option[] = NOTICE_KINDS.map((value) => ({ value, label: labelOf(NOTICE_KIND_LABELS, value) }));
const RISK_OPTIONS: Option[] = RISK_LEVELS.map((value) => ({ value, label: labelOf(RISK_LEVEL_LABELS, value) }));

/**
 * The selects that narrow the cases list. They show the filter the page has (from its address) and emit the
 * changed filter; the other filters (overdue, aging, escalation…) arrive by dashboard links and show as chips.
 */
@Component({
  selector: 'nm-case-filter-bar',
  imports: [MatFormFieldModule, MatSelectModule],
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>Status</mat-label>
      <mat-select [value]="filter().status ?? null" (selectionChange)="set({ status: $event.value ?? undefined })">
        <mat-option [value]="null">Any status</mat-option>
        @for (option of statuses; track option.value) {
          <mat-option [value]="option.value">{{ option.label }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>Assigned to</mat-label>
      <mat-select [value]="assignee()" (selectionChange)="setAssignee($event.value)">
        <mat-option [value]="null">Anyone</mat-option>
        <mat-option [value]="unassigned">Nobody (unassigned)</mat-option>
        @for (user of assignees(); track user.id) {
          <mat-option [value]="user.id">{{ user.fullName }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>Risk level</mat-label>
      <mat-select
        [value]="filter().riskLevel ?? null"
        (selectionChange)="set({ riskLevel: $event.value ?? undefined })"
      >
        <mat-option [value]="null">Any risk</mat-option>
        @for (option of riskLevels; track option.value) {
          <mat-option [value]="option.value">{{ option.label }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
    <mat-form-field appearance="outline" subscriptSizing="dynamic" class="kind">
      <mat-label>Notice kind</mat-label>
      <mat-select [value]="filter().kind ?? null" (selectionChange)="set({ kind: $event.value ?? undefined })">
        <mat-option [value]="null">Any kind</mat-option>
        @for (option of kinds; track option.value) {
          <mat-option [value]="option.value">{{ option.label }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
  `,
  host: { class: 'nm-dense-fields', role: 'search', 'aria-label': 'Filter cases' },
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
    }
    mat-form-field {
      flex: 1 1 170px;
      max-width: 220px;
    }
    .kind {
      flex-basis: 220px;
      max-width: 280px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseFilterBar {
  readonly filter = input.required<CaseListFilter>();
  readonly assignees = input<readonly UserSummary[]>([]);
  readonly changed = output<CaseListFilter>();

  protected readonly unassigned = UNASSIGNED;
  protected readonly statuses = STATUS_OPTIONS;
  protected readonly kinds = KIND_OPTIONS;
  protected readonly riskLevels = RISK_OPTIONS;
  protected readonly assignee = computed(() =>
    this.filter().unassigned ? UNASSIGNED : (this.filter().assigneeId ?? null),
  );

  protected set(change: Partial<CaseListFilter>): void {
    this.changed.emit({ ...this.filter(), ...change });
  }

  /** One person or nobody: choosing either clears the other, since together they would match nothing. */
  protected setAssignee(value: string | null): void {
    this.set({
      assigneeId: value && value !== UNASSIGNED ? value : undefined,
      unassigned: value === UNASSIGNED ? true : undefined,
    });
  }
}
