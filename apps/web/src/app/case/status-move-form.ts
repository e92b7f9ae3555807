import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { PROTEST_OUTCOMES, type ProtestOutcome, type ResolutionView } from '@nutmeg/contracts';
import { TODAY } from '../calculator/today';
import { type ResolutionResult, ResolutionsApi, type ResolutionStatusRequest } from '../core/api/resolutions.api';
import { isStaleVersion } from '../core/http/api-error';
import { labelOf } from '../board/notice-labels';
import { FormProblems, moneyForApi } from './api-field-errors';
import { PROTEST_OUTCOME_LABELS, RESOLUTION_STATUS_LABELS } from './case-labels';

export const STALE_RESOLUTION_MESSAGE =
  'Someone else changed this resolution meanwhile. Reload the case to see the change, then try again.';

/** The decision fields a move needs, by type and target (the api's ResolutionsService.changeStatus). */
export type MoveExtra = 'amountWaived' | 'outcome' | 'grantedUntil' | null;

export function extraFor(resolution: ResolutionView, to: string): MoveExtra {
  if (resolution.type === 'penalty_waiver' && to === 'approved') return 'amountWaived';
  if (resolution.type === 'protest' && to === 'decided') return 'outcome';
  if (resolution.type === 'hardship_suspension' && to === 'granted') return 'grantedUntil';
  return null;
}

/** Moves a resolution along its lifecycle, asking for the date and whatever decision the move records. */
@Component({
  selector: 'nm-status-move-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  template: `
    <form [formGroup]="form" class="fields" novalidate (ngSubmit)="submit()" [attr.aria-label]="'Mark ' + toLabel()">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>{{ toLabel() }} on</mat-label>
        <input matInput type="date" formControlName="on" [errorStateMatcher]="problems.matcherFor('on')" />
        @if (problems.messageFor('on'); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      @switch (extra()) {
        @case ('amountWaived') {
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>Penalty waived</mat-label>
            <span matTextPrefix>$&nbsp;</span>
            <input matInput formControlName="amountWaived" inputmode="decimal" autocomplete="off"
              [errorStateMatcher]="problems.matcherFor('amountWaived')" />
            @if (problems.messageFor('amountWaived'); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
        }
        @case ('outcome') {
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>Outcome</mat-label>
            <mat-select formControlName="outcome" [errorStateMatcher]="problems.matcherFor('outcome')">
              @for (outcome of outcomes; track outcome) {
                <mat-option [value]="outcome">{{ outcomeLabels[outcome] }}</mat-option>
              }
            </mat-select>
            @if (problems.messageFor('outcome'); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
        }
        @case ('grantedUntil') {
          <mat-form-field subscriptSizing="dynamic">
            <mat-label>Suspended until</mat-label>
            <input matInput type="date" formControlName="grantedUntil" [errorStateMatcher]="problems.matcherFor('grantedUntil')" />
            @if (problems.messageFor('grantedUntil'); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
        }
      }
      <mat-form-field class="wide" subscriptSizing="dynamic">
        <mat-label>Note</mat-label>
        <input matInput formControlName="note" autocomplete="off" [errorStateMatcher]="problems.matcherFor('note')" />
        @if (problems.messageFor('note'); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      @if (problems.general(); as message) {
        <p class="banner error wide" role="alert">{{ message }}</p>
      }
      <div class="buttons wide">
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="confirm-move">Mark {{ toLabel() }}</button>
        <button mat-button type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
  styleUrl: './resolution-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusMoveForm {
  private readonly api = inject(ResolutionsApi);

  readonly resolution = input.required<ResolutionView>();
  readonly to = input.required<string>();
  readonly moved = output<ResolutionResult>();
  readonly cancelled = output<void>();

  protected readonly problems = new FormProblems(['on', 'amountWaived', 'outcome', 'grantedUntil', 'note']);
  protected readonly saving = signal(false);
  protected readonly outcomes = PROTEST_OUTCOMES;
  protected readonly outcomeLabels = PROTEST_OUTCOME_LABELS;
  protected readonly extra = computed(() => extraFor(this.resolution(), this.to()));
  protected readonly toLabel = computed(() => labelOf(RESOLUTION_STATUS_LABELS, this.to()).toLowerCase());
  protected readonly form = inject(NonNullableFormBuilder).group({
    on: [inject(TODAY)()],
    amountWaived: [''],
    outcome: ['upheld' as ProtestOutcome],
    grantedUntil: [''],
    note: [''],
  });

  protected submit(): void {
    if (this.saving()) return;
    this.problems.clear();
    const value = this.form.getRawValue();
    const resolution = this.resolution();
    const request: ResolutionStatusRequest = { to: this.to(), version: resolution.version };
    if (value.on) request.on = value.on;
    if (value.note.trim()) request.note = value.note.trim();
    const extra = this.extra();
    if (extra === 'amountWaived') {
      const amount = moneyForApi('amountWaived', value.amountWaived, { positive: true });
      if (amount.ok) request.amountWaived = amount.value;
      else this.problems.setField('amountWaived', amount.message);
    }
    if (extra === 'outcome') request.outcome = value.outcome;
    if (extra === 'grantedUntil') {
      if (value.grantedUntil) request.grantedUntil = value.grantedUntil;
      else this.problems.setField('grantedUntil', 'Enter the last day of the suspension.');
    }
    if (this.problems.hasAny()) return;
    this.saving.set(true);
    this.api.changeStatus(resolution.id, request).subscribe({
      next: (result) => {
        this.saving.set(false);
        this.moved.emit(result);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        // A stale version is the one 409 the api words for developers; a refused move already reads plainly.
        this.problems.take(error, isStaleVersion(error) ? { 409: STALE_RESOLUTION_MESSAGE } : {});
      },
    });
  }
}
