import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, input, output, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import {
  DOCUMENT_CONTENT_TYPES,
  DOCUMENT_MAX_BYTES,
  DOCUMENT_TYPES,
  type DocumentType,
  type DocumentView,
  type NoticeView,
} from '@nutmeg/contracts';
import { catchError, of, switchMap, tap } from 'rxjs';
import { dateLabel, labelOf } from '../board/notice-labels';
import { DocumentsApi } from '../core/api/documents.api';
import { AuthService } from '../core/auth/auth.service';
import { describeHttpError } from '../core/http/api-error';
import { FormProblems } from './api-field-errors';
import { DOCUMENT_TYPE_LABELS, dateTimeLabel, sizeLabel } from './case-labels';

export const TOO_LARGE = 'The file is larger than 10 MB. Scan it at a lower resolution or split it, then upload again.';
export const WRONG_KIND = 'Only PDF, PNG or JPEG files can be uploaded. Save or scan it as one of those, then upload again.';

/** Checks a chosen file the way the api will, so a wrong one is refused before it is sent. */
export function fileProblem(file: File): string | null {
  if (file.size > DOCUMENT_MAX_BYTES) return TOO_LARGE;
  if (!(DOCUMENT_CONTENT_TYPES as readonly string[]).includes(file.type)) return WRONG_KIND;
  if (file.size === 0) return 'The file is empty.';
  return null;
}

/** "notice-scan_2026.pdf" → "notice scan 2026": a starting title for the document. */
export function titleFromFileName(name: string): string {
  return name
    .replace(/\.[^.]+$/, '')
    .replace(/[_-]+/g, ' ')
    .trim()
    .slice(0, 200);
}

/** The notice's documents: the list, a download for each, and an upload (every role: 'documents:write'). */
@Component({
  selector: 'nm-documents-card',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule],
  templateUrl: './documents-card.html',
  styleUrl: './documents-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DocumentsCard {
  private readonly api = inject(DocumentsApi);
  private readonly auth = inject(AuthService);
  private readonly document = inject(DOCUMENT);

  readonly notice = input.required<NoticeView>();
  readonly revision = input(0);
  /** A document was uploaded: the page refreshes the activity. */
  readonly uploaded = output<DocumentView>();

  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');

  protected readonly canUpload = computed(() => this.auth.can('documents:write'));
  protected readonly documents = signal<DocumentView[] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly downloading = signal<string | null>(null);
  protected readonly downloadProblem = signal<string | null>(null);
  protected readonly file = signal<File | null>(null);
  protected readonly saving = signal(false);
  protected readonly problems = new FormProblems(['type', 'title', 'receivedDate', 'file']);
  protected readonly types = DOCUMENT_TYPES;
  protected readonly typeLabels = DOCUMENT_TYPE_LABELS;
  private readonly retries = signal(0);

  protected readonly form = inject(NonNullableFormBuilder).group({
    type: ['notice_scan' as DocumentType],
    title: [''],
    receivedDate: [''],
  });

  constructor() {
    toObservable(computed(() => ({ id: this.notice().id, revision: this.revision(), retry: this.retries() })))
      .pipe(
        tap(() => this.error.set(null)),
        switchMap(({ id }) =>
          this.api.list({ noticeId: id }).pipe(
            catchError((error: unknown) => {
              this.error.set(describeHttpError(error));
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((documents) => this.documents.set(documents));
  }

  protected retry(): void {
    this.retries.update((n) => n + 1);
  }

  protected label(type: string): string {
    return labelOf(DOCUMENT_TYPE_LABELS, type);
  }

  protected uploadedLine(doc: DocumentView): string {
    const received = doc.receivedDate ? `received ${dateLabel(doc.receivedDate)} · ` : '';
    return `${received}${sizeLabel(doc.sizeBytes)} · uploaded ${dateTimeLabel(doc.createdAt)} by ${doc.uploadedBy?.fullName ?? 'Nutmeg'}`;
  }

  protected chooseFile(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.problems.clear();
    this.file.set(file);
    if (!file) return;
    const problem = fileProblem(file);
    if (problem) this.problems.setField('file', problem);
    if (!this.form.controls.title.value.trim()) this.form.controls.title.setValue(titleFromFileName(file.name));
  }

  protected upload(): void {
    if (this.saving()) return;
    this.problems.clear();
    const file = this.file();
    const value = this.form.getRawValue();
    if (!file) this.problems.setField('file', 'Choose a PDF, PNG or JPEG file.');
    else {
      const problem = fileProblem(file);
      if (problem) this.problems.setField('file', problem);
    }
    if (!value.title.trim()) this.problems.setField('title', 'Give the document a title.');
    if (!file || this.problems.hasAny()) return;
    const notice = this.notice();
    this.saving.set(true);
    this.api
      .upload(
        {
          clientId: notice.client.id,
          noticeId: notice.id,
          type: value.type,
          title: value.title.trim(),
          ...(value.receivedDate ? { receivedDate: value.receivedDate } : {}),
        },
        file,
      )
      .subscribe({
        next: (saved) => {
          this.saving.set(false);
          this.documents.update((documents) => [saved, ...(documents ?? [])]);
          this.form.reset({ type: value.type, title: '', receivedDate: '' });
          this.file.set(null);
          const input = this.fileInput()?.nativeElement;
          if (input) input.value = '';
          this.uploaded.emit(saved);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.problems.take(error, { 413: TOO_LARGE, 415: WRONG_KIND });
        },
      });
  }

  /**
   * Fetches the file with the bearer token (a plain link would go without it), then hands the browser an
   * object URL to save, released again once the click has started the download.
   */
  protected download(doc: DocumentView): void {
    if (this.downloading()) return;
    this.downloading.set(doc.id);
    this.downloadProblem.set(null);
    this.api.content(doc.id).subscribe({
      next: (blob) => {
        this.downloading.set(null);
        const url = URL.createObjectURL(blob);
        const link = this.document.createElement('a');
        link.href = url;
        link.download = `${doc.title.replace(/[^\w .-]+/g, '_')}.${extensionOf(doc.contentType)}`;
        this.document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      },
      error: (error: unknown) => {
        this.downloading.set(null);
        this.downloadProblem.set(`"${doc.title}" could not be downloaded. ${describeHttpError(error)}`);
      },
    });
  }
}

function extensionOf(contentType: string): string {
  return { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg' }[contentType] ?? 'bin';
}
