import { ChangeDetectionStrategy, Component, inject, input, output, signal, type OnInit } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { InstallmentView } from '@nutmeg/contracts';
import { TODAY } from '../calculator/today';
import { type ResolutionResult, ResolutionsApi } from '../core/api/resolutions.api';
import { FormProblems, moneyForApi } from './api-field-errors';

/** Records one payment of an approved plan; a short payment is recorded but still defaults the plan. */
@Component({
  selector: 'nm-installment-payment-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    <form [formGroup]="form" class="fields" novalidate (ngSubmit)="submit()"
      [attr.aria-label]="'Record payment ' + installment().number">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Paid on</mat-label>
        <input matInput type="date" formControlName="paidOn" [errorStateMatcher]="problems.matcherFor('paidOn')" />
        @if (problems.messageFor('paidOn'); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Amount paid</mat-label>
        <span matTextPrefix>$&nbsp;</span>
        <input matInput formControlName="amount" inputmode="decimal" autocomplete="off"
          [errorStateMatcher]="problems.matcherFor('amount')" />
        @if (problems.messageFor('amount'); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      @if (problems.general(); as message) {
        <p class="banner error wide" role="alert">{{ message }}</p>
      }
      <div class="buttons wide">
        <button mat-flat-button type="submit" [disabled]="saving()">Record payment {{ installment().number }}</button>
        <button mat-button type="button" (click)="cancelled.emit()">Cancel</button>
      </div>
    </form>
  `,
  styleUrl: './resolution-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InstallmentPaymentForm implements OnInit {
  private readonly api = inject(ResolutionsApi);

  readonly resolutionId = input.required<string>();
  readonly installment = input.required<InstallmentView>();
  readonly recorded = output<ResolutionResult>();
  readonly cancelled = output<void>();

  protected readonly problems = new FormProblems(['paidOn', 'amount']);
  protected readonly saving = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({ paidOn: [inject(TODAY)()], amount: [''] });

  ngOnInit(): void {
    // The scheduled amount is what is usually paid; the field stays editable for a short or larger payment.
    this.form.controls.amount.setValue(this.installment().amount);
  }

  protected submit(): void {
    if (this.saving()) return;
    this.problems.clear();
    const value = this.form.getRawValue();
    const amount = moneyForApi('amount', value.amount, { positive: true });
    if (!amount.ok) this.problems.setField('amount', amount.message);
    if (!value.paidOn) this.problems.setField('paidOn', 'Enter the day it was paid.');
    if (!amount.ok || this.problems.hasAny()) return;
    this.saving.set(true);
    this.api
      .payInstallment(this.resolutionId(), this.installment().number, { paidOn: value.paidOn, amount: amount.value })
      .subscribe({
        next: (result) => {
          this.saving.set(false);
          this.recorded.emit(result);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.problems.take(error);
        },
      });
  }
}
