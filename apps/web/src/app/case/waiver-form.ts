import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { WAIVER_REASONS, type WaiverReason } from '@nutmeg/contracts';
import { FormProblems } from './api-field-errors';
import { WAIVER_REASON_LABELS } from './case-labels';
import { linesOf, ResolutionFormBase } from './resolution-form-base';

/** A penalty waiver request (Form DRS-PW), recorded as a draft until it is submitted. */
@Component({
  selector: 'nm-waiver-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  template: `
    <form [formGroup]="form" class="fields" novalidate (ngSubmit)="submit()" aria-label="Request a penalty waiver">
      <p class="banner warning wide">A waiver can remove penalty only: interest is never waived.</p>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Reason</mat-label>
        <mat-select formControlName="reasonCategory" [errorStateMatcher]="problems.matcherFor('reasonCategory')">
          @for (reason of reasons; track reason) {
            <mat-option [value]="reason">{{ reasonLabels[reason] }}</mat-option>
          }
        </mat-select>
        @if (problems.messageFor('reasonCategory'); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field class="wide" subscriptSizing="dynamic">
        <mat-label>What happened</mat-label>
        <textarea matInput formControlName="narrative" rows="3" data-testid="waiver-narrative"
          [errorStateMatcher]="problems.matcherFor('narrative')"></textarea>
        @if (problems.messageFor('narrative'); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field class="wide" subscriptSizing="dynamic">
        <mat-label>Supporting documents</mat-label>
        <textarea matInput formControlName="documents" rows="2" [errorStateMatcher]="problems.matcherFor('documents')"></textarea>
        @if (problems.messageFor('documents'); as message) {
          <mat-error>{{ message }}</mat-error>
        } @else {
          <mat-hint>One a line, e.g. "Hospital discharge summary"</mat-hint>
        }
      </mat-form-field>
      @if (problems.general(); as message) {
        <p class="banner error wide" role="alert">{{ message }}</p>
      }
      <div class="buttons wide">
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="record-waiver">Save draft waiver</button>
        <button mat-button type="button" (click)="cancel()">Cancel</button>
      </div>
    </form>
  `,
  styleUrl: './resolution-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WaiverForm extends ResolutionFormBase<'penalty_waiver'> {
  protected readonly type = 'penalty_waiver';
  protected readonly problems = new FormProblems(['reasonCategory', 'narrative', 'documents']);
  protected readonly reasons = WAIVER_REASONS;
  protected readonly reasonLabels = WAIVER_REASON_LABELS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    reasonCategory: ['illness' as WaiverReason],
    narrative: [''],
    documents: [''],
  });

  protected submit(): void {
    this.problems.clear();
    const value = this.form.getRawValue();
    if (!value.narrative.trim()) this.problems.setField('narrative', 'Say what kept the client from paying on time.');
    if (this.problems.hasAny()) return;
    const documents = linesOf(value.documents);
    this.send({
      reasonCategory: value.reasonCategory,
      narrative: value.narrative.trim(),
      ...(documents.length > 0 ? { documents } : {}),
    });
  }
}
