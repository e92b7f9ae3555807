import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FormProblems } from './api-field-errors';
import { linesOf, ResolutionFormBase } from './resolution-form-base';

/** A request to suspend collection for hardship. */
@Component({
  selector: 'nm-hardship-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <form [formGroup]="form" class="fields" novalidate (ngSubmit)="submit()" aria-label="Request a hardship suspension">
      <p class="banner warning wide">Interest keeps accruing while collection is suspended.</p>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Requested on</mat-label>
        <input matInput type="date" formControlName="requestedOn" [errorStateMatcher]="problems.matcherFor('requestedOn')" />
        @if (problems.messageFor('requestedOn'); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field class="wide" subscriptSizing="dynamic">
        <mat-label>Supporting documents</mat-label>
        <textarea matInput formControlName="documents" rows="2" [errorStateMatcher]="problems.matcherFor('documents')"></textarea>
        @if (problems.messageFor('documents'); as message) {
          <mat-error>{{ message }}</mat-error>
        } @else {
          <mat-hint>One a line, e.g. "Unemployment benefit letter"</mat-hint>
        }
      </mat-form-field>
      @if (problems.general(); as message) {
        <p class="banner error wide" role="alert">{{ message }}</p>
      }
      <div class="buttons wide">
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="record-hardship">Request suspension</button>
        <button mat-button type="button" (click)="cancel()">Cancel</button>
      </div>
    </form>
  `,
  styleUrl: './resolution-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HardshipForm extends ResolutionFormBase<'hardship_suspension'> {
  protected readonly type = 'hardship_suspension';
  protected readonly problems = new FormProblems(['requestedOn', 'documents']);
  protected readonly form = inject(NonNullableFormBuilder).group({
    requestedOn: [this.today],
    documents: [''],
  });

  protected submit(): void {
    this.problems.clear();
    const value = this.form.getRawValue();
    if (!value.requestedOn) {
      this.problems.setField('requestedOn', 'Enter the day the suspension was requested.');
      return;
    }
    const documents = linesOf(value.documents);
    this.send({ requestedOn: value.requestedOn, ...(documents.length > 0 ? { documents } : {}) });
  }
}
