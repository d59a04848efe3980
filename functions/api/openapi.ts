import { Problem } from '../../shared/schemas/common';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed JSON or a bad query',
  401: 'No token, or a token that is not valid',
  403: 'The role does not allow this',
  404: 'Not found, or another council',
  409: 'The state does not allow this',
  412: 'The If-Match version is stale',
  413: 'The body is larger than 256 KiB',
  422: 'Well-formed but invalid',
  428: 'If-Match is required',
};

/** The problem+json responses a route can give, for its OpenAPI description. */
export function problems(...statuses: (keyof typeof DESCRIPTIONS)[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: DESCRIPTIONS[status] ?? 'Error',
        content: { 'application/problem+json': { schema: Problem } },
      },
    ]),
  );
}

export const json = <T>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const bearer = [{ bearerAuth: [] }];
