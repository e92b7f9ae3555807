import Decimal from 'decimal.js';
import { ValueTransformer } from 'typeorm';

/**
 * `numeric` columns arrive from pg as strings (pg never turns them into floats); they become Decimal in
 * TypeScript and go back as exact strings. Never a JavaScript number on the way.
 */
export const decimalTransformer: ValueTransformer = {
  to(value: Decimal | string | null | undefined): string | null | undefined {
    if (value === null || value === undefined) return value;
    return value instanceof Decimal ? value.toFixed() : new Decimal(value).toFixed();
  },
  from(value: string | null): Decimal | null {
    return value === null ? null : new Decimal(value);
  },
};
