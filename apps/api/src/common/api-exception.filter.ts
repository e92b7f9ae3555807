import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ApiError } from '@nutmeg/contracts';
import { DomainValidationError } from '@nutmeg/domain';
import { Response } from 'express';
import { QueryFailedError } from 'typeorm';

/**
 * Every error leaves as `{ statusCode, error, message, fields? }`. Unexpected errors are logged with
 * their stack and answered with a plain 500 that reveals nothing about the internals.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toApiError(exception);
    if (body.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? exception.stack ?? exception.message : String(exception));
    }
    response.status(body.statusCode).json(body);
  }

  private toApiError(exception: unknown): ApiError {
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const raw = exception.getResponse();
      const payload = typeof raw === 'string' ? { message: raw } : (raw as Record<string, unknown>);
      const message = Array.isArray(payload['message'])
        ? (payload['message'] as string[]).join('; ')
        : String(payload['message'] ?? exception.message);
      const error: ApiError = { statusCode, error: reasonPhrase(statusCode), message };
      if (payload['fields']) error.fields = payload['fields'] as Record<string, string[]>;
      for (const [key, value] of Object.entries(payload)) {
        if (!['message', 'fields', 'statusCode', 'error'].includes(key)) (error as unknown as Record<string, unknown>)[key] = value;
      }
      return error;
    }
    if (exception instanceof DomainValidationError) {
      // The rules engine names the input it could not work with; answer like any other field error.
      const message = `${exception.field} ${exception.message}`;
      return { statusCode: 400, error: 'Bad Request', message, fields: { [exception.field]: [message] } };
    }
    if (exception instanceof QueryFailedError && (exception.driverError as { code?: string })?.code === '40001') {
      return { statusCode: 409, error: 'Conflict', message: 'Another change happened at the same time; try again' };
    }
    return { statusCode: 500, error: 'Internal Server Error', message: 'Something went wrong on our side; it has been logged' };
  }
}

function reasonPhrase(status: number): string {
  const name = HttpStatus[status];
  if (!name) return 'Error';
  return name
    .toLowerCase()
    .split('_')
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join(' ');
}
