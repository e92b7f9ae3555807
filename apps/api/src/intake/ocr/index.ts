export { DEFAULT_PSM, ENG_LANG_PATH, OcrEngine, WORKER_PATH, type OcrImageResult, type OcrWord } from './ocr-engine';
export {
  defaultOcrEngine,
  MAX_FILE_BYTES,
  MAX_PAGES,
  ocrImage,
  ocrScannedPdf,
  readNoticeFile,
  terminateOcr,
  type NoticeFileText,
  type OcrOptions,
  type OcrProgress,
} from './read-notice-file';
