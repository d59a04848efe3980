/**
 * Facts read once per batch of changes: the first read of a key is shared by every later
 * one in the same batch. Only what the workers never write belongs here (agreements,
 * assessments, returns, councils, people's settings), never alerts. Everything in a
 * batch was written before the batch was delivered, so a read made during the batch is
 * as fresh as each of its records needs.
 */
export type BatchReads = Map<string, Promise<unknown>>;

export function createBatchReads(): BatchReads {
  return new Map();
}

/** `read()`, or the batch's earlier read of the same key; a failed read is not kept. */
export function readOnce<T>(
  reads: BatchReads | undefined,
  key: string,
  read: () => Promise<T>,
): Promise<T> {
  if (!reads) return read();
  const earlier = reads.get(key);
  if (earlier) return earlier as Promise<T>;
  const reading = read();
  reads.set(key, reading);
  reading.catch(() => reads.delete(key));
  return reading;
}

/** How the facts that several workers share are named in a batch's reads. */
export const factKeys = {
  agreement: (laCode: string) => `agreement ${laCode}`,
  council: (laCode: string) => `council ${laCode}`,
};

/** Keeps a fact read ahead (for several changes at once) as the batch's read of `key`. */
export function keepRead<T>(reads: BatchReads, key: string, value: T): void {
  if (!reads.has(key)) reads.set(key, Promise.resolve(value));
}
