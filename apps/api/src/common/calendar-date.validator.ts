import { isIsoDate } from '@nutmeg/domain';
import { ValidateBy, ValidationOptions } from 'class-validator';

/** A real calendar day written YYYY-MM-DD (2026-02-30 is refused, not rolled into March). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => isIsoDate(value),
        defaultMessage: (args) => `${args?.property} must be a real date written YYYY-MM-DD`,
      },
    },
    options,
  );
}
