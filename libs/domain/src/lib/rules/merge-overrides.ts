import { DomainValidationError } from '../errors/domain-validation-error';
import { DEADLINE_KINDS, isOneOf } from '../vocabulary/vocabulary';

type Tree = Record<string, unknown>;

function isPlainObject(value: unknown): value is Tree {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A rule row is recognisable by its id and citation; overriding any part of it marks it overridden. */
function isRuleRow(value: unknown): value is Tree {
  return isPlainObject(value) && typeof value['id'] === 'string' && isPlainObject(value['citation']);
}

/** A firm may add a deadline a notice kind does not start by default (e.g. a follow-up after a lien). */
function mayAddKey(path: string, key: string): boolean {
  return /^rules\.noticeKinds\.[a-z0-9_]+\.deadlines$/.test(path) && isOneOf(DEADLINE_KINDS, key);
}

/**
 * Deep-merges a firm's overrides into the defaults: objects merge key by key, arrays and scalars replace.
 * Only the shape is checked here (unknown settings, objects where values belong); `validateRuleTables`
 * then checks every value of the merged result.
 */
export function mergeOverrides(defaults: unknown, overrides: unknown, path: string): unknown {
  if (overrides === undefined) return defaults;
  if (Array.isArray(defaults)) {
    if (!Array.isArray(overrides)) throw new DomainValidationError(path, 'must be a list');
    return [...overrides];
  }
  if (isPlainObject(defaults)) {
    if (!isPlainObject(overrides)) throw new DomainValidationError(path, 'must be an object of rule settings');
    const merged: Tree = { ...defaults };
    for (const [key, override] of Object.entries(overrides)) {
      const childPath = `${path}.${key}`;
      if (key === 'overridden') throw new DomainValidationError(childPath, 'is set by the engine, not by a firm');
      if (!(key in defaults)) {
        if (!mayAddKey(path, key)) throw new DomainValidationError(childPath, 'is not a known rule setting');
        merged[key] = isPlainObject(override) ? { ...override, overridden: true } : override;
        continue;
      }
      if (key === 'id' && override !== defaults['id']) {
        throw new DomainValidationError(childPath, `cannot be changed (it is ${String(defaults['id'])})`);
      }
      merged[key] = mergeOverrides(defaults[key], override, childPath);
    }
    if (isRuleRow(defaults) && Object.keys(overrides).length > 0) merged['overridden'] = true;
    return merged;
  }
  if (isPlainObject(overrides) || Array.isArray(overrides)) {
    throw new DomainValidationError(path, 'must be a single value, not an object or a list');
  }
  return overrides;
}
