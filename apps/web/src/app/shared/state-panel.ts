import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Icon, type IconName } from './icon';

/** The empty and error states of a list: an icon, one sentence, and (projected) what to do about it. */
@Component({
  selector: 'nm-state-panel',
  imports: [Icon],
  template: `
    <nm-icon [name]="icon()" class="icon" />
    <p class="message">{{ message() }}</p>
    <ng-content />
  `,
  host: {
    '[attr.role]': "tone() === 'error' ? 'alert' : 'status'",
    '[class.error]': "tone() === 'error'",
  },
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 8px;
      padding: 48px 16px;
      text-align: center;
      color: var(--mat-sys-on-surface-variant);
      --nm-icon-size: 40px;
    }
    :host(.error) {
      color: var(--mat-sys-error);
    }
    .message {
      margin: 0;
      font: var(--mat-sys-body-large);
      max-width: 48ch;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatePanel {
  readonly message = input.required<string>();
  readonly icon = input<IconName>('inbox');
  readonly tone = input<'neutral' | 'error'>('neutral');
}
