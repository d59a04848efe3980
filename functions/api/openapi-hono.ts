import type {
  RouteConfig as RegistryRouteConfig,
  ZodMediaTypeObject,
} from '@asteasolutions/zod-to-openapi';
import type {
  OpenAPIHono as DocumentingHono,
  OpenAPIHonoOptions,
  RouteConfig,
} from '@hono/zod-openapi';
import { zValidator } from '@hono/zod-validator';
import { Hono, type Context, type Env, type MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { OpenAPIDefinitions, OpenAPIObjectConfigV31 } from './openapi-document';
import type * as z from 'zod';

export type { RouteConfig } from '@hono/zod-openapi';
/** What an app does with what a route's schemas found, before the handler. */
export type DefaultHook<E extends Env> = NonNullable<OpenAPIHonoOptions<E>['defaultHook']>;
export type { OpenAPIDefinitions, OpenAPIObjectConfigV31 } from './openapi-document';

/**
 * `@hono/zod-openapi`'s `OpenAPIHono`, `createRoute` and `app.openapi(route, handler)`,
 * without what only the OpenAPI document needs at start-up. That package extends the
 * whole `z` namespace with zod-to-openapi when it loads, which keeps all of zod (its
 * locales alone are 250 KiB) and zod-to-openapi in the Lambda's start file. Here a route
 * is validated by the same `zValidator` middleware, set up exactly as `openapi()` of
 * `@hono/zod-openapi@1.6.3` sets it up (the code below follows it line for line), and only
 * recorded for the document; `doc31` builds the document on its first request, in a
 * chunk of its own (`openapi-document.ts`). The schemas carry their OpenAPI names and
 * examples with zod's own `.meta()`, which zod-to-openapi reads.
 * `openapi-document.test.ts` checks the served document against the committed one.
 * package.json pins that exact version (`openapi-hono.test.ts` holds the two together): to
 * upgrade, compare the new release's `openapi()` and types with this copy, then move both.
 */
export class OpenAPIHono<E extends Env = Env> extends Hono<E> {
  /** What the OpenAPI document describes, in the order it was registered. */
  readonly openAPIDefinitions: OpenAPIDefinitions[] = [];
  readonly openAPIRegistry = {
    registerPath: (route: RegistryRouteConfig) => {
      this.openAPIDefinitions.push({ type: 'route', route });
    },
    registerComponent: (
      componentType: 'securitySchemes',
      name: string,
      component: Record<string, unknown>,
    ) => {
      this.openAPIDefinitions.push({
        type: 'component',
        componentType,
        name,
        component: component as never,
      });
    },
  };
  readonly defaultHook: OpenAPIHonoOptions<E>['defaultHook'];

  constructor(init?: OpenAPIHonoOptions<E> & ConstructorParameters<typeof Hono<E>>[0]) {
    super(init);
    this.defaultHook = init?.defaultHook;
  }

  // Typed as the package's method, so handlers see `c.req.valid(...)` typed the same way.
  openapi = ((
    { middleware: routeMiddleware, hide, ...route }: RouteConfig,
    handler: MiddlewareHandler<E>,
    hook?: Hook<E>,
  ) => {
    if (!hide) this.openAPIRegistry.registerPath(route);
    const effectiveHook: Hook<E> =
      hook ?? ((result, c) => this.defaultHook?.(result as never, c) as ReturnType<Hook<E>>);
    const validators: MiddlewareHandler<E>[] = [];
    const request = route.request;
    if (request?.query) validators.push(zValidator('query', request.query, effectiveHook));
    if (request?.params) validators.push(zValidator('param', request.params, effectiveHook));
    if (request?.headers) {
      validators.push(zValidator('header', request.headers as z.ZodType, effectiveHook));
    }
    if (request?.cookies) validators.push(zValidator('cookie', request.cookies, effectiveHook));
    const bodyContent = request?.body?.content as
      Record<string, ZodMediaTypeObject | undefined> | undefined;
    if (bodyContent) {
      const declaredMediaTypes = Object.keys(bodyContent);
      if (
        declaredMediaTypes.some(
          (mediaType) =>
            isZod(bodyContent[mediaType]?.schema) &&
            (isJSONContentType(mediaType) || isFormContentType(mediaType)),
        )
      ) {
        validators.push(async (c, next) => {
          const contentType = c.req.header('content-type');
          if (contentType) {
            if (!declaredMediaTypes.some((mediaType) => matchesMediaType(contentType, mediaType)))
              throw new HTTPException(415, { message: 'Unsupported Media Type' });
          } else if (await hasRequestBody(c)) {
            throw new HTTPException(415, { message: 'Unsupported Media Type' });
          }
          await next();
        });
      }
      for (const mediaType of declaredMediaTypes) {
        const schema = bodyContent[mediaType]?.schema;
        if (!isZod(schema)) continue;
        for (const [target, isType] of [
          ['json', isJSONContentType],
          ['form', isFormContentType],
        ] as const) {
          if (!isType(mediaType)) continue;
          const validator: MiddlewareHandler<E> =
            target === 'json'
              ? zValidator('json', schema, effectiveHook)
              : zValidator('form', schema, effectiveHook);
          if (request?.body?.required) {
            validators.push(validator);
          } else {
            validators.push(async (c, next) => {
              const type = c.req.header('content-type');
              if (type && isType(type)) return validator(c, next);
              c.req.addValidatedData(target, {});
              await next();
            });
          }
        }
      }
    }
    const middleware = [routeMiddleware ?? []].flat() as MiddlewareHandler<E>[];
    this.on(
      [route.method],
      [route.path.replaceAll(/\/{(.+?)}/g, '/:$1')],
      ...middleware,
      ...validators,
      handler,
    );
    return this;
  }) as unknown as DocumentingHono<E>['openapi'];

  /**
   * Serves the OpenAPI 3.1 document of every route registered (or of the `definitions`
   * given), built on its first request (zod-to-openapi is loaded then, not at start-up)
   * and kept.
   */
  doc31(
    path: string,
    config: OpenAPIObjectConfigV31,
    definitions: () => Promise<readonly OpenAPIDefinitions[]> = () =>
      Promise.resolve(this.openAPIDefinitions),
  ) {
    let document: Promise<unknown> | undefined;
    return this.get(path, async (c) => {
      document ??= Promise.all([import('./openapi-document'), definitions()]).then(
        ([{ openApiDocument }, all]) => openApiDocument(all, config),
      );
      try {
        return c.json(await document);
      } catch (error) {
        document = undefined;
        throw error;
      }
    });
  }
}

type Hook<E extends Env> = (
  result: { success: boolean; error?: unknown; data?: unknown; target: string },
  c: Context<E>,
) => Response | void | Promise<Response | void>;

/** A route for `app.openapi` (as `@hono/zod-openapi`'s `createRoute`). */
export const createRoute = <const R extends RouteConfig>(
  routeConfig: R,
): R & { getRoutingPath(): string } => {
  const route = {
    ...routeConfig,
    getRoutingPath() {
      return routeConfig.path.replaceAll(/\/{(.+?)}/g, '/:$1');
    },
  };
  return Object.defineProperty(route, 'getRoutingPath', { enumerable: false });
};

function isZod(x: unknown): x is z.ZodType {
  if (typeof x !== 'object' || x === null) return false;
  const schema = x as Record<string, unknown>;
  return (
    typeof schema.parse === 'function' &&
    typeof schema.safeParse === 'function' &&
    typeof schema.parseAsync === 'function' &&
    typeof schema.safeParseAsync === 'function'
  );
}

function isJSONContentType(contentType: string) {
  return /^application\/([a-z-.]+\+)?json/i.test(contentType);
}

function isFormContentType(contentType: string) {
  const lower = contentType.toLowerCase();
  return (
    lower.startsWith('multipart/form-data') || lower.startsWith('application/x-www-form-urlencoded')
  );
}

const JSON_REQUEST = /^application\/([a-z-.]+\+)?json(;\s*[a-zA-Z0-9-]+=([^;]+))*$/i;
const MULTIPART_REQUEST = /^multipart\/form-data(;\s?boundary=[a-zA-Z0-9'"()+_,\-./:=?]+)?$/i;
const URLENCODED_REQUEST = /^application\/x-www-form-urlencoded(;\s*[a-zA-Z0-9-]+=([^;]+))*$/i;

function matchesMediaType(contentType: string, mediaType: string) {
  if (mediaType === '*/*') return true;
  if (isJSONContentType(mediaType)) return JSON_REQUEST.test(contentType);
  if (isFormContentType(mediaType)) {
    return MULTIPART_REQUEST.test(contentType) || URLENCODED_REQUEST.test(contentType);
  }
  const essence = contentType.split(';')[0]!.trim().toLowerCase();
  if (mediaType.endsWith('/*')) return essence.startsWith(mediaType.slice(0, -1).toLowerCase());
  return essence === mediaType.toLowerCase();
}

async function hasRequestBody(c: Context) {
  const raw = c.req.raw;
  if (raw.body === null) return false;
  if (raw.bodyUsed) return (await c.req.arrayBuffer()).byteLength > 0;
  const body = raw.clone().body;
  if (body === null) return false;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      if (value.byteLength > 0) return true;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}
