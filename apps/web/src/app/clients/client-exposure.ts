import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatTooltipModule } from '@angular/material/tooltip';
import type { ClientExposure } from '@nutmeg/contracts';
import { Icon, type IconName } from '../shared/icon';

interface ExposureMark {
  icon: IconName;
  label: string;
}

/** The collection tools DRS could use on this client, as a row of small icons with spoken labels. */
export function exposureMarks(exposure: ClientExposure): ExposureMark[] {
  const marks: ExposureMark[] = [];
  if (exposure.hasW2Wages)
    marks.push({ icon: 'wages', label: exposure.employerName ? `W-2 wages (${exposure.employerName})` : 'W-2 wages' });
  if (exposure.knownBankAccounts > 0)
    marks.push({
      icon: 'bank',
      label:
        exposure.knownBankAccounts === 1 ? '1 known bank account' : `${exposure.knownBankAccounts} known bank accounts`,
    });
  if (exposure.ownsRealProperty) marks.push({ icon: 'property', label: 'Owns real property' });
  if (exposure.expectsFederalRefund) marks.push({ icon: 'refund', label: 'Expects a federal refund' });
  if (exposure.inBankruptcy) marks.push({ icon: 'bankruptcy', label: 'In bankruptcy' });
  return marks;
}

@Component({
  selector: 'nm-client-exposure',
  imports: [Icon, MatTooltipModule],
  template: `
    @for (mark of marks(); track mark.icon) {
      <span
        class="mark"
        [class.alert]="mark.icon === 'bankruptcy'"
        role="img"
        [attr.aria-label]="mark.label"
        [matTooltip]="mark.label"
      >
        <nm-icon [name]="mark.icon" />
      </span>
    } @empty {
      <span class="nm-muted" aria-label="No known exposure">—</span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      gap: 6px;
      --nm-icon-size: 20px;
      color: var(--mat-sys-on-surface-variant);
    }
    .mark {
      display: inline-flex;
    }
    .alert {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientExposureIcons {
  readonly exposure = input.required<ClientExposure>();
  protected readonly marks = computed(() => exposureMarks(this.exposure()));
}
