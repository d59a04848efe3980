import type { LambdaEvent } from 'hono/aws-lambda';

type APIGatewayProxyEventV2 = Extract<LambdaEvent, { version: string; rawPath: string }>;

/**
 * An HTTP API (payload 2.0) event for a request, as API Gateway hands it to the API's
 * Lambda: what the benchmarks send to the Lambda handler in place of a socket.
 */
export function apiGatewayEvent(request: {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}): APIGatewayProxyEventV2 {
  const [rawPath = '/', rawQueryString = ''] = request.path.split('?');
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    headers: {
      host: 'bench.example',
      'x-forwarded-proto': 'https',
      ...Object.fromEntries(
        Object.entries(request.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
      ),
    },
    requestContext: {
      accountId: '123456789012',
      apiId: 'bench',
      authentication: null,
      authorizer: {},
      domainName: 'bench.example',
      domainPrefix: 'bench',
      http: {
        method: request.method,
        path: rawPath,
        protocol: 'HTTP/1.1',
        sourceIp: '127.0.0.1',
        userAgent: 'bench',
      },
      requestId: 'bench',
      routeKey: '$default',
      stage: '$default',
      time: '01/Jan/2026:00:00:00 +0000',
      timeEpoch: 0,
    },
    body: request.body ?? null,
    isBase64Encoded: false,
  };
}
