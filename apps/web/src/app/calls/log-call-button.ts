import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTooltipModule } from '@angular/material/tooltip';
import { AuthService } from '../core/auth/auth.service';
import { Icon } from '../shared/icon';
import { LogCallLauncher } from './log-call-launcher';
import { isLogCallShortcut, LOG_CALL_ARIA_SHORTCUTS, LOG_CALL_SHORTCUT_LABEL } from './log-call-shortcut';

/**
 * The top bar's "Log a call", and its keyboard shortcut on every page: assistants log calls all day, often
 * while still on the phone, so it must be one keystroke away from anywhere.
 */
@Component({
  selector: 'nm-log-call-button',
  imports: [MatButtonModule, MatTooltipModule, Icon],
  template: `
    @if (canLog()) {
      <button
        mat-stroked-button
        type="button"
        class="log-call"
        data-testid="log-call"
        aria-label="Log a call"
        [attr.aria-keyshortcuts]="ariaShortcuts"
        [matTooltip]="'Log a call with DRS (' + shortcutLabel + ')'"
        (click)="open()"
      >
        <nm-icon name="add" />
        <span class="label">Log a call</span>
      </button>
    }
  `,
  styles: `
    .log-call nm-icon {
      margin-right: 4px;
    }
    @media (max-width: 1023.98px) {
      .label {
        display: none;
      }
      .log-call nm-icon {
        margin-right: 0;
      }
    }
  `,
  host: { '(document:keydown)': 'onKeydown($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LogCallButton {
  private readonly auth = inject(AuthService);
  private readonly launcher = inject(LogCallLauncher);

  protected readonly canLog = computed(() => this.auth.can('calls:write'));
  protected readonly shortcutLabel = LOG_CALL_SHORTCUT_LABEL;
  protected readonly ariaShortcuts = LOG_CALL_ARIA_SHORTCUTS;

  protected open(): void {
    void this.launcher.open();
  }

  protected onKeydown(event: KeyboardEvent): void {
    // Another dialog owns the keyboard while it is open (a "c" there is meant for it).
    if (!this.canLog() || !isLogCallShortcut(event) || this.launcher.anyDialogOpen()) return;
    event.preventDefault();
    this.open();
  }
}
