import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export type Db = DynamoDBDocumentClient;

/**
 * A document client that drops `undefined` fields, so optional values need no special
 * casing. Without a logger of its own the SDK's logging step is removed: it would still
 * copy every response through its sensitive-data filter for a logger that discards it,
 * work that grows with the items read (about 2 ms of the overview's 150 councils).
 */
export function createDb(config: DynamoDBClientConfig = {}): Db {
  const client = new DynamoDBClient(config);
  if (config.logger === undefined) client.middlewareStack.remove('loggerMiddleware');
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
}

/** Where repositories find the table: the client and the table's name. */
export interface Store {
  db: Db;
  tableName: string;
}
