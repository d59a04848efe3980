import type { Context } from 'hono';
import * as z from 'zod';
import { ApiError } from './problem';

/** The `Idempotency-Key` header as the OpenAPI document describes it. */
export const IdempotencyHeaders = z.object({
  'idempotency-key': z.string().optional().meta({
    description: 'Required: a unique key per submission (1–200 letters, digits, - _ : .)',
  }),
});

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_:.-]{1,200}$/;

/** The request's Idempotency-Key; 400 naming the header when it is missing or malformed. */
export function requireIdempotencyKey(c: Context): string {
  const key = c.req.header('Idempotency-Key');
  if (!key || !IDEMPOTENCY_KEY.test(key)) {
    throw new ApiError(
      400,
      'Send an Idempotency-Key header (1–200 letters, digits, - _ : .) with each submission.',
      [{ path: 'Idempotency-Key', message: key ? 'is not a valid key' : 'is required' }],
    );
  }
  return key;
}
