import type { Send } from './http';

export interface Operation {
  method: string;
  /** The OpenAPI path template, `/api/v1/councils/{laCode}/returns/{period}`. */
  path: string;
  /** `PUT /api/v1/councils/{laCode}/returns/{period}`: how suites name a route. */
  key: string;
  pathParams: string[];
  queryParams: string[];
  headerParams: string[];
  hasBody: boolean;
  /** No bearer token needed (the local sign-in routes). */
  isPublic: boolean;
}

interface OpenApiDoc {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string; in: string }[];
        requestBody?: unknown;
        security?: unknown[];
      }
    >
  >;
}

/** Every operation the running app's OpenAPI document describes. */
export async function readOperations(send: Send): Promise<Operation[]> {
  const res = await send({ method: 'GET', path: '/api/v1/openapi.json' });
  if (res.status !== 200) throw new Error(`GET /api/v1/openapi.json → ${res.status}`);
  const doc = res.json as OpenApiDoc;
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const params = op.parameters ?? [];
      const names = (where: string) => params.filter((p) => p.in === where).map((p) => p.name);
      ops.push({
        method: method.toUpperCase(),
        path,
        key: `${method.toUpperCase()} ${path}`,
        pathParams: names('path'),
        queryParams: names('query'),
        headerParams: names('header'),
        hasBody: op.requestBody !== undefined,
        isPublic: !op.security || op.security.length === 0,
      });
    }
  }
  return ops;
}

/** The path with each `{param}` replaced (values are used as given: encode them first). */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}} in ${template}`);
    return value;
  });
}
