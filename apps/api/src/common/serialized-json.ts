import { createHash } from 'node:crypto';
import { Response } from 'express';

/**
 * A response body already turned into JSON, with its entity tag, so a cached answer is sent as the bytes
 * it is instead of being serialized and hashed again for every request (for a page of 25 cases that was a
 * quarter of the api's time on a cached list: docs/benchmarks.md). `T` records the shape it holds.
 */
export class SerializedJson<T> {
  private constructor(
    readonly body: Buffer,
    readonly etag: string,
  ) {}

  static of<T>(value: T): SerializedJson<T> {
    const body = Buffer.from(JSON.stringify(value));
    // The same weak tag Express would compute, so conditional requests behave as for any other answer.
    return new SerializedJson<T>(body, `W/"${body.length.toString(16)}-${createHash('sha1').update(body).digest('base64').slice(0, 27)}"`);
  }

  /** The value again (for tests and callers inside the api). */
  parse(): T {
    return JSON.parse(this.body.toString('utf8')) as T;
  }

  /** Sends it as a 200 (or 304 when the client already holds this tag). */
  sendTo(response: Response): void {
    response.set('ETag', this.etag).type('application/json; charset=utf-8').send(this.body);
  }
}
