import { ValidateBy, ValidationOptions } from 'class-validator';

const MONEY = /^\d{1,13}(\.\d{1,2})?$/;

/**
 * Money arrives as a decimal string ("2000.00"), never a JSON number, so no float ever touches it:
 * non-negative, at most 2 decimals, below ten trillion.
 */
export function IsMoneyString(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isMoneyString',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && MONEY.test(value),
        defaultMessage: (args) => `${args?.property} must be a non-negative amount as a string with at most 2 decimals, e.g. "2000.00"`,
      },
    },
    options,
  );
}
