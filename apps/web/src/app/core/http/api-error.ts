import { HttpErrorResponse } from '@angular/common/http';
import type { ApiError } from '@nutmeg/contracts';

/** The api's error body, when the failure came from the api (a proxy or network failure has none). */
export function apiErrorOf(error: unknown): ApiError | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const body: unknown = error.error;
  if (typeof body !== 'object' || body === null) return null;
  const candidate = body as Partial<ApiError> & { message?: unknown };
  if (typeof candidate.statusCode !== 'number') return null;
  return {
    statusCode: candidate.statusCode,
    error: typeof candidate.error === 'string' ? candidate.error : '',
    // Nest's own validation errors carry a list of messages; the contract promises one string.
    message: Array.isArray(candidate.message) ? candidate.message.join('. ') : String(candidate.message ?? ''),
    fields: candidate.fields && typeof candidate.fields === 'object' ? candidate.fields : undefined,
  };
}

/** Field path ("address.postalCode") → messages, from a 400 answer; empty for any other failure. */
export function fieldErrorsOf(error: unknown): Record<string, string[]> {
  return apiErrorOf(error)?.fields ?? {};
}

export function statusOf(error: unknown): number | null {
  return error instanceof HttpErrorResponse ? error.status : null;
}

/** A 409 for an edit made on an old version (the api's answer then names the current version). */
export function isStaleVersion(error: unknown): boolean {
  if (statusOf(error) !== 409) return false;
  const body: unknown = (error as HttpErrorResponse).error;
  return typeof body === 'object' && body !== null && typeof (body as { currentVersion?: unknown }).currentVersion === 'number';
}

/** Per-status wording a caller wants instead of the generic sentence (the login page's 401, for instance). */
export type StatusWording = Partial<Record<number, string>>;

/**
 * Turns any failed request into a sentence a practitioner can act on. Stack traces and status codes stay
 * out of the UI; where the api wrote a readable message (a 400 or 409), it is used.
 */
export function describeHttpError(error: unknown, wording: StatusWording = {}): string {
  const status = statusOf(error);
  if (status !== null && wording[status]) return wording[status];
  if (status === null) return 'Something went wrong. Try again.';
  const apiMessage = apiErrorOf(error)?.message.trim();
  switch (status) {
    case 0:
      return 'Cannot reach the Nutmeg server. Check the connection and try again.';
    case 400:
    case 422:
      return apiMessage || 'Some details are not valid. Check the highlighted fields.';
    case 401:
      return 'Your session has ended. Sign in again.';
    case 403:
      return 'Your role does not allow this.';
    case 404:
      return 'This record no longer exists. It may have been deleted.';
    case 409:
      return apiMessage || 'Someone else changed this record. Reload to see their change.';
    case 429:
      return 'Too many attempts, wait a minute';
    default:
      return status >= 500
        ? 'The Nutmeg server had a problem. Try again in a moment.'
        : apiMessage || 'Something went wrong. Try again.';
  }
}
