import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldError } from '../../shared/domain';

export type { FieldError };

const TITLES: Partial<Record<ContentfulStatusCode, string>> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  412: 'Changed by someone else',
  413: 'Request too large',
  422: 'Invalid content',
  428: 'Version required',
  429: 'Too many requests',
  500: 'Something went wrong',
};

/**
 * An error a route means to send: it becomes an `application/problem+json` response
 * (RFC 9457) with a human sentence and, for validation, each field's path and message.
 */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly title: string = TITLES[status] ?? 'Error',
  ) {
    super(detail);
    this.name = 'ApiError';
  }
}

export const notFound = (what: string) => new ApiError(404, `${what} was not found.`);
export const forbidden = (detail = 'Your role does not allow this.') => new ApiError(403, detail);
export const conflict = (detail: string) => new ApiError(409, detail);
export const invalid = (detail: string, errors?: FieldError[]) => new ApiError(422, detail, errors);

export function problemResponse(c: Context, error: ApiError): Response {
  const body = {
    type: `/api/problems/${error.status}`,
    title: error.title,
    status: error.status,
    detail: error.detail,
    ...(error.errors ? { errors: error.errors } : {}),
  };
  return c.body(JSON.stringify(body), error.status, {
    'Content-Type': 'application/problem+json',
  });
}
