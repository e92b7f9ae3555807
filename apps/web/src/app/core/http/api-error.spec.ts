import { HttpErrorResponse } from '@angular/common/http';
import { apiErrorOf, describeHttpError, fieldErrorsOf, isStaleVersion } from './api-error';

function failure(status: number, body: unknown = null): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: body, url: '/api/clients' });
}

describe('describeHttpError', () => {
  it.each([
    [0, 'Cannot reach the Nutmeg server. Check the connection and try again.'],
    [403, 'Your role does not allow this.'],
    [404, 'This record no longer exists. It may have been deleted.'],
    [429, 'Too many attempts, wait a minute'],
    [500, 'The Nutmeg server had a problem. Try again in a moment.'],
    [503, 'The Nutmeg server had a problem. Try again in a moment.'],
  ])('puts status %i in plain words', (status, sentence) => {
    expect(describeHttpError(failure(status, { statusCode: status, error: 'x', message: 'Internal detail' }))).toBe(
      sentence,
    );
  });

  it("uses the api's own message for a validation failure", () => {
    const error = failure(400, {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Kind must be individual or business',
    });
    expect(describeHttpError(error)).toBe('Kind must be individual or business');
  });

  it('lets a page choose its own wording for a status', () => {
    expect(describeHttpError(failure(401), { 401: 'Email or password is not right' })).toBe(
      'Email or password is not right',
    );
  });

  it('never shows a non-http error as is', () => {
    expect(describeHttpError(new TypeError('x is undefined'))).toBe('Something went wrong. Try again.');
  });
});

describe('apiErrorOf / fieldErrorsOf', () => {
  it('reads the field map of a 400', () => {
    const fields = { 'address.postalCode': ['A ZIP code has 5 digits'] };
    expect(fieldErrorsOf(failure(400, { statusCode: 400, error: 'Bad Request', message: 'Invalid', fields }))).toEqual(
      fields,
    );
  });

  it('joins a list of messages into one sentence', () => {
    const error = failure(400, { statusCode: 400, error: 'Bad Request', message: ['a is wrong', 'b is wrong'] });
    expect(apiErrorOf(error)?.message).toBe('a is wrong. b is wrong');
  });

  it('finds nothing in a body that is not an api error (a proxy page, say)', () => {
    expect(apiErrorOf(failure(502, '<html>Bad gateway</html>'))).toBeNull();
    expect(fieldErrorsOf(failure(502, '<html>Bad gateway</html>'))).toEqual({});
  });
});

describe('isStaleVersion', () => {
  it('tells an edit of an old version (the 409 names the current version) from a refused move', () => {
    const stale = failure(409, { statusCode: 409, error: 'Conflict', message: 'This resolution was changed by someone else', currentVersion: 3 });
    const refused = failure(409, { statusCode: 409, error: 'Conflict', message: 'A plan in "approved" cannot move to "requested"' });
    expect(isStaleVersion(stale)).toBe(true);
    expect(isStaleVersion(refused)).toBe(false);
    expect(isStaleVersion(failure(400, { statusCode: 400, error: 'Bad Request', message: 'x', currentVersion: 3 }))).toBe(false);
  });
});
