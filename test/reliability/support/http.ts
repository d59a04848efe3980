import { Agent, request as httpRequest } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  contentType: string;
  text: string;
  /** The body parsed as JSON when it says it is JSON, else undefined. */
  json: unknown;
}

export interface RawRequest {
  method: string;
  /** Sent exactly as given: no normalisation of `..`, no re-encoding. */
  path: string;
  headers?: Record<string, string>;
  token?: string;
  /** JSON-encoded unless `rawBody` is given; Content-Type is then application/json unless set. */
  body?: unknown;
  rawBody?: string | Buffer;
}

const agent = new Agent({ keepAlive: true, maxSockets: 64 });

/**
 * A raw HTTP client: the path and headers go on the wire as written, so tests can send
 * what a browser or fetch would tidy up (`/../`, `%00`, odd headers).
 */
export function rawClient(baseUrl: string) {
  const { hostname, port } = new URL(baseUrl);
  return function send(req: RawRequest): Promise<RawResponse> {
    const headers: Record<string, string> = {};
    let body: string | Buffer | undefined = req.rawBody;
    if (body === undefined && req.body !== undefined) body = JSON.stringify(req.body);
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (req.token) headers.Authorization = `Bearer ${req.token}`;
    Object.assign(headers, req.headers);
    for (const [k, v] of Object.entries(headers)) if (v === OMIT) delete headers[k];
    if (body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(body));
    return new Promise((resolve, reject) => {
      const r = httpRequest(
        { hostname, port, method: req.method, path: req.path, headers, agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const contentType = String(res.headers['content-type'] ?? '');
            let json: unknown;
            if (/json/.test(contentType) && text) {
              try {
                json = JSON.parse(text);
              } catch {
                json = undefined;
              }
            }
            resolve({ status: res.statusCode ?? 0, headers: res.headers, contentType, text, json });
          });
        },
      );
      r.on('error', reject);
      if (body !== undefined) r.write(body);
      r.end();
    });
  };
}

export type Send = ReturnType<typeof rawClient>;

/** A header value meaning "do not send this header at all" (to drop a default). */
export const OMIT = '\u0000omit';

/** Why a response breaks the error contract, or undefined when it keeps it. */
export function problemViolation(res: RawResponse): string | undefined {
  if (res.status >= 500) return `a ${res.status} for client input`;
  if (res.status < 400) return undefined;
  if (!res.contentType.startsWith('application/problem+json'))
    return `a ${res.status} with Content-Type "${res.contentType}", not application/problem+json`;
  const body = res.json as { status?: unknown; title?: unknown; detail?: unknown } | undefined;
  if (!body || typeof body !== 'object') return `a ${res.status} whose body is not JSON`;
  if (body.status !== res.status)
    return `a ${res.status} whose problem says status ${String(body.status)}`;
  if (typeof body.title !== 'string' || typeof body.detail !== 'string')
    return `a ${res.status} problem without a title and detail`;
  if (!res.headers['x-request-id']) return `a ${res.status} without X-Request-Id`;
  return undefined;
}

/** One line describing a request and its response, for failure messages. */
export function describeExchange(req: RawRequest, res: RawResponse | undefined): string {
  const body =
    req.rawBody !== undefined
      ? String(req.rawBody)
      : req.body === undefined
        ? ''
        : JSON.stringify(req.body);
  const headers = Object.entries(req.headers ?? {})
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join('; ');
  const shown = (s: string) => (s.length > 600 ? `${s.slice(0, 600)}… (${s.length} chars)` : s);
  return [
    `${req.method} ${shown(req.path)}`,
    headers ? `headers {${shown(headers)}}` : '',
    body ? `body ${shown(body)}` : '',
    res ? `→ ${res.status} ${res.contentType} ${shown(res.text)}` : '→ (no response)',
  ]
    .filter(Boolean)
    .join('\n    ');
}
