/** Where a field was read: the page and the snippet of the letter. */
export interface ScanFieldSource {
  page: number;
  text: string;
}

/** One field read off a letter: the value as POST /api/notices takes it, and how sure the reader is (0..1). */
export interface ScanField<T = unknown> {
  value: T;
  confidence: number;
  source: ScanFieldSource;
}

/** The fields intake reads, named as POST /api/notices names them. */
export const SCAN_FIELD_NAMES = [
  'kind',
  'taxType',
  'taxPeriods',
  'noticeDate',
  'accountNumber',
  'correspondenceId',
  'stated',
  'taxpayerName',
] as const;
export type ScanFieldName = (typeof SCAN_FIELD_NAMES)[number];

/** A client on file whose name matches the letter's taxpayer: offered, never attached without a person. */
export interface ScanClientMatch {
  id: string;
  legalName: string;
  match: 'exact' | 'close';
}

export const NOTICE_SCAN_STATUSES = ['draft', 'confirmed'] as const;
export type NoticeScanStatus = (typeof NOTICE_SCAN_STATUSES)[number];

/** A letter read by intake: a draft a person checks and confirms into a case (POST /api/notice-scans/:id/notice). */
export interface NoticeScanView {
  id: string;
  fileName: string;
  contentType: string;
  /** Pages read. */
  pages: number;
  /** The PDF's own text, or OCR of a scan or photo. */
  method: 'text_layer' | 'ocr';
  fields: Partial<Record<ScanFieldName, ScanField>>;
  /** Fields the letter did not yield: the person types them. */
  missing: ScanFieldName[];
  /** What a reviewer should look at (amounts that do not add up, repeats that disagree). */
  warnings: string[];
  clientMatches: ScanClientMatch[];
  status: NoticeScanStatus;
  /** The case it became, once confirmed. */
  noticeId: string | null;
  createdAt: string;
}
