import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import type { CallView } from '@nutmeg/contracts';
import { dateLabel } from '../board/notice-labels';
import { Icon } from '../shared/icon';
import { callLineText, OUTCOME_LABELS, timeLabel } from './call-labels';

/** Calls with DRS as a table; a call logged without POA coverage is marked, with the reason. */
@Component({
  selector: 'nm-call-list',
  imports: [RouterLink, MatTooltipModule, Icon],
  template: `
    <div class="scroll">
      <table class="table">
        <thead>
          <tr>
            <th scope="col">{{ showDate() ? 'When' : 'Time' }}</th>
            @if (showClient()) {
              <th scope="col">Client</th>
            }
            <th scope="col">Notice</th>
            <th scope="col">Caller</th>
            <th scope="col">Line · DRS employee</th>
            <th scope="col">Purpose · outcome</th>
            <th scope="col">Reference</th>
            <th scope="col">POA</th>
          </tr>
        </thead>
        <tbody>
          @for (call of calls(); track call.id) {
            <tr [class.flagged]="call.flaggedNoPoa" data-testid="call-row" [attr.data-call-id]="call.id">
              <td class="nowrap">
                @if (showDate()) {
                  {{ date(call.callDate) }},
                }
                {{ time(call.startedAt) }}
              </td>
              @if (showClient()) {
                <td>
                  <a [routerLink]="['/clients', call.client.id]">{{ call.client.legalName }}</a>
                </td>
              }
              <td class="nowrap">
                @if (call.notice; as notice) {
                  <a [routerLink]="['/notices', notice.id]">{{ notice.correspondenceId }}</a>
                } @else {
                  <span class="nm-muted">—</span>
                }
              </td>
              <td>{{ call.caller.fullName }}</td>
              <td>
                {{ line(call) }}
                @if (call.drsEmployeeName || call.drsEmployeeId) {
                  <span class="sub nm-muted">
                    {{ call.drsEmployeeName }}{{ call.drsEmployeeId ? ' #' + call.drsEmployeeId : '' }}
                  </span>
                }
              </td>
              <td>
                {{ call.purpose }}
                <span class="sub nm-muted">{{ outcome(call) }}</span>
              </td>
              <td class="nowrap">{{ call.referenceNumber ?? '—' }}</td>
              <td>
                @if (call.flaggedNoPoa) {
                  <span class="flag" data-testid="call-flagged" [matTooltip]="call.poaCoverage.reason" tabindex="0">
                    <nm-icon name="warning" /> No POA
                  </span>
                  <span class="nm-visually-hidden">: {{ call.poaCoverage.reason }}</span>
                } @else {
                  <span class="ok">Covered</span>
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
      min-width: 720px;
      border-collapse: collapse;
      font: var(--mat-sys-body-medium);
    }
    th {
      text-align: left;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
      padding: 8px 12px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    td {
      padding: 8px 12px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
    }
    tr.flagged td {
      background: color-mix(in srgb, var(--mat-sys-error-container) 45%, transparent);
    }
    .nowrap {
      white-space: nowrap;
    }
    .sub {
      display: block;
      font: var(--mat-sys-body-small);
    }
    .flag {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      color: var(--mat-sys-error);
      font: var(--mat-sys-label-large);
      white-space: nowrap;
      --nm-icon-size: 18px;
    }
    .ok {
      color: #14522b;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CallList {
  readonly calls = input.required<readonly CallView[]>();
  /** Off on a client's own page, where every call is theirs. */
  readonly showClient = input(true);
  /** On for lists spanning several days. */
  readonly showDate = input(false);

  protected time(iso: string): string {
    return timeLabel(iso);
  }

  protected date(isoDate: string): string {
    return dateLabel(isoDate);
  }

  protected line(call: CallView): string {
    return callLineText(call);
  }

  protected outcome(call: CallView): string {
    return OUTCOME_LABELS[call.outcome] ?? call.outcome;
  }
}
