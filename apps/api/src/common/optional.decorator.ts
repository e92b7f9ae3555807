import { ValidateIf } from 'class-validator';

/**
 * Absent is fine, but `null` is validated (and so refused) — for fields that cannot be cleared. Nullable
 * fields use class-validator's IsOptional instead, which lets `null` through to clear them.
 */
export const Optional = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);
