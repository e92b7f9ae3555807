import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTooltipModule } from '@angular/material/tooltip';
import type { PoaView } from '@nutmeg/contracts';
import { dateLabel } from '../board/notice-labels';
import { POA_POWER_LABELS, POA_STATUS_LABELS, taxTypesLabel } from './poa-labels';

/** The client's authorizations, newest first, with their dates and (for those in force) a revoke button. */
@Component({
  selector: 'nm-poa-list',
  imports: [MatButtonModule, MatTooltipModule],
  template: `
    <ul class="list">
      @for (poa of poas(); track poa.id) {
        <li class="poa" [class.ended]="poa.status === 'revoked' || poa.status === 'expired'" data-testid="poa-item" [attr.data-poa-id]="poa.id">
          <div class="head">
            <span class="who">{{ poa.representative.fullName }}</span>
            <span class="status" [class]="poa.status" data-testid="poa-status">{{ statusLabel(poa) }}</span>
            @if (poa.expiringSoon) {
              <span class="status expiring">Expires in {{ poa.daysToExpiry }} days</span>
            }
            <span class="spacer"></span>
            @if (canWrite() && poa.allowedTransitions.includes('revoked')) {
              <button mat-stroked-button type="button" (click)="revoke.emit(poa)" [attr.aria-label]="'Revoke ' + describe(poa)">
                Revoke
              </button>
            }
          </div>
          <p class="matter">{{ matter(poa) }}</p>
          <p class="dates nm-muted">{{ dates(poa) }}</p>
          @if (poa.powers.length > 0) {
            <p class="dates nm-muted">Powers: {{ powers(poa) }}</p>
          }
          @if (poa.revocationReason) {
            <p class="dates nm-muted">{{ poa.revocationReason }}</p>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .poa {
      padding: 12px 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .poa:first-child {
      border-top: 0;
    }
    .ended .who,
    .ended .matter {
      color: var(--mat-sys-on-surface-variant);
    }
    .head {
      display: flex;
      align-items: center;
      gap: 8px;
      flex-wrap: wrap;
    }
    .who {
      font: var(--mat-sys-title-small);
    }
    .spacer {
      flex: 1 1 auto;
    }
    .status {
      padding: 2px 8px;
      border-radius: 999px;
      font: var(--mat-sys-label-small);
      background: var(--mat-sys-surface-container-high);
    }
    .status.active {
      background: #e3f4e6;
      color: #14522b;
    }
    .status.expired,
    .status.revoked {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .status.expiring {
      background: #fff0c2;
      color: #5c4300;
    }
    .matter {
      margin: 4px 0 0;
    }
    .dates {
      margin: 2px 0 0;
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PoaList {
  readonly poas = input.required<readonly PoaView[]>();
  readonly canWrite = input(false);
  readonly revoke = output<PoaView>();

  protected statusLabel(poa: PoaView): string {
    return POA_STATUS_LABELS[poa.status] ?? poa.status;
  }

  protected matter(poa: PoaView): string {
    return `${taxTypesLabel(poa.taxTypes)} · ${poa.periodLabels.join(', ')}${poa.includesSpouse ? ' · with spouse' : ''}`;
  }

  /** "Paul Ortiz's POA for individual income tax 2019–2026", the accessible name of its revoke button. */
  protected describe(poa: PoaView): string {
    return `${poa.representative.fullName}'s POA for ${taxTypesLabel(poa.taxTypes).toLowerCase()} ${poa.periodLabels.join(', ')}`;
  }

  protected dates(poa: PoaView): string {
    const parts = [
      poa.signedOn && `Signed ${dateLabel(poa.signedOn)}`,
      poa.filedOn && `filed ${dateLabel(poa.filedOn)}`,
      poa.confirmationNumber && `myconneCT ${poa.confirmationNumber}`,
      poa.effectiveOn && `effective ${dateLabel(poa.effectiveOn)}`,
      poa.expiresOn ? `expires ${dateLabel(poa.expiresOn)}` : 'no expiry recorded',
      poa.revokedOn && `revoked ${dateLabel(poa.revokedOn)}`,
    ].filter(Boolean);
    const text = parts.join(', ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  protected powers(poa: PoaView): string {
    return poa.powers.map((power) => POA_POWER_LABELS[power] ?? power).join('; ');
  }
}
