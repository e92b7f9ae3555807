import { ApiError } from '@nutmeg/contracts';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Nest's own parser errors were answered with a misleading 404 in this stack (Nest 11 + Express 5), so
 * the api parses JSON itself and answers malformed or oversized bodies with the usual error shape.
 * Apps using this must be created with `{ bodyParser: false }`.
 */
export function jsonBody(limit: string): Array<RequestHandler | ((error: unknown, req: Request, res: Response, next: NextFunction) => void)> {
  return [
    express.json({ limit }),
    (error: unknown, _req: Request, res: Response, next: NextFunction) => {
      const parserError = error as { type?: string; status?: number };
      if (parserError?.type === 'entity.parse.failed') return void res.status(400).json(body(400, 'Bad Request', 'The request body is not valid JSON'));
      if (parserError?.type === 'entity.too.large') return void res.status(413).json(body(413, 'Payload Too Large', `The request body is larger than ${limit}`));
      if (typeof parserError?.status === 'number' && parserError.status < 500) {
        return void res.status(parserError.status).json(body(parserError.status, 'Bad Request', 'The request body could not be read'));
      }
      next(error);
    },
  ];
}

function body(statusCode: number, error: string, message: string): ApiError {
  return { statusCode, error, message };
}
