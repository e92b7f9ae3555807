import { DomainValidationError } from '../errors/domain-validation-error';
import { DEFAULT_RULES } from '../rules/default-rules';
import type { RuleTables } from '../rules/rule-types';
import { NOTICE_KINDS, TAX_TYPES, isOneOf, type NoticeKind, type TaxType } from '../vocabulary/vocabulary';

/** Shared checks for the vocabulary inputs every calculation takes. */
export function requireTaxType(value: unknown, field = 'taxType'): TaxType {
  if (!isOneOf(TAX_TYPES, value)) throw new DomainValidationError(field, `must be one of ${TAX_TYPES.join(', ')}`);
  return value;
}

export function optionalTaxType(value: unknown, field = 'taxType'): TaxType | undefined {
  return value === undefined || value === null ? undefined : requireTaxType(value, field);
}

export function requireNoticeKind(value: unknown, field = 'noticeKind'): NoticeKind {
  if (!isOneOf(NOTICE_KINDS, value)) throw new DomainValidationError(field, `must be one of ${NOTICE_KINDS.join(', ')}`);
  return value;
}

export function rulesOrDefault(rules: RuleTables | undefined | null): RuleTables {
  return rules ?? DEFAULT_RULES;
}
