import { OpenAPIHono, type DefaultHook } from './openapi-hono';
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import type { MiddlewareHandler, NotFoundHandler } from 'hono';
import { ConditionFailedError, InvalidCursorError } from '../../shared/data/errors';
import { DomainError, type DomainErrorKind } from '../../shared/domain';
import type { AppDeps, AppEnv } from './env';
import { authenticate } from './middleware/authenticate';
import { councilScope } from './middleware/council-scope';
import { rateLimits } from './middleware/rate-limit';
import { requestIds } from './middleware/request-id';
import { isWorkbook } from './files/file-response';
import { requestLogger } from './middleware/request-logger';
import { allowedMethods } from './allowed-methods';
import { ApiError, problemResponse } from './problem';
import { registerDocsRoutes } from './routes/docs';
import { describeRoutes, groupOf, registerRoutes } from './route-groups';
import { validationError } from './validation';

export const MAX_BODY_BYTES = 256 * 1024;

/** How each refusal of a use case is answered over HTTP. */
const STATUS_OF: Record<DomainErrorKind, 403 | 404 | 409 | 412 | 422 | 428> = {
  'not-allowed': 403,
  'not-found': 404,
  conflict: 409,
  'stale-version': 412,
  invalid: 422,
  'version-required': 428,
};

/** The one write that also takes a file: a return's draft as its template workbook. */
const WORKBOOK_UPLOAD = /^\/api\/v1\/councils\/[^/]+\/returns\/[^/]+$/;

/** Routes under /api/v1 that need no token. */
const PUBLIC_PATHS = new Set([
  '/api/v1/openapi.json',
  '/api/v1/dev/token',
  '/api/v1/dev/personas',
  '/api/v1/dev/outbox',
]);

/** A request that fails its route's schemas is answered 422 (or 400) naming each field. */
const defaultHook: DefaultHook<AppEnv> = (result) => {
  if (!result.success) throw validationError(result.target, result.error);
};

/**
 * Builds the HTTP API. It knows nothing of where it runs: the Lambda entry and the
 * local runner each pass their own dependencies.
 */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook });

  app.use('*', requestIds());
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use('*', requestLogger());
  app.use('/api/*', async (c, next) => {
    await next();
    // Every answer is the caller's own (or about to change): never kept by a browser or proxy.
    c.header('Cache-Control', 'no-store');
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => {
        // The rest of the body is not read: tell the client this connection ends here.
        c.header('Connection', 'close');
        throw new ApiError(413, `The request body is larger than ${MAX_BODY_BYTES / 1024} KiB.`);
      },
    }),
  );
  if (deps.rateLimits) {
    for (const limit of rateLimits(deps.rateLimits)) app.use('/api/v1/*', limit);
  }
  const authenticated = authenticate();
  app.use(
    '/api/v1/*',
    createMiddleware<AppEnv>(async (c, next) => {
      if (PUBLIC_PATHS.has(c.req.path)) return next();
      return authenticated(c, next);
    }),
  );
  app.use('/api/v1/*', async (c, next) => {
    // Every write takes a JSON body: without one, a save would read as an empty draft.
    const method = c.req.method;
    const type = c.req.header('Content-Type');
    if (
      (method === 'POST' || method === 'PUT') &&
      !/^application\/([\w.+-]+\+)?json\b/i.test(type ?? '') &&
      !(method === 'PUT' && WORKBOOK_UPLOAD.test(c.req.path) && isWorkbook(type))
    ) {
      throw new ApiError(
        415,
        'Send the request body as JSON, with Content-Type: application/json.',
        undefined,
        'Unsupported media type',
      );
    }
    return next();
  });
  app.use('/api/v1/councils/:laCode', councilScope());
  app.use('/api/v1/councils/:laCode/*', councilScope());

  registerDocsRoutes(app, () => describeRoutes({ devIdentity: Boolean(deps.devIdentity) }));
  app.all('/api/v1/*', routeGroups(deps, defaultHook));
  app.notFound(notAllowedOrNotFound(app));
  app.onError((error, c) => {
    if (error instanceof ApiError) return problemResponse(c, error);
    if (error instanceof DomainError) {
      return problemResponse(c, new ApiError(STATUS_OF[error.kind], error.detail, error.errors));
    }
    if (error instanceof InvalidCursorError)
      return problemResponse(c, new ApiError(400, error.message));
    if (isRequestValidationError(error)) {
      // DynamoDB refused the request as sent (a key or value it cannot take): that is
      // the client's input, never an outage. Logged, since our own checks missed it.
      (c.var.logger ?? deps.logger).warn('database refused the request as invalid', {
        error: error.message,
      });
      return problemResponse(c, new ApiError(400, 'The request cannot be answered as sent.'));
    }
    if (error instanceof ConditionFailedError) {
      return problemResponse(c, new ApiError(409, 'Someone else changed this at the same time.'));
    }
    if (error instanceof HTTPException && error.status < 500) {
      const detail =
        error.status === 400
          ? 'The request body is not valid JSON.'
          : error.message || 'Bad request.';
      return problemResponse(c, new ApiError(error.status, detail));
    }
    (c.var.logger ?? deps.logger).error('unhandled error', { error });
    return problemResponse(c, new ApiError(500, 'The service could not complete the request.'));
  });

  return app;
}

export type App = ReturnType<typeof createApp>;

/** 405 with `Allow` where some route has the path but not the method, else 404. */
function notAllowedOrNotFound(app: OpenAPIHono<AppEnv>): NotFoundHandler<AppEnv> {
  return (c) => {
    const allowed = allowedMethods(app.routes, c.req.path);
    if (allowed.length === 0) {
      return problemResponse(c, new ApiError(404, 'Nothing exists at this address.'));
    }
    c.header('Allow', allowed.join(', '));
    return problemResponse(
      c,
      new ApiError(405, `${c.req.method} is not allowed here: use ${allowed.join(', ')}.`),
    );
  };
}

/** What the app's middleware set on a request, for the route group that answers it. */
const variablesOf = new WeakMap<Request, AppEnv['Variables']>();

/**
 * Route groups, built on the first request under their prefix (`route-groups.ts`), so
 * a cold start compiles and runs none of the routes' modules, schemas or use cases.
 * A group is an app of its own that answers with the request's variables (`deps`,
 * `principal`, `logger`...) as this app's middleware set them; its errors are thrown
 * on to this app's `onError`, and a path with no route in the group is answered 404 or
 * 405 from the group's routes, which are all the routes under its prefix.
 */
function routeGroups(deps: AppDeps, hook: DefaultHook<AppEnv>): MiddlewareHandler<AppEnv> {
  const groups = new Map<string, Promise<OpenAPIHono<AppEnv>>>();
  const build = async (group: string) => {
    const routes = new OpenAPIHono<AppEnv>({ defaultHook: hook });
    routes.use('*', async (c, next) => {
      for (const [name, value] of Object.entries(variablesOf.get(c.req.raw) ?? {})) {
        c.set(name as keyof AppEnv['Variables'], value as never);
      }
      await next();
    });
    await registerRoutes(routes, { group, devIdentity: Boolean(deps.devIdentity) });
    routes.notFound(notAllowedOrNotFound(routes));
    routes.onError((error) => {
      throw error;
    });
    return routes;
  };
  return async (c, next) => {
    const group = groupOf(c.req.path);
    if (group === undefined) return next();
    let routes = groups.get(group);
    if (!routes) {
      routes = build(group);
      groups.set(group, routes);
      // A module that failed to load is tried again by the next request.
      routes.catch(() => groups.delete(group));
    }
    variablesOf.set(c.req.raw, c.var);
    const answer = await (await routes).fetch(c.req.raw, c.env);
    // Headers this app's middleware set before the route (X-Request-Id) are on `c.res`.
    c.res.headers.forEach((value, name) => {
      if (!answer.headers.has(name)) answer.headers.set(name, value);
    });
    return answer;
  };
}

/**
 * DynamoDB's ValidationException, alone or as the reason a transaction was cancelled:
 * the values a request carried (a start key, a key too long, an item too large).
 */
function isRequestValidationError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'ValidationException') return true;
  if (error.name !== 'TransactionCanceledException') return false;
  const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons;
  return (reasons ?? []).some((r) => r.Code === 'ValidationError');
}
