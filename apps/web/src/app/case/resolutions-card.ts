import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RESOLUTION_TYPES, type NoticeView, type ResolutionType, type ResolutionView } from '@nutmeg/contracts';
import type { RuleTables } from '@nutmeg/domain';
import type { ResolutionResult } from '../core/api/resolutions.api';
import { AuthService } from '../core/auth/auth.service';
import { HardshipForm } from './hardship-form';
import { OfferForm } from './offer-form';
import { PaymentForm } from './payment-form';
import { PlanForm } from './plan-form';
import { ProtestForm } from './protest-form';
import { ResolutionItem } from './resolution-item';
import { WaiverForm } from './waiver-form';

/** What each "record" button says. */
export const RECORD_LABELS: Readonly<Record<ResolutionType, string>> = {
  payment: 'Record a payment',
  installment_plan: 'Request an installment plan',
  penalty_waiver: 'Request a penalty waiver',
  offer_of_compromise: 'Make an offer of compromise',
  protest: 'Record a protest',
  hardship_suspension: 'Request a hardship suspension',
};

/**
 * What has been done to resolve the notice, and the forms to record more. Recording needs 'resolutions:write';
 * assistants see the list only.
 */
@Component({
  selector: 'nm-resolutions-card',
  imports: [MatButtonModule, ResolutionItem, PaymentForm, PlanForm, WaiverForm, OfferForm, ProtestForm, HardshipForm],
  templateUrl: './resolutions-card.html',
  styleUrl: './resolutions-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResolutionsCard {
  private readonly auth = inject(AuthService);

  readonly notice = input.required<NoticeView>();
  /** Null while loading. */
  readonly resolutions = input<ResolutionView[] | null>(null);
  readonly loadError = input<string | null>(null);
  readonly rules = input.required<RuleTables>();
  readonly noticeChange = output<NoticeView>();

  protected readonly canWrite = computed(() => this.auth.can('resolutions:write'));
  protected readonly types = RESOLUTION_TYPES;
  protected readonly recordLabels = RECORD_LABELS;
  /** The form open below the list, if any. */
  protected readonly recording = signal<ResolutionType | null>(null);
  protected readonly lastRecorded = signal<string | null>(null);

  protected open(type: ResolutionType): void {
    this.recording.set(this.recording() === type ? null : type);
  }

  protected recorded(result: ResolutionResult): void {
    this.recording.set(null);
    this.lastRecorded.set(result.resolution.id);
    this.noticeChange.emit(result.notice);
  }

  protected changed(result: ResolutionResult): void {
    this.noticeChange.emit(result.notice);
  }
}
