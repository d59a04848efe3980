import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

/**
 * The smallest Lambda of the same kind as the service's: Hono behind API Gateway and a
 * DynamoDB document client, built the same way. The cold-start benchmark sets each real
 * bundle beside it. An HTTP event gets a health answer; any other event makes the one query
 * the scheduled checks make on an empty table: the smallest answer that touches it.
 */
const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const app = new Hono();
app.get('/api/health', (c) => c.json({ status: 'ok' }));
const serve = handle(app);

export async function handler(event: { rawPath?: string }, context: object) {
  if (event.rawPath) return serve(event as Parameters<typeof serve>[0], context as never);
  const found = await db.send(
    new QueryCommand({
      TableName: process.env.TABLE_NAME,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': 'AGREEMENTS' },
    }),
  );
  return { count: found.Count ?? 0 };
}
