import { HttpEventType } from '@angular/common/http';
import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';
import type { NoticeScanView } from '@nutmeg/contracts';
import { NoticeScansApi } from '../core/api/notice-scans.api';
import { describeHttpError } from '../core/http/api-error';

/** One dropped letter on its way to a case. */
export interface QueuedLetter {
  readonly key: number;
  readonly file: File;
  readonly state: 'waiting' | 'uploading' | 'reading' | 'ready' | 'failed' | 'done';
  /** 0..1 of the upload, while uploading. */
  readonly progress: number;
  readonly scan: NoticeScanView | null;
  readonly error: string | null;
}

const ACCEPTED = ['application/pdf', 'image/png', 'image/jpeg'];

/**
 * The letters dropped on intake, read one after another (OCR is heavy; one at a time keeps the api quick
 * for everyone): each is uploaded with its progress shown, read into a draft, then confirmed by a person.
 */
@Injectable()
export class LetterQueue {
  private readonly api = inject(NoticeScansApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly items = signal<QueuedLetter[]>([]);
  private nextKey = 1;
  private reading = false;

  readonly letters = this.items.asReadonly();
  /** The first letter not yet taken in: the one the form shows. */
  readonly current = computed(() => this.items().find((letter) => letter.state !== 'done') ?? null);
  readonly remaining = computed(() => this.items().filter((letter) => letter.state !== 'done').length);

  add(files: readonly File[]): string[] {
    const refused: string[] = [];
    const added: QueuedLetter[] = [];
    for (const file of files) {
      if (!ACCEPTED.includes(file.type)) {
        refused.push(`${file.name} is not a PDF, PNG or JPEG; scan or photograph the letter as one of those.`);
        continue;
      }
      added.push({ key: this.nextKey++, file, state: 'waiting', progress: 0, scan: null, error: null });
    }
    this.items.update((items) => [...items, ...added]);
    this.readNext();
    return refused;
  }

  /** The current letter became a case (or the person skipped it): on to the next. */
  finish(key: number): void {
    this.update(key, { state: 'done' });
  }

  retry(key: number): void {
    this.update(key, { state: 'waiting', error: null, progress: 0 });
    this.readNext();
  }

  private readNext(): void {
    if (this.reading) return;
    const next = this.items().find((letter) => letter.state === 'waiting');
    if (!next) return;
    this.reading = true;
    this.update(next.key, { state: 'uploading' });
    const subscription = this.api.scan(next.file).subscribe({
      next: (event) => {
        if (event.type === HttpEventType.UploadProgress) {
          const fraction = event.total ? event.loaded / event.total : 0;
          this.update(next.key, fraction >= 1 ? { state: 'reading', progress: 1 } : { progress: fraction });
        } else if (event.type === HttpEventType.Response && event.body) {
          this.update(next.key, { state: 'ready', scan: event.body });
        }
      },
      error: (error: unknown) => {
        this.update(next.key, { state: 'failed', error: describeHttpError(error) });
        this.reading = false;
        this.readNext();
      },
      complete: () => {
        this.reading = false;
        this.readNext();
      },
    });
    this.destroyRef.onDestroy(() => subscription.unsubscribe());
  }

  private update(key: number, change: Partial<QueuedLetter>): void {
    this.items.update((items) => items.map((letter) => (letter.key === key ? { ...letter, ...change } : letter)));
  }
}
