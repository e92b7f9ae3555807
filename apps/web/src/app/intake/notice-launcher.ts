import { inject, Injectable } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import type { NoticeView } from '@nutmeg/contracts';
import { firstValueFrom, type Observable, Subject } from 'rxjs';
import type { NoticeDialogData } from './notice-dialog';

/** One notice dialog at a time: the shortcut pressed twice does not stack a second one. */
export const NOTICE_DIALOG_ID = 'nm-notice';

/**
 * Opens notice intake (or a correction) from anywhere: the top bar, the `n` shortcut, a client's page, the
 * case page. The dialog's code is fetched on first use, so it adds nothing to the app's first download.
 */
@Injectable({ providedIn: 'root' })
export class NoticeLauncher {
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly savedNotices = new Subject<NoticeView>();
  private opening = false;

  /** Every notice taken in or corrected through the dialog, so pages on screen can refresh. */
  readonly saved: Observable<NoticeView> = this.savedNotices.asObservable();

  /** Resolves with the saved notice, or undefined when the dialog was closed without saving. */
  async open(data: NoticeDialogData = {}): Promise<NoticeView | undefined> {
    if (this.opening || this.dialog.getDialogById(NOTICE_DIALOG_ID)) return undefined;
    this.opening = true;
    try {
      const { NoticeDialog } = await import('./notice-dialog');
      const ref = this.dialog.open<InstanceType<typeof NoticeDialog>, NoticeDialogData, NoticeView>(NoticeDialog, {
        id: NOTICE_DIALOG_ID,
        data,
        width: '1040px',
        maxWidth: '98vw',
        maxHeight: '96vh',
        // The client field, not the drop zone's file picker: typing the client is the first act.
        autoFocus: 'input[data-testid=client]',
      });
      this.opening = false;
      const saved = await firstValueFrom(ref.afterClosed());
      if (saved) {
        this.savedNotices.next(saved);
        if (data.notice) {
          this.snackBar.open(`Correction saved for ${saved.client.legalName}`, 'Close', { duration: 5000 });
        } else {
          const next = saved.figures.nextDeadline;
          const toast = this.snackBar.open(
            `Case opened for ${saved.client.legalName}${next ? `; next deadline ${next.dueDate}` : ''}`,
            'Open',
            { duration: 8000 },
          );
          toast.onAction().subscribe(() => void this.router.navigate(['/notices', saved.id]));
        }
      }
      return saved;
    } finally {
      this.opening = false;
    }
  }

  anyDialogOpen(): boolean {
    return this.dialog.openDialogs.length > 0;
  }
}
