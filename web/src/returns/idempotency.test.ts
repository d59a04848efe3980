import { describe, expect, it } from 'vitest';
import { SubmissionKeys } from './idempotency';

function counter() {
  let n = 0;
  return () => `key-${++n}`;
}

describe('SubmissionKeys', () => {
  it('reuses the key when the same request is retried after no answer', () => {
    const keys = new SubmissionKeys(counter());
    const request = { signOff: { name: 'A', role: 'S151' } };
    expect(keys.keyFor(request)).toBe('key-1');
    keys.settled(0);
    expect(keys.keyFor(request)).toBe('key-1');
    keys.settled(503);
    expect(keys.keyFor({ ...request })).toBe('key-1');
  });

  it('makes a new key after a definite answer, or for a different request', () => {
    const keys = new SubmissionKeys(counter());
    expect(keys.keyFor({ a: 1 })).toBe('key-1');
    keys.settled(422);
    expect(keys.keyFor({ a: 1 })).toBe('key-2');
    expect(keys.keyFor({ a: 2 })).toBe('key-3');
  });
});
