import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTooltipModule } from '@angular/material/tooltip';
import { AuthService } from '../core/auth/auth.service';
import { Icon } from '../shared/icon';
import { NoticeLauncher } from './notice-launcher';
import { isNewNoticeShortcut } from './notice-shortcut';

/**
 * "New notice": in the top bar (with the `n` shortcut on every page) and on a client's page, where the
 * client is preset. Only people who take in notices see it.
 */
@Component({
  selector: 'nm-new-notice-button',
  imports: [MatButtonModule, MatTooltipModule, Icon],
  template: `
    @if (canTakeIn()) {
      <button
        mat-stroked-button
        type="button"
        data-testid="new-notice"
        aria-label="New notice"
        [attr.aria-keyshortcuts]="shortcut() ? 'n' : null"
        [matTooltip]="shortcut() ? 'Take in a DRS notice (N)' : 'Take in a DRS notice for this client'"
        (click)="open()"
      >
        <nm-icon name="add" />
        <span class="label">New notice</span>
      </button>
    }
  `,
  styles: `
    nm-icon {
      margin-right: 4px;
    }
    @media (max-width: 1023.98px) {
      :host(.compact) .label {
        display: none;
      }
    }
  `,
  host: { '(document:keydown)': 'onKeydown($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewNoticeButton {
  private readonly auth = inject(AuthService);
  private readonly launcher = inject(NoticeLauncher);

  /** Preset the client (the client page). */
  readonly clientId = input<string | undefined>(undefined);
  /** Whether this button owns the `n` shortcut (the top bar's does; a page's second button does not). */
  readonly shortcut = input(false);

  protected readonly canTakeIn = computed(() => this.auth.can('notices:write'));

  protected open(): void {
    const clientId = this.clientId();
    void this.launcher.open(clientId ? { clientId } : {});
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (!this.shortcut() || !this.canTakeIn() || !isNewNoticeShortcut(event) || this.launcher.anyDialogOpen()) return;
    event.preventDefault();
    this.open();
  }
}
