import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { createDb, type Store } from '../../shared/data/client';
import { ensureTable } from '../../shared/data/create-table';

/** Local credentials: DynamoDB Local accepts any, but the SDK insists on some. */
export const LOCAL_AWS = {
  region: 'eu-west-2',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
};

/** A fresh table on the run's DynamoDB Local, so test files never see each other's data. */
export async function createTestStore(): Promise<
  Store & { endpoint: string; client: DynamoDBClient }
> {
  const endpoint = inject('ddbEndpoint');
  const client = new DynamoDBClient({ ...LOCAL_AWS, endpoint });
  const tableName = `test-${randomUUID()}`;
  await ensureTable(client, tableName);
  return { db: createDb({ ...LOCAL_AWS, endpoint }), tableName, endpoint, client };
}
