import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import type { InstallmentPayment } from '@nutmeg/domain';
import { UsdPipe } from './money';

/**
 * An installment plan's dated payments, as the rules engine lays them out: on the case page, and with how
 * each payment is applied (tax, interest, penalty) on the calculator.
 */
@Component({
  selector: 'nm-plan-schedule',
  imports: [MatTableModule, UsdPipe],
  template: `
    <div class="scroll">
      <table mat-table [dataSource]="payments()" class="table" [attr.aria-label]="label()" data-testid="plan-schedule">
        <ng-container matColumnDef="number">
          <th mat-header-cell *matHeaderCellDef>#</th>
          <td mat-cell *matCellDef="let payment">{{ payment.number }}</td>
        </ng-container>
        <ng-container matColumnDef="date">
          <th mat-header-cell *matHeaderCellDef>Date</th>
          <td mat-cell *matCellDef="let payment">{{ payment.date }}</td>
        </ng-container>
        <ng-container matColumnDef="amount">
          <th mat-header-cell *matHeaderCellDef>Payment</th>
          <td mat-cell *matCellDef="let payment" class="strong">{{ payment.amount | usd }}</td>
        </ng-container>
        <ng-container matColumnDef="interest">
          <th mat-header-cell *matHeaderCellDef>Interest charged</th>
          <td mat-cell *matCellDef="let payment">{{ payment.interestCharged | usd }}</td>
        </ng-container>
        <ng-container matColumnDef="toTax">
          <th mat-header-cell *matHeaderCellDef>To tax</th>
          <td mat-cell *matCellDef="let payment">{{ payment.toTax | usd }}</td>
        </ng-container>
        <ng-container matColumnDef="toInterest">
          <th mat-header-cell *matHeaderCellDef>To interest</th>
          <td mat-cell *matCellDef="let payment">{{ payment.toInterest | usd }}</td>
        </ng-container>
        <ng-container matColumnDef="toPenalty">
          <th mat-header-cell *matHeaderCellDef>To penalty</th>
          <td mat-cell *matCellDef="let payment">{{ payment.toPenalty | usd }}</td>
        </ng-container>
        <ng-container matColumnDef="remaining">
          <th mat-header-cell *matHeaderCellDef>Still owed</th>
          <td mat-cell *matCellDef="let payment">{{ payment.remainingBalance | usd }}</td>
        </ng-container>
        <tr mat-header-row *matHeaderRowDef="columns()"></tr>
        <tr mat-row *matRowDef="let payment; columns: columns()" data-testid="plan-payment"></tr>
      </table>
    </div>
  `,
  styles: `
    .scroll {
      overflow-x: auto;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
    }
    .table {
      width: 100%;
      background: transparent;
    }
    td {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .strong {
      font-weight: 500;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanSchedule {
  readonly payments = input.required<readonly InstallmentPayment[]>();
  readonly label = input('Payment schedule');
  /** Also show how each payment is applied to tax, interest and penalty. */
  readonly allocation = input(false);
  protected readonly columns = computed(() =>
    this.allocation()
      ? ['number', 'date', 'amount', 'interest', 'toTax', 'toInterest', 'toPenalty', 'remaining']
      : ['number', 'date', 'amount', 'interest', 'remaining'],
  );
}
