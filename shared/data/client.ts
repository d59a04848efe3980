import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export type Db = DynamoDBDocumentClient;

/** A document client that drops `undefined` fields, so optional values need no special casing. */
export function createDb(config: DynamoDBClientConfig = {}): Db {
  return DynamoDBDocumentClient.from(new DynamoDBClient(config), {
    marshallOptions: { removeUndefinedValues: true },
  });
}

/** Where repositories find the table: the client and the table's name. */
export interface Store {
  db: Db;
  tableName: string;
}
