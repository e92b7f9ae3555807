import { DomainValidationError } from './domain-validation-error';

describe('DomainValidationError', () => {
  it('carries the field and a message that does not repeat it', () => {
    const error = new DomainValidationError('tax', 'must be a non-negative amount with at most 2 decimals');
    expect(error).toBeInstanceOf(DomainValidationError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DomainValidationError');
    expect(error.field).toBe('tax');
    expect(error.message).toBe('must be a non-negative amount with at most 2 decimals');
  });

  it('serialises to { field, message } for a 400 body', () => {
    expect(JSON.parse(JSON.stringify(new DomainValidationError('asOf', 'must not be before noticeDate')))).toEqual({
      field: 'asOf',
      message: 'must not be before noticeDate',
    });
  });
});
