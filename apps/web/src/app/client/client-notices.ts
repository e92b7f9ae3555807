import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { NoticeListItem } from '@nutmeg/contracts';
import {
  deadlineLabelOf,
  labelOf,
  NOTICE_KIND_LABELS,
  periodsLabel,
  STATUS_LABELS,
  TAX_TYPE_LABELS,
} from '../board/notice-labels';
import { UsdPipe } from '../shared/money';

/** The client's notices: each links to its case, with the balance today and the next deadline. */
@Component({
  selector: 'nm-client-notices',
  imports: [RouterLink, UsdPipe],
  template: `
    <div class="scroll">
      <table class="table">
        <thead>
          <tr>
            <th scope="col">Notice</th>
            <th scope="col">Tax · period</th>
            <th scope="col">Status</th>
            <th scope="col" class="amount">Balance now</th>
            <th scope="col">Next deadline</th>
          </tr>
        </thead>
        <tbody>
          @for (notice of notices(); track notice.id) {
            <tr data-testid="client-notice" [attr.data-notice-id]="notice.id">
              <td>
                <a [routerLink]="['/notices', notice.id]" class="mono">{{ notice.correspondenceId }}</a>
                <span class="sub nm-muted">{{ kind(notice) }}</span>
              </td>
              <td>{{ tax(notice) }}</td>
              <td>{{ status(notice) }}</td>
              <td class="amount">{{ notice.figures.balanceNow | usd }}</td>
              <td>
                @if (deadline(notice); as next) {
                  <span [class]="'tone-' + next.tone">{{ next.date }}</span>
                  <span class="sub" [class]="'tone-' + next.tone">{{ next.kind }} · {{ next.left }}</span>
                } @else {
                  <span class="nm-muted">None open</span>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .scroll {
      overflow-x: auto;
    }
    .table {
      width: 100%;
      min-width: 560px;
      border-collapse: collapse;
    }
    th {
      text-align: left;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
      padding: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    td {
      padding: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
    }
    .amount {
      text-align: right;
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .mono {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    }
    .sub {
      display: block;
      font: var(--mat-sys-body-small);
    }
    .tone-overdue {
      color: var(--mat-sys-error);
    }
    .tone-soon {
      color: #8a5a00;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientNotices {
  readonly notices = input.required<readonly NoticeListItem[]>();

  protected kind(notice: NoticeListItem): string {
    return labelOf(NOTICE_KIND_LABELS, notice.kind);
  }

  protected tax(notice: NoticeListItem): string {
    return `${labelOf(TAX_TYPE_LABELS, notice.taxType)} ${periodsLabel(notice.taxPeriods)}`;
  }

  protected status(notice: NoticeListItem): string {
    return STATUS_LABELS[notice.status] ?? notice.status;
  }

  protected deadline(notice: NoticeListItem) {
    return deadlineLabelOf(notice.figures.nextDeadline);
  }
}
