import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import type { CallView } from '@nutmeg/contracts';
import { firstValueFrom, type Observable, Subject } from 'rxjs';
import type { LogCallPreset } from './log-call-dialog';

export type { LogCallPreset } from './log-call-dialog';

/** One log-call dialog at a time: the shortcut pressed twice focuses the open one instead. */
export const LOG_CALL_DIALOG_ID = 'nm-log-call';

/**
 * Opens the log-call dialog from anywhere (the top bar, the shortcut, a client or case page, preselected).
 * The dialog's code is fetched on first use, so it adds nothing to the app's first download.
 */
@Injectable({ providedIn: 'root' })
export class LogCallLauncher {
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly loggedCalls = new Subject<CallView>();
  private opening = false;

  /** Every call logged through the dialog, so lists on screen can show it. */
  readonly logged: Observable<CallView> = this.loggedCalls.asObservable();

  /** Resolves with the saved call, or undefined when the dialog was closed without saving. */
  async open(preset: LogCallPreset = {}): Promise<CallView | undefined> {
    if (this.opening || this.dialog.getDialogById(LOG_CALL_DIALOG_ID)) return undefined;
    this.opening = true;
    try {
      const { LogCallDialog } = await import('./log-call-dialog');
      const ref = this.dialog.open<InstanceType<typeof LogCallDialog>, LogCallPreset, CallView>(LogCallDialog, {
        id: LOG_CALL_DIALOG_ID,
        data: preset,
        width: '880px',
        maxWidth: '96vw',
        maxHeight: '94vh',
        autoFocus: 'first-tabbable',
      });
      this.opening = false;
      const saved = await firstValueFrom(ref.afterClosed());
      if (saved) {
        this.snackBar.open(
          saved.flaggedNoPoa
            ? `Call logged for ${saved.client.legalName} and flagged: no POA covered it`
            : `Call logged for ${saved.client.legalName}`,
          'Close',
          { duration: 5000 },
        );
        this.loggedCalls.next(saved);
      }
      return saved;
    } finally {
      this.opening = false;
    }
  }

  /** True while some dialog is open: the global shortcut then leaves the keyboard to it. */
  anyDialogOpen(): boolean {
    return this.dialog.openDialogs.length > 0;
  }
}
