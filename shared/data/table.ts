/**
 * The single table's shape, shared by the local bootstrap and the CDK stack so
 * the two can never drift apart.
 */
export const TABLE_KEYS = { partitionKey: 'pk', sortKey: 'sk' } as const;

/** Overloaded global secondary indexes; each key attribute is a string. */
export const GSI = {
  /** Cross-council collections: all councils, all current agreements, all returns of a period. */
  byCollection: { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  /** Alerts across councils by status. */
  byStatus: { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
} as const;

/** Items with this attribute (epoch seconds) expire: idempotency records. */
export const TTL_ATTRIBUTE = 'expiresAt';

export const DEFAULT_TABLE_NAME = 'safety-valve';
