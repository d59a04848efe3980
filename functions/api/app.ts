import { OpenAPIHono } from './openapi-hono';
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
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
import { registerAcrossCouncilRoutes } from './routes/across-councils';
import { registerAgreementRoutes } from './routes/agreement';
import { registerAlertRoutes } from './routes/alerts';
import { registerAuditRoutes } from './routes/audit';
import { registerCapitalBidRoutes } from './routes/capital-bids';
import { registerConditionRoutes } from './routes/conditions';
import { registerMitigationRoutes } from './routes/mitigations';
import { registerNotificationRoutes } from './routes/notifications';
import { registerRecoveryProfileRoutes } from './routes/recovery-profile';
import { registerReturnRoutes } from './routes/returns';
import { registerScorecardRoutes } from './routes/scorecards';
import { registerReformPlanRoutes } from './routes/reform-plans';
import { registerStabilityGrantRoutes } from './routes/stability-grant';
import { registerTrancheRoutes } from './routes/tranches';
import { registerCouncilRoutes } from './routes/councils';
import { registerDevRoutes } from './routes/dev';
import { registerDocsRoutes } from './routes/docs';
import { registerFileRoutes } from './routes/files';
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

/**
 * Builds the HTTP API. It knows nothing of where it runs: the Lambda entry and the
 * local runner each pass their own dependencies.
 */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.target, result.error);
    },
  });

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

  // Local sign-in exists only where the host supplies a local identity provider.
  if (deps.devIdentity) registerDevRoutes(app);
  registerCouncilRoutes(app);
  registerAgreementRoutes(app);
  registerRecoveryProfileRoutes(app);
  registerMitigationRoutes(app);
  registerConditionRoutes(app);
  registerTrancheRoutes(app);
  // Before the return routes: `…/returns/{period}.xlsx` would otherwise read as a period.
  registerFileRoutes(app);
  registerReturnRoutes(app);
  registerScorecardRoutes(app);
  registerReformPlanRoutes(app);
  registerStabilityGrantRoutes(app);
  registerAlertRoutes(app);
  registerAcrossCouncilRoutes(app);
  registerCapitalBidRoutes(app);
  registerAuditRoutes(app);
  registerNotificationRoutes(app);
  registerDocsRoutes(app);

  app.notFound((c) => {
    const allowed = allowedMethods(app.routes, c.req.path);
    if (allowed.length === 0) {
      return problemResponse(c, new ApiError(404, 'Nothing exists at this address.'));
    }
    c.header('Allow', allowed.join(', '));
    return problemResponse(
      c,
      new ApiError(405, `${c.req.method} is not allowed here: use ${allowed.join(', ')}.`),
    );
  });
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
