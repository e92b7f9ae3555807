/** Why intake could not read a file; each comes with a message saying what to do next. */
export type IntakeFileFailure =
  'unsupported_type' | 'too_large' | 'too_many_pages' | 'encrypted' | 'invalid_pdf' | 'no_text' | 'timeout';

export class IntakeFileError extends Error {
  constructor(
    readonly reason: IntakeFileFailure,
    message: string,
  ) {
    super(message);
    this.name = 'IntakeFileError';
  }
}
