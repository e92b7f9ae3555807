export const DOCUMENT_TYPES = [
  'notice_scan',
  'w2',
  'bank_statement',
  'pay_stub',
  'expense_record',
  'poa_form',
  'drs_letter',
  'correspondence',
  'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** What may be uploaded: scans and photos of paper, nothing executable or editable. */
export const DOCUMENT_CONTENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

export interface DocumentView {
  id: string;
  clientId: string;
  noticeId: string | null;
  type: DocumentType;
  title: string;
  receivedDate: string | null;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: { id: string; fullName: string } | null;
  createdAt: string;
}

export interface TimelineEntry {
  at: string;
  actor: { id: string; fullName: string } | null;
  /** notice, notice_check, resolution, call, document, ... */
  entityType: string;
  action: string;
  summary: string;
}
