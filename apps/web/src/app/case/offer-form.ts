import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { OFFER_BASES, type OfferBasis } from '@nutmeg/contracts';
import { UsdPipe } from '../shared/money';
import { FormProblems, moneyForApi } from './api-field-errors';
import { OFFER_BASIS_LABELS } from './case-labels';
import { ResolutionFormBase } from './resolution-form-base';

/** The caution every offer carries (the api repeats it on the recorded offer). */
export const OFFER_WARNING =
  'An offer of compromise stops no deadline and no enforcement unless DRS suspends collection: keep paying and keep meeting every deadline while it is pending.';

/** An offer of compromise, recorded as a draft until it is submitted. */
@Component({
  selector: 'nm-offer-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatCheckboxModule, MatFormFieldModule, MatInputModule, MatSelectModule, UsdPipe],
  template: `
    <form [formGroup]="form" class="fields" novalidate (ngSubmit)="submit()" aria-label="Make an offer of compromise">
      <p class="banner warning wide" data-testid="offer-warning">{{ warning }}</p>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Basis</mat-label>
        <mat-select formControlName="basis" [errorStateMatcher]="problems.matcherFor('basis')">
          @for (basis of bases; track basis) {
            <mat-option [value]="basis">{{ basisLabels[basis] }}</mat-option>
          }
        </mat-select>
        @if (problems.messageFor('basis'); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field subscriptSizing="dynamic">
        <mat-label>Amount offered</mat-label>
        <span matTextPrefix>$&nbsp;</span>
        <input matInput formControlName="amountOffered" inputmode="decimal" autocomplete="off" data-testid="offer-amount"
          [errorStateMatcher]="problems.matcherFor('amountOffered')" />
        @if (problems.messageFor('amountOffered'); as message) {
          <mat-error>{{ message }}</mat-error>
        } @else {
          <mat-hint>Balance now {{ notice().figures.balanceNow | usd }}</mat-hint>
        }
      </mat-form-field>
      <mat-checkbox formControlName="disclosureComplete" class="wide">
        Full financial disclosure (income, assets, expenses) is complete
      </mat-checkbox>
      @if (problems.messageFor('disclosureComplete'); as message) {
        <p class="banner error wide">{{ message }}</p>
      }
      @if (problems.general(); as message) {
        <p class="banner error wide" role="alert">{{ message }}</p>
      }
      <div class="buttons wide">
        <button mat-flat-button type="submit" [disabled]="saving()" data-testid="record-offer">Save draft offer</button>
        <button mat-button type="button" (click)="cancel()">Cancel</button>
      </div>
    </form>
  `,
  styleUrl: './resolution-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OfferForm extends ResolutionFormBase<'offer_of_compromise'> {
  protected readonly type = 'offer_of_compromise';
  protected readonly problems = new FormProblems(['basis', 'amountOffered', 'disclosureComplete']);
  protected readonly warning = OFFER_WARNING;
  protected readonly bases = OFFER_BASES;
  protected readonly basisLabels = OFFER_BASIS_LABELS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    basis: ['doubt_as_to_collectibility' as OfferBasis],
    amountOffered: [''],
    disclosureComplete: [false],
  });

  protected submit(): void {
    this.problems.clear();
    const value = this.form.getRawValue();
    const amount = moneyForApi('amountOffered', value.amountOffered, { positive: true });
    if (!amount.ok) {
      this.problems.setField('amountOffered', amount.message);
      return;
    }
    this.send({ basis: value.basis, amountOffered: amount.value, disclosureComplete: value.disclosureComplete });
  }
}
