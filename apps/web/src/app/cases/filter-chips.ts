import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipsModule } from '@angular/material/chips';
import { Icon } from '../shared/icon';
import type { FilterChip } from './case-filter';

/** The list's active filters as removable chips; Backspace/Delete on a chip or its × removes it. */
@Component({
  selector: 'nm-filter-chips',
  imports: [MatChipsModule, MatButtonModule, Icon],
  template: `
    @if (chips().length > 0) {
      <mat-chip-set role="list" aria-label="Active filters" data-testid="filter-chips">
        @for (chip of chips(); track chip.label) {
          <mat-chip role="listitem" (removed)="removed.emit(chip)" [attr.data-keys]="chip.keys.join(' ')">
            {{ chip.label }}
            <button matChipRemove type="button" [attr.aria-label]="'Remove filter ' + chip.label">
              <nm-icon name="close" />
            </button>
          </mat-chip>
        }
      </mat-chip-set>
      <button mat-button type="button" (click)="cleared.emit()">Clear all</button>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    :host:empty {
      display: none;
    }
    button[matChipRemove] {
      --nm-icon-size: 18px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FilterChips {
  readonly chips = input.required<readonly FilterChip[]>();
  readonly removed = output<FilterChip>();
  readonly cleared = output<void>();
}
