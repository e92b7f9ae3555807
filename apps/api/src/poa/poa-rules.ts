import { ClientKind, POA_SPOUSE_TAX_TYPES, PoaPeriod, PoaStatus } from '@nutmeg/contracts';
import { IsoDate, taxTypeLabel } from '@nutmeg/domain';
import { FieldValidationError } from '../common/field-validation.error';

/** A period as it arrives, before we know which of the two shapes it is. */
export interface PeriodInput {
  year?: number;
  quarter?: 1 | 2 | 3 | 4;
  month?: number;
  fromYear?: number;
  toYear?: number;
}

/** A range longer than this is a typing error, not an authorization anyone files. */
const MAX_RANGE_YEARS = 50;
const EARLIEST_DAY = '1990-01-01';
const LATEST_DAY = '2100-12-31';

/** The one shape each period has, or a 400 naming the field that mixes them. */
export function normalisePeriods(periods: readonly PeriodInput[]): PoaPeriod[] {
  return periods.map((period, index) => {
    const field = (name: string) => `periods.${index}.${name}`;
    const isRange = period.fromYear !== undefined || period.toYear !== undefined;
    if (isRange) {
      if (period.year !== undefined)
        throw FieldValidationError.of(
          field('fromYear'),
          'cannot be given together with year (a period is a year or a range of years)',
        );
      if (period.quarter !== undefined)
        throw FieldValidationError.of(field('quarter'), 'cannot be given with a range of years');
      if (period.month !== undefined)
        throw FieldValidationError.of(field('month'), 'cannot be given with a range of years');
      const fromYear = period.fromYear as number;
      const toYear = period.toYear as number;
      if (toYear < fromYear)
        throw FieldValidationError.of(field('toYear'), `must not be before fromYear (${fromYear})`);
      if (toYear - fromYear >= MAX_RANGE_YEARS)
        throw FieldValidationError.of(field('toYear'), `must be within ${MAX_RANGE_YEARS} years of fromYear`);
      return { fromYear, toYear };
    }
    if (period.quarter !== undefined && period.month !== undefined) {
      throw FieldValidationError.of(field('month'), 'cannot be given together with a quarter');
    }
    const year = period.year as number;
    if (period.quarter !== undefined) return { year, quarter: period.quarter };
    if (period.month !== undefined) return { year, month: period.month };
    return { year };
  });
}

export interface PoaRecordFacts {
  taxTypes: readonly string[];
  includesSpouse: boolean;
  /** As recorded. */
  status: PoaStatus;
  signedOn: string | null;
  filedOn: string | null;
  effectiveOn: string | null;
  expiresOn: string | null;
}

/**
 * The checks that need more than one field: the spouse line only for personal income or individual use tax
 * of an individual; a filed form has been signed and filed (not in the future), an active one has a day it
 * took effect; the dates follow one another (signed, filed, effective, expiring).
 */
export function checkPoaRecord(record: PoaRecordFacts, context: { clientKind: ClientKind; today: IsoDate }): void {
  if (record.includesSpouse) {
    const others = record.taxTypes.filter((taxType) => !(POA_SPOUSE_TAX_TYPES as readonly string[]).includes(taxType));
    if (others.length > 0) {
      throw FieldValidationError.of(
        'includesSpouse',
        `applies only to individual income tax or individual use tax (the LGL-001 spouse line), not ${others.map(taxTypeLabel).join(', ')}; record a separate authorization without the spouse for those`,
      );
    }
    if (context.clientKind !== 'individual')
      throw FieldValidationError.of('includesSpouse', 'applies only to an individual client');
  }
  for (const field of ['signedOn', 'filedOn', 'effectiveOn', 'expiresOn'] as const) {
    const value = record[field];
    if (value !== null && (value < EARLIEST_DAY || value > LATEST_DAY)) {
      throw FieldValidationError.of(field, `must be between ${EARLIEST_DAY} and ${LATEST_DAY}`);
    }
  }
  for (const field of ['signedOn', 'filedOn'] as const) {
    const value = record[field];
    if (value !== null && value > context.today)
      throw FieldValidationError.of(field, `must not be after today (${context.today})`);
  }
  if (record.status !== 'draft') {
    if (record.signedOn === null)
      throw FieldValidationError.of('signedOn', `is required once the authorization is ${record.status}`);
    if (record.filedOn === null)
      throw FieldValidationError.of('filedOn', `is required once the authorization is ${record.status}`);
  }
  if ((record.status === 'active' || record.status === 'expired') && record.effectiveOn === null) {
    throw FieldValidationError.of('effectiveOn', 'is required once DRS has accepted the authorization');
  }
  if (record.signedOn && record.filedOn && record.filedOn < record.signedOn) {
    throw FieldValidationError.of('filedOn', `must not be before the signature (${record.signedOn})`);
  }
  if (record.signedOn && record.effectiveOn && record.effectiveOn < record.signedOn) {
    throw FieldValidationError.of('effectiveOn', `must not be before the signature (${record.signedOn})`);
  }
  const start = record.effectiveOn ?? record.signedOn;
  if (start && record.expiresOn && record.expiresOn < start) {
    throw FieldValidationError.of('expiresOn', `must not be before the authorization takes effect (${start})`);
  }
}
