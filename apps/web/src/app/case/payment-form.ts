import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { PAYMENT_METHODS, type PaymentMethod } from '@nutmeg/contracts';
import { UsdPipe } from '../shared/money';
import { FormProblems, moneyForApi } from './api-field-errors';
import { PAYMENT_METHOD_LABELS } from './case-labels';
import { ResolutionFormBase } from './resolution-form-base';

/** A payment already made (in full or in part): it reduces the balance the accrual runs on. */
@Component({
  selector: 'nm-payment-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatSelectModule, UsdPipe],
  template: `
    <form [formGroup]="form" class="fields" novalidate (ngSubmit)="submit()" aria-label="Record a payment">
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Amount paid</mat-label>
        <span matTextPrefix>$&nbsp;</span>
        <input matInput formControlName="amount" inputmode="decimal" autocomplete="off" data-testid="payment-amount"
          [errorStateMatcher]="problems.matcherFor('amount')" />
        @if (problems.messageFor('amount'); as message) {
          <mat-error>{{ message }}</mat-error>
        } @else {
          <mat-hint>Balance now {{ notice().figures.balanceNow | usd }}</mat-hint>
        }
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Paid on</mat-label>
        <input matInput type="date" formControlName="date" [max]="today" [errorStateMatcher]="problems.matcherFor('date')" />
        @if (problems.messageFor('date'); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Method</mat-label>
        <mat-select formControlName="method" [errorStateMatcher]="problems.matcherFor('method')">
          @for (method of methods; track method) {
            <mat-option [value]="method">{{ methodLabels[method] }}</mat-option>
          }
        </mat-select>
        @if (problems.messageFor('method'); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Confirmation or check number</mat-label>
        <input matInput formControlName="confirmation" autocomplete="off" [errorStateMatcher]="problems.matcherFor('confirmation')" />
        @if (problems.messageFor('confirmation'); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      <mat-checkbox formControlName="payUnderProtest" class="wide">
        Paid under protest — a cash bond, Form APL-004 (stops interest on the tax it covers while the appeal is pending)
      </mat-checkbox>
      @if (problems.general(); as message) {
        <p class="banner error wide" role="alert">{{ message }}</p>
      }
      <div class="buttons wide">
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="record-payment">Record payment</button>
        <button mat-button type="button" (click)="cancel()">Cancel</button>
      </div>
    </form>
  `,
  styleUrl: './resolution-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaymentForm extends ResolutionFormBase<'payment'> {
  protected readonly type = 'payment';
  protected readonly problems = new FormProblems(['amount', 'date', 'method', 'confirmation', 'payUnderProtest']);
  protected readonly methods = PAYMENT_METHODS;
  protected readonly methodLabels = PAYMENT_METHOD_LABELS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    amount: [''],
    date: [this.today],
    method: ['myconnect' as PaymentMethod],
    confirmation: [''],
    payUnderProtest: [false],
  });

  protected submit(): void {
    this.problems.clear();
    const value = this.form.getRawValue();
    const amount = moneyForApi('amount', value.amount, { positive: true });
    if (!amount.ok) this.problems.setField('amount', amount.message);
    if (!value.date) this.problems.setField('date', 'Enter the day it was paid.');
    if (this.problems.hasAny() || !amount.ok) return;
    this.send({
      amount: amount.value,
      date: value.date,
      method: value.method,
      ...(value.confirmation.trim() ? { confirmation: value.confirmation.trim() } : {}),
      ...(value.payUnderProtest ? { payUnderProtest: true } : {}),
    });
  }
}
