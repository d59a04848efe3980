import { navigate } from '../router';
import { signInPath } from '../sign-in-path';
import { renewSession, tokenForRequest } from '../auth/renew-session';
import { endSession, isLeaving, refreshTokenOf } from '../session';
import type { FieldError } from '../../../shared/domain';

/** One field's problem in a rejected request, as the API reports it. */
export type FieldProblem = FieldError;

/** An `application/problem+json` error (RFC 9457) from the API, or a failure to reach it. */
export class ProblemError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly errors?: FieldProblem[];

  constructor(problem: { status: number; title: string; detail: string; errors?: FieldProblem[] }) {
    super(problem.detail);
    this.name = 'ProblemError';
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    if (problem.errors) this.errors = problem.errors;
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** A file sent as it is (an uploaded workbook), with its own Content-Type, instead of JSON. */
  file?: Blob;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Send the signed-in user's token (default). Sign-in itself has none to send. */
  auth?: boolean;
}

/**
 * Calls the HTTP API (its reference: /api/docs) and returns its JSON. Errors become `ProblemError`s.
 * A 401 means the token is missing, expired or revoked: the session ends and the
 * user goes back to sign in.
 */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await send(path, options);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Like `api`, but for a file such as a CSV download: the body as a Blob. */
export async function apiBlob(path: string, options: RequestOptions = {}): Promise<Blob> {
  const response = await send(path, { ...options, headers: { Accept: '*/*', ...options.headers } });
  return response.blob();
}

/** Like `api`, but a 404 is `null`: for things that may not exist yet, such as a draft. */
export async function apiOrNull<T>(path: string, options: RequestOptions = {}): Promise<T | null> {
  try {
    return await api<T>(path, options);
  } catch (error) {
    if (error instanceof ProblemError && error.status === 404) return null;
    throw error;
  }
}

async function send(path: string, options: RequestOptions, renewed = false): Promise<Response> {
  const { method = 'GET', body, file, signal, auth = true } = options;
  // Signed out and leaving for the organisation's sign-out: a request now would go without
  // a token, and its 401 would end the session again as "expired". Its answer would come
  // to a page nobody sees, so it is never sent and never settles.
  if (auth && isLeaving()) return new Promise<never>(() => undefined);
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (file) headers['Content-Type'] = file.type || 'application/octet-stream';
  const token = auth ? await tokenForRequest() : undefined;
  if (token) headers['Authorization'] = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      ...(file ? { body: file } : body !== undefined ? { body: JSON.stringify(body) } : {}),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ProblemError({
      status: 0,
      title: 'No connection',
      detail: 'The service could not be reached. Check your connection and try again.',
    });
  }

  if (response.status === 401 && auth) {
    // Refused before its time (the clocks disagree): renew once and send it again.
    if (!renewed && refreshTokenOf() !== null && (await renewSession())) {
      return send(path, options, true);
    }
    endSession('expired');
    navigate(signInPath(window.location.pathname + window.location.search), { replace: true });
  }
  if (!response.ok) throw await toProblem(response);
  return response;
}

async function toProblem(response: Response): Promise<ProblemError> {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('application/problem+json') || type.includes('application/json')) {
    try {
      const body = (await response.json()) as Partial<ProblemError>;
      return new ProblemError({
        status: response.status,
        title: typeof body.title === 'string' ? body.title : 'Error',
        detail: typeof body.detail === 'string' ? body.detail : fallbackDetail(response.status),
        ...(Array.isArray(body.errors) ? { errors: body.errors.filter(isFieldProblem) } : {}),
      });
    } catch {
      // Not the JSON it claimed to be: fall through to the generic message.
    }
  }
  return new ProblemError({
    status: response.status,
    title: 'Error',
    detail: fallbackDetail(response.status),
  });
}

function isFieldProblem(value: unknown): value is FieldProblem {
  if (typeof value !== 'object' || value === null) return false;
  const { path, message } = value as Record<string, unknown>;
  return typeof path === 'string' && typeof message === 'string';
}

function fallbackDetail(status: number): string {
  if (status >= 500) return 'Sorry, there is a problem with the service. Try again later.';
  return 'The service could not complete the request.';
}

/** Any failure as a `ProblemError`, so screens have one shape of error to show. */
export function asProblem(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  return new ProblemError({ status: 0, title: 'Error', detail: fallbackDetail(500) });
}
