import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatListModule } from '@angular/material/list';
import { RouterLink, RouterLinkActive } from '@angular/router';
import type { Role } from '@nutmeg/contracts';
import { Icon } from '../shared/icon';
import { NAV_ITEMS, type NavItem, visibleNavItems } from './nav-items';

/** The role-aware main menu: only pages the role can use are offered. */
@Component({
  selector: 'nm-side-nav',
  imports: [MatListModule, RouterLink, RouterLinkActive, Icon],
  template: `
    <nav aria-label="Main">
      <mat-nav-list>
        @for (item of items(); track item.path) {
          <a
            mat-list-item
            [routerLink]="'/' + item.path"
            routerLinkActive
            #link="routerLinkActive"
            [activated]="link.isActive"
            [attr.aria-current]="link.isActive ? 'page' : null"
            (click)="navigated.emit()"
          >
            <nm-icon matListItemIcon [name]="item.icon" />
            <span matListItemTitle>{{ item.label }}</span>
          </a>
        }
      </mat-nav-list>
    </nav>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SideNav {
  readonly role = input.required<Role>();
  /** Overrides the menu, for tests. */
  readonly catalogue = input<readonly NavItem[]>(NAV_ITEMS);
  /** A link was followed (the shell closes the overlay menu on narrow screens). */
  readonly navigated = output<void>();

  protected readonly items = computed(() => visibleNavItems(this.role(), this.catalogue()));
}
