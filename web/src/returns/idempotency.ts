/**
 * One Idempotency-Key per submission attempt: a retry of the same request (after the
 * connection failed or the service erred, so nobody knows whether it went through)
 * reuses the key, so the API answers as it did the first time and submits only once.
 * Once the API has given a definite answer, or the request changes, a new key is made.
 */
export class SubmissionKeys {
  private current: { key: string; request: string } | undefined;

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {}

  /** The key for this request: the last one if this is a retry of it, else a new one. */
  keyFor(request: unknown): string {
    const text = JSON.stringify(request);
    if (this.current?.request !== text) this.current = { key: this.newKey(), request: text };
    return this.current.key;
  }

  /**
   * After an answer: keep the key only when the outcome is unknown (no answer, or a
   * server error), so that pressing the button again is a retry.
   */
  settled(status: number): void {
    if (status !== 0 && status < 500) this.current = undefined;
  }
}
