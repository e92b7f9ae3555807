import { SCAN_FIELD_NAMES, type ScanFieldName } from '@nutmeg/contracts';
import type { IsoDate, NoticeKind, NoticePeriod, TaxType } from '@nutmeg/domain';

/**
 * The fields notice intake reads off a DRS letter, named as POST /api/notices names them, so a
 * practitioner can review them and submit the case. Each carries where it came from and how sure the
 * parser is, so the review screen can show the snippet and flag the weak ones.
 */

/** A page of text as the extractor (or, later, OCR) hands it over. */
export interface IntakePage {
  /** 1-based page number. */
  page: number;
  text: string;
}

export interface FieldSource {
  page: number;
  /** The snippet of the letter the value was read from. */
  text: string;
}

export interface IntakeField<T> {
  value: T;
  /** 0..1: how likely the value is right (a label and a cross-check agreeing score highest). */
  confidence: number;
  source: FieldSource;
}

/** A period as the letter states it; amounts and due date only when the letter itemizes periods. */
export type IntakePeriod = Pick<
  NoticePeriod,
  'year' | 'quarter' | 'month' | 'tax' | 'penalty' | 'interest' | 'dueDate'
>;

/** The balance as the letter states it: money strings with two decimals, no "$" or commas. */
export interface IntakeStated {
  tax: string;
  penalty: string;
  interest: string;
  credits: string;
  balanceDue: string;
  /** The date the balance is computed as of, when the letter prints one. */
  asOf?: IsoDate;
}

export interface IntakeFieldValues {
  kind: NoticeKind;
  taxType: TaxType;
  taxPeriods: IntakePeriod[];
  noticeDate: IsoDate;
  accountNumber: string;
  correspondenceId: string;
  stated: IntakeStated;
  taxpayerName: string;
}

export type IntakeFieldName = keyof IntakeFieldValues;

/** The same names the api's NoticeScanView uses (libs/contracts), checked both ways by the compiler. */
export const INTAKE_FIELD_NAMES: readonly IntakeFieldName[] = SCAN_FIELD_NAMES satisfies readonly IntakeFieldName[];
type Unlisted = Exclude<IntakeFieldName, ScanFieldName>;
const everyFieldListed: Unlisted extends never ? true : Unlisted = true;
void everyFieldListed;

/** Each field the parser found; a field it could not find is absent and listed in `missing`. */
export type IntakeFields = { [K in IntakeFieldName]?: IntakeField<IntakeFieldValues[K]> };

export interface NoticeTextParse {
  fields: IntakeFields;
  missing: IntakeFieldName[];
  /** Things a reviewer should look at: disagreeing repeats, totals that do not add up, assumptions. */
  warnings: string[];
}
