import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { PROTEST_LEVELS, type ProtestLevel } from '@nutmeg/contracts';
import { FormProblems } from './api-field-errors';
import { PROTEST_LEVEL_LABELS } from './case-labels';
import { ResolutionFormBase } from './resolution-form-base';

/** A protest or appeal already filed; filed in time, it meets its deadline. */
@Component({
  selector: 'nm-protest-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  template: `
    <form [formGroup]="form" class="fields" novalidate (ngSubmit)="submit()" aria-label="Record a protest">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Filed with</mat-label>
        <mat-select formControlName="level" [errorStateMatcher]="problems.matcherFor('level')">
          @for (level of levels; track level) {
            <mat-option [value]="level">{{ levelLabels[level] }}</mat-option>
          }
        </mat-select>
        @if (problems.messageFor('level'); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Filed on</mat-label>
        <input matInput type="date" formControlName="filedOn" [max]="today" [errorStateMatcher]="problems.matcherFor('filedOn')" />
        @if (problems.messageFor('filedOn'); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field class="wide" subscriptSizing="dynamic">
        <mat-label>Grounds</mat-label>
        <textarea matInput formControlName="grounds" rows="3" data-testid="protest-grounds"
          [errorStateMatcher]="problems.matcherFor('grounds')"></textarea>
        @if (problems.messageFor('grounds'); as message) {
          <mat-error>{{ message }}</mat-error>
        } @else {
          <mat-hint>A written protest must state its grounds (§12-729)</mat-hint>
        }
      </mat-form-field>
      @if (problems.general(); as message) {
        <p class="banner error wide" role="alert">{{ message }}</p>
      }
      <div class="buttons wide">
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="record-protest">Record protest</button>
        <button mat-button type="button" (click)="cancel()">Cancel</button>
      </div>
    </form>
  `,
  styleUrl: './resolution-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProtestForm extends ResolutionFormBase<'protest'> {
  protected readonly type = 'protest';
  protected readonly problems = new FormProblems(['level', 'grounds', 'filedOn']);
  protected readonly levels = PROTEST_LEVELS;
  protected readonly levelLabels = PROTEST_LEVEL_LABELS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    level: ['appellate_division' as ProtestLevel],
    grounds: [''],
    filedOn: [this.today],
  });

  protected submit(): void {
    this.problems.clear();
    const value = this.form.getRawValue();
    if (!value.grounds.trim()) this.problems.setField('grounds', 'State the grounds of the protest.');
    if (!value.filedOn) this.problems.setField('filedOn', 'Enter the day it was filed.');
    if (this.problems.hasAny()) return;
    this.send({ level: value.level, grounds: value.grounds.trim(), filedOn: value.filedOn });
  }
}
