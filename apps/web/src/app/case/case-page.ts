import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import type { NoticeView, ResolutionView } from '@nutmeg/contracts';
import { catchError, EMPTY, of, switchMap, tap } from 'rxjs';
import { FirmRules } from '../calculator/firm-rules';
import { LogCallLauncher } from '../calls/log-call-launcher';
import { NoticesApi } from '../core/api/notices.api';
import { AuthService } from '../core/auth/auth.service';
import { ResolutionsApi } from '../core/api/resolutions.api';
import { describeHttpError } from '../core/http/api-error';
import { Icon } from '../shared/icon';
import { StatePanel } from '../shared/state-panel';
import { ActivityCard } from './activity-card';
import { CaseCallsCard } from './case-calls-card';
import { CaseHeader } from './case-header';
import { ChecklistCard } from './checklist-card';
import { DeadlinesTimeline } from './deadlines-timeline';
import { DocumentsCard } from './documents-card';
import { OptionsCard } from './options-card';
import { ResolutionsCard } from './resolutions-card';
import { RiskPanel } from './risk-panel';
import { WhatIfCard } from './what-if-card';

/**
 * The case page: one notice with everything a practitioner needs to work it. The page owns the notice and
 * its resolutions; every card that changes the case hands back the api's updated notice, and the page bumps
 * `revision` so the cards that read their own lists (options, calls, documents, activity) fetch them again.
 */
@Component({
  selector: 'nm-case-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    Icon,
    StatePanel,
    CaseHeader,
    DeadlinesTimeline,
    ChecklistCard,
    RiskPanel,
    OptionsCard,
    ResolutionsCard,
    CaseCallsCard,
    DocumentsCard,
    ActivityCard,
    WhatIfCard,
  ],
  providers: [FirmRules],
  templateUrl: './case-page.html',
  styleUrl: './case-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CasePage {
  private readonly notices = inject(NoticesApi);
  private readonly resolutionsApi = inject(ResolutionsApi);
  private readonly title = inject(Title);
  protected readonly rules = inject(FirmRules);
  private readonly calls = inject(LogCallLauncher);
  private readonly auth = inject(AuthService);
  /** Every role logs calls (calls:write), but the permission table decides. */
  protected readonly canLogCalls = computed(() => this.auth.can('calls:write'));

  /** The notice id, from the route (/notices/:id). */
  readonly id = input.required<string>();

  protected readonly notice = signal<NoticeView | null>(null);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);
  protected readonly resolutions = signal<ResolutionView[] | null>(null);
  protected readonly resolutionsError = signal<string | null>(null);
  /** Bumped after every change to the case, so the cards with their own lists reload them. */
  protected readonly revision = signal(0);
  private readonly reloads = signal(0);

  protected readonly noticeId = computed(() => this.notice()?.id ?? this.id());

  constructor() {
    toObservable(computed(() => ({ id: this.id(), reload: this.reloads() })))
      .pipe(
        tap(() => {
          this.loading.set(true);
          this.error.set(null);
        }),
        // switchMap: following a link to another case drops the answer still on its way for this one.
        switchMap(({ id }) =>
          this.notices.get(id).pipe(
            catchError((error: unknown) => {
              this.error.set(
                describeHttpError(error, { 404: 'This case does not exist, or it belongs to another firm.' }),
              );
              this.loading.set(false);
              return EMPTY;
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((notice) => {
        this.notice.set(notice);
        this.loading.set(false);
        this.title.setTitle(`${notice.client.legalName} · Case · Nutmeg`);
      });

    toObservable(computed(() => ({ id: this.id(), revision: this.revision(), reload: this.reloads() })))
      .pipe(
        switchMap(({ id }) =>
          this.resolutionsApi.list(id).pipe(
            tap(() => this.resolutionsError.set(null)),
            catchError((error: unknown) => {
              this.resolutionsError.set(describeHttpError(error));
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((resolutions) => this.resolutions.set(resolutions));
  }

  protected reload(): void {
    this.reloads.update((n) => n + 1);
  }

  /** The log-call dialog with this client and notice chosen; a saved call reloads the calls and the activity. */
  protected async logCall(notice: NoticeView): Promise<void> {
    const saved = await this.calls.open({ clientId: notice.client.id, noticeId: notice.id });
    if (saved) this.revision.update((n) => n + 1);
  }

  /** A card changed the case: take the api's notice as it now stands and let the other cards catch up. */
  protected changed(notice: NoticeView): void {
    this.notice.set(notice);
    this.revision.update((n) => n + 1);
  }

  /** Something about the case changed that the notice itself does not show (a document, say). */
  protected touched(): void {
    this.revision.update((n) => n + 1);
  }
}
