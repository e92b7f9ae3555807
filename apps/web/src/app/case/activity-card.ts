import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import type { TimelineEntry } from '@nutmeg/contracts';
import { catchError, of, switchMap, tap } from 'rxjs';
import { NoticesApi } from '../core/api/notices.api';
import { describeHttpError } from '../core/http/api-error';
import { relativeTime } from '../shared/relative-time';
import { dateTimeLabel } from './case-labels';

/** A long history shows its latest entries first and the rest on request, so the side column stays short. */
export const ACTIVITY_PREVIEW = 12;

/** What happened on the case, newest first, in the api's plain words (status, checklist, resolutions, ...). */
@Component({
  selector: 'nm-activity-card',
  imports: [MatButtonModule],
  template: `
    <h2 class="card-title" id="activity-title">Activity</h2>
    @if (error(); as message) {
      <p class="banner error" role="alert">
        {{ message }} <button mat-button type="button" (click)="retry()">Try again</button>
      </p>
    } @else if (entries(); as entries) {
      @if (entries.length === 0) {
        <p class="nm-muted">Nothing has happened on this case yet.</p>
      } @else {
        <ol class="list" aria-labelledby="activity-title">
          @for (entry of shown(); track $index) {
            <li class="entry" data-testid="activity-entry">
              <p class="summary">{{ entry.summary }}</p>
              <p class="small nm-muted">
                {{ entry.actor?.fullName ?? 'Nutmeg' }} ·
                <time [attr.datetime]="entry.at" [title]="exact(entry.at)">{{ ago(entry.at) }}</time>
              </p>
            </li>
          }
        </ol>
        @if (entries.length > shown().length) {
          <button mat-button type="button" (click)="showAll.set(true)">
            Show all {{ entries.length }} entries
          </button>
        }
      }
    } @else {
      <p class="nm-muted" role="status">Loading the activity…</p>
    }
  `,
  styleUrl: './activity-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ActivityCard {
  private readonly api = inject(NoticesApi);

  readonly noticeId = input.required<string>();
  readonly revision = input(0);

  protected readonly entries = signal<TimelineEntry[] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly showAll = signal(false);
  private readonly retries = signal(0);
  protected readonly shown = computed(() => {
    const entries = this.entries() ?? [];
    return this.showAll() ? entries : entries.slice(0, ACTIVITY_PREVIEW);
  });

  constructor() {
    toObservable(computed(() => ({ id: this.noticeId(), revision: this.revision(), retry: this.retries() })))
      .pipe(
        tap(() => this.error.set(null)),
        switchMap(({ id }) =>
          this.api.timeline(id).pipe(
            catchError((error: unknown) => {
              this.error.set(describeHttpError(error));
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((entries) => this.entries.set(entries));
  }

  protected retry(): void {
    this.retries.update((n) => n + 1);
  }

  protected ago(at: string): string {
    return relativeTime(at);
  }

  protected exact(at: string): string {
    return dateTimeLabel(at);
  }
}
