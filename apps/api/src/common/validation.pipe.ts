import { ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldValidationError } from './field-validation.error';

/**
 * Unknown fields are refused (forbidNonWhitelisted), known ones are converted to their DTO types, and a
 * failure answers 400 with `fields` keyed by the dotted path ("address.postalCode").
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new FieldValidationError(flatten(errors)),
  });
}

function flatten(errors: ValidationError[], prefix = ''): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      fields[path] = Object.values(error.constraints).map((message) =>
        // class-validator says "property x should not exist"; name the full path instead.
        message.replace(/^property (\S+) should not exist$/, `${path} is not a known field`),
      );
    }
    if (error.children?.length) Object.assign(fields, flatten(error.children, path));
  }
  return fields;
}
