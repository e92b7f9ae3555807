import { BadRequestException } from '@nestjs/common';

/** A 400 naming the fields at fault, in the same shape as the ValidationPipe's. */
export class FieldValidationError extends BadRequestException {
  constructor(readonly fields: Record<string, string[]>) {
    super({ message: describeFields(fields), fields });
  }

  static of(field: string, message: string): FieldValidationError {
    return new FieldValidationError({ [field]: [`${field} ${message}`] });
  }
}

export function describeFields(fields: Record<string, string[]>): string {
  return Object.values(fields).flat().join('; ');
}
