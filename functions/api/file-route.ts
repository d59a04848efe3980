import type { OpenAPIHono, RouteConfig } from './openapi-hono';
import type { Context, MiddlewareHandler } from 'hono';
import type * as z from 'zod';
import type { AppEnv } from './env';
import { validationError } from './validation';

type Params<R extends RouteConfig> = NonNullable<R['request']>['params'] extends z.ZodType
  ? z.infer<NonNullable<NonNullable<R['request']>['params']>>
  : Record<string, never>;

/**
 * A download whose last path segment is a parameter with a file extension
 * (`…/returns/{period}.xlsx`). Hono's paths cannot say that, so the route is described
 * in the OpenAPI document as written and served by a Hono pattern that keeps the
 * extension out of the parameter; the parameters are then checked like any route's.
 * Register it before any route the bare parameter would also match.
 */
export function registerFileRoute<R extends RouteConfig>(
  app: OpenAPIHono<AppEnv>,
  route: R,
  handler: (c: Context<AppEnv>, params: Params<R>) => Promise<Response>,
) {
  app.openAPIRegistry.registerPath(route);
  const suffix = /\/\{(\w+)\}\.(\w+)$/.exec(route.path);
  if (!suffix) throw new Error(`${route.path} does not end in {param}.ext`);
  const [, name, extension] = suffix;
  const honoPath = route.path
    .replace(/\/\{(\w+)\}\.(\w+)$/, `/:$1{[^/]+\\.$2}`)
    .replace(/\/\{(\w+)\}/g, '/:$1');
  const middleware = [route.middleware ?? []].flat() as MiddlewareHandler<AppEnv>[];
  app.on([route.method.toUpperCase()], [honoPath], ...middleware, async (c) => {
    const raw: Record<string, string> = { ...c.req.param() };
    raw[name!] = raw[name!]!.slice(0, -(extension!.length + 1));
    const schema = route.request?.params as z.ZodType | undefined;
    const parsed = schema ? schema.safeParse(raw) : { success: true as const, data: {} };
    if (!parsed.success) throw validationError('param', parsed.error);
    return handler(c, parsed.data as Params<R>);
  });
}
