/** A route as Hono lists it: its method and its path pattern (`/councils/:laCode`). */
interface RouteEntry {
  method: string;
  path: string;
}

const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** A Hono path pattern as a regular expression over whole paths. */
function patternOf(path: string): RegExp {
  const parts = path.split('/').map((part) => {
    if (part === '*') return '.*';
    if (part.startsWith(':')) return '[^/]+';
    return escape(part);
  });
  return new RegExp(`^${parts.join('/')}/?$`);
}

/**
 * The methods some route answers at a path (HEAD wherever GET is, as Hono does), for
 * `405 Method Not Allowed` and its `Allow` header; empty when no route has the path.
 * Middleware (method `ALL`) is not a route.
 */
export function allowedMethods(routes: readonly RouteEntry[], path: string): string[] {
  const methods = new Set<string>();
  for (const route of routes) {
    if (route.method === 'ALL' || !patternOf(route.path).test(path)) continue;
    methods.add(route.method);
    if (route.method === 'GET') methods.add('HEAD');
  }
  const order = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];
  return [...methods].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
