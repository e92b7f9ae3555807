import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import type { CallView, Page } from '@nutmeg/contracts';
import { catchError, of, switchMap, tap } from 'rxjs';
import { dateLabel, labelOf } from '../board/notice-labels';
import { CallsApi } from '../core/api/calls.api';
import { describeHttpError } from '../core/http/api-error';
import { Icon } from '../shared/icon';
import { dateTimeLabel } from './case-labels';

const OUTCOME_LABELS: Readonly<Record<string, string>> = {
  resolved: 'Resolved',
  info_obtained: 'Information obtained',
  callback_promised: 'Callback promised',
  payment_arranged: 'Payment arranged',
  transferred: 'Transferred',
  no_answer: 'No answer',
};

/**
 * The DRS calls logged on this notice, newest first. Only the list: the "Log a call" dialog is built elsewhere
 * and the page wires its button beside this card's title.
 */
@Component({
  selector: 'nm-case-calls-card',
  imports: [MatButtonModule, Icon],
  template: `
    <div class="title-row">
      <h2 class="card-title" id="calls-title">DRS calls</h2>
      <ng-content select="[callActions]" />
    </div>
    @if (error(); as message) {
      <p class="banner error" role="alert">
        {{ message }} <button mat-button type="button" (click)="retry()">Try again</button>
      </p>
    } @else if (page(); as page) {
      @if (page.items.length === 0) {
        <p class="nm-muted" data-testid="calls-empty">No calls with DRS logged on this notice.</p>
      } @else {
        <ul class="list" aria-labelledby="calls-title">
          @for (call of page.items; track call.id) {
            <li class="call" data-testid="case-call">
              <div class="line">
                <strong>{{ when(call) }}</strong>
                <span class="nm-muted">{{ outcome(call) }}</span>
              </div>
              <p class="small">{{ call.caller.fullName }} · {{ call.lineNumber ?? call.lineDetail ?? call.line }}
                @if (call.drsEmployeeName) { · {{ call.drsEmployeeName }} }
              </p>
              <p class="small">{{ call.purpose }}</p>
              @if (call.drsPromises) {
                <p class="small">DRS promised: {{ call.drsPromises }}</p>
              }
              @if (call.followUpOn) {
                <p class="small">Follow up by {{ dateOf(call.followUpOn) }}</p>
              }
              @if (call.flaggedNoPoa) {
                <p class="small flag"><nm-icon name="warning" /> Logged without a power of attorney on file</p>
              }
            </li>
          }
        </ul>
        @if (page.total > page.items.length) {
          <p class="small nm-muted">Showing the latest {{ page.items.length }} of {{ page.total }} calls.</p>
        }
      }
    } @else {
      <p class="nm-muted" role="status">Loading the calls…</p>
    }
  `,
  styleUrl: './case-calls-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CaseCallsCard {
  private readonly api = inject(CallsApi);

  readonly noticeId = input.required<string>();
  readonly revision = input(0);

  protected readonly page = signal<Page<CallView> | null>(null);
  protected readonly error = signal<string | null>(null);
  private readonly retries = signal(0);

  constructor() {
    toObservable(computed(() => ({ id: this.noticeId(), revision: this.revision(), retry: this.retries() })))
      .pipe(
        tap(() => this.error.set(null)),
        switchMap(({ id }) =>
          this.api.list({ noticeId: id, pageSize: 50 }).pipe(
            catchError((error: unknown) => {
              this.error.set(describeHttpError(error));
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((page) => this.page.set(page));
  }

  /** Lets the page reload the list after a call is logged from its dialog. */
  refresh(): void {
    this.retries.update((n) => n + 1);
  }

  protected retry(): void {
    this.refresh();
  }

  protected when(call: CallView): string {
    return dateTimeLabel(call.startedAt);
  }

  protected outcome(call: CallView): string {
    return labelOf(OUTCOME_LABELS, call.outcome);
  }

  protected dateOf(date: string): string {
    return dateLabel(date);
  }
}
