import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ClientView } from '@nutmeg/contracts';
import { KIND_LABELS } from '../clients/client-labels';

interface Fact {
  label: string;
  value: string;
  /** A fact that lets DRS collect (wages to garnish, accounts to levy): shown stronger. */
  exposed: boolean;
}

/** Who the client is, and what DRS collection tools could reach (DOMAIN.md "Escalation"). */
@Component({
  selector: 'nm-client-profile',
  template: `
    <dl class="facts">
      <div><dt>Kind</dt><dd>{{ kind() }}</dd></div>
      <div>
        <dt>Taxpayer id</dt>
        <dd class="mono" data-testid="taxpayer-id">{{ client().taxpayerIdMasked ?? '—' }}</dd>
      </div>
      <div><dt>CT registration no.</dt><dd class="mono">{{ client().ctRegistrationNumber ?? '—' }}</dd></div>
      <div><dt>CT account no.</dt><dd class="mono">{{ client().ctAccountNumber ?? '—' }}</dd></div>
      <div><dt>Assigned practitioner</dt><dd>{{ client().assignedPractitioner?.fullName ?? 'Unassigned' }}</dd></div>
      <div><dt>Phone</dt><dd>{{ client().phone ?? '—' }}</dd></div>
      <div><dt>Email</dt><dd>{{ client().email ?? '—' }}</dd></div>
      <div><dt>Address</dt><dd>{{ address() }}</dd></div>
    </dl>
    @if (client().notes; as notes) {
      <p class="notes">{{ notes }}</p>
    }
    <h3 class="subtitle">Exposure to collection</h3>
    <ul class="exposure" data-testid="exposure-facts">
      @for (fact of exposure(); track fact.label) {
        <li [class.exposed]="fact.exposed">
          <span class="label">{{ fact.label }}</span>
          <span class="value">{{ fact.value }}</span>
        </li>
      }
    </ul>
  `,
  styles: `
    :host {
      display: block;
    }
    .facts {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 8px 16px;
      margin: 0;
    }
    dt {
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .mono {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    }
    .notes {
      margin: 12px 0 0;
      white-space: pre-line;
    }
    .subtitle {
      margin: 16px 0 8px;
      font: var(--mat-sys-title-small);
    }
    .exposure {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 4px 16px;
    }
    .exposure li {
      display: flex;
      justify-content: space-between;
      gap: 8px;
      padding: 4px 0;
      border-bottom: 1px dashed var(--mat-sys-outline-variant);
      color: var(--mat-sys-on-surface-variant);
    }
    .exposure li.exposed {
      color: var(--mat-sys-on-surface);
      font-weight: 500;
    }
    .exposed .value {
      color: var(--mat-sys-error);
    }
    @media (max-width: 599.98px) {
      .facts,
      .exposure {
        grid-template-columns: minmax(0, 1fr);
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ClientProfile {
  readonly client = input.required<ClientView>();

  protected readonly kind = computed(() => KIND_LABELS[this.client().kind]);
  protected readonly address = computed(() => {
    const { street, city, state, postalCode } = this.client().address;
    const place = [city, [state, postalCode].filter(Boolean).join(' ')].filter(Boolean).join(', ');
    return [street, place].filter(Boolean).join(', ') || '—';
  });

  protected readonly exposure = computed((): Fact[] => {
    const client = this.client();
    const yesNo = (value: boolean) => (value ? 'Yes' : 'No');
    return [
      {
        label: 'W-2 wages',
        value: client.hasW2Wages ? (client.employerName ?? 'Yes') : 'No',
        exposed: client.hasW2Wages,
      },
      { label: 'Known bank accounts', value: String(client.knownBankAccounts), exposed: client.knownBankAccounts > 0 },
      { label: 'Owns real property', value: yesNo(client.ownsRealProperty), exposed: client.ownsRealProperty },
      { label: 'Expects a federal refund', value: yesNo(client.expectsFederalRefund), exposed: client.expectsFederalRefund },
      {
        label: 'CT business registration',
        value: yesNo(client.holdsCtBusinessRegistration),
        exposed: client.holdsCtBusinessRegistration,
      },
      { label: 'In bankruptcy', value: yesNo(client.inBankruptcy), exposed: client.inBankruptcy },
      {
        label: 'Under criminal investigation',
        value: yesNo(client.underCriminalInvestigation),
        exposed: client.underCriminalInvestigation,
      },
    ];
  });
}
