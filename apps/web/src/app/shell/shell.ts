import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterOutlet } from '@angular/router';
import type { Role } from '@nutmeg/contracts';
import { map } from 'rxjs';
import { LogCallButton } from '../calls/log-call-button';
import { NewNoticeButton } from '../intake/new-notice-button';
import { AuthService } from '../core/auth/auth.service';
import { Icon } from '../shared/icon';
import { AlertsBell } from './alerts-bell';
import { SideNav } from './side-nav';

const ROLE_LABELS: Record<Role, string> = {
  manager: 'Manager',
  practitioner: 'Practitioner',
  assistant: 'Assistant',
};

/** Below this width (tablets in portrait, small laptops) the menu becomes an overlay. */
const NARROW_LAYOUT = '(max-width: 1023.98px)';

@Component({
  selector: 'nm-shell',
  imports: [
    MatToolbarModule,
    MatSidenavModule,
    MatButtonModule,
    MatTooltipModule,
    RouterOutlet,
    Icon,
    SideNav,
    AlertsBell,
    LogCallButton,
    NewNoticeButton,
  ],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  private readonly auth = inject(AuthService);

  protected readonly user = this.auth.user;
  protected readonly roleLabel = computed(() => {
    const user = this.user();
    return user ? ROLE_LABELS[user.role] : '';
  });
  protected readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe(NARROW_LAYOUT)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  /** Only consulted in the narrow layout; the wide layout always shows the menu. */
  protected readonly menuOpen = signal(false);

  constructor() {
    // The stored user may be stale (renamed, role changed); a rejected token ends the session via the interceptor.
    this.auth
      .refreshUser()
      .pipe(takeUntilDestroyed(inject(DestroyRef)))
      .subscribe({ error: () => undefined });
  }

  protected toggleMenu(): void {
    this.menuOpen.update((open) => !open);
  }

  protected closeMenuIfOverlay(): void {
    if (this.narrow()) this.menuOpen.set(false);
  }

  protected signOut(): void {
    this.auth.signOut();
  }
}
