import type { Store } from '../../shared/data/client';
import { getIdempotencyRecord } from '../../shared/data/idempotency';
import { InvalidError } from '../../shared/domain';

/**
 * The first response to a request with this Idempotency-Key, when there was one: a repeat
 * gets it back and changes nothing. A key reused for a different request (another
 * fingerprint) is refused, naming the header.
 */
export async function replayIdempotent<Body>(
  store: Store,
  request: { laCode: string; scope: string; key: string; fingerprint: string },
): Promise<{ status: number; body: Body } | undefined> {
  const stored = await getIdempotencyRecord(store, request.laCode, request.scope, request.key);
  if (!stored) return undefined;
  if (stored.fingerprint !== request.fingerprint) {
    throw new InvalidError(
      'This Idempotency-Key was already used for a different request: use a new key.',
      [{ path: 'Idempotency-Key', message: 'was used for a different request' }],
    );
  }
  // The record holds what this use case answered with this key, so its body has this type.
  return { status: stored.status, body: stored.body as Body };
}
