import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { GSI, TABLE_KEYS, TTL_ATTRIBUTE } from '../../shared/data/table';
import { onlyResource, synth } from './synth';

const TABLE = 'AWS::DynamoDB::Table';

describe('the single table', () => {
  let dev: Template;
  let prod: Template;

  beforeAll(() => {
    dev = synth({ stage: 'dev' }).template;
    prod = synth({ stage: 'prod' }).template;
  });

  it('is keyed by the shared pk/sk constants, billed on demand', () => {
    const { properties } = onlyResource(dev, TABLE);
    expect(properties.KeySchema).toEqual([
      { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
    ]);
    expect(properties.BillingMode).toBe('PAY_PER_REQUEST');
  });

  it('has exactly the shared GSIs, string keys, all attributes projected', () => {
    const { properties } = onlyResource(dev, TABLE);
    const expected = Object.values(GSI).map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    }));
    expect(properties.GlobalSecondaryIndexes).toEqual(expected);

    const keyNames = [
      TABLE_KEYS.partitionKey,
      TABLE_KEYS.sortKey,
      ...Object.values(GSI).flatMap((index) => [index.partitionKey, index.sortKey]),
    ];
    expect(properties.AttributeDefinitions).toEqual(
      keyNames.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    );
  });

  it('streams new and old images, keeps point-in-time recovery, expires idempotency records, is encrypted', () => {
    for (const template of [dev, prod]) {
      template.hasResourceProperties(TABLE, {
        StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
        SSESpecification: { SSEEnabled: true },
      });
    }
  });

  it('in prod, is protected from deletion and retained if the stack goes', () => {
    const { properties, resource } = onlyResource(prod, TABLE);
    expect(properties.DeletionProtectionEnabled).toBe(true);
    expect(resource.DeletionPolicy).toBe('Retain');
    expect(resource.UpdateReplacePolicy).toBe('Retain');
  });

  it('in dev, can be torn down with the stack', () => {
    const { properties, resource } = onlyResource(dev, TABLE);
    expect(properties.DeletionProtectionEnabled).toBe(false);
    expect(resource.DeletionPolicy).toBe('Delete');
  });

  it('lets CloudFormation name the table, which the API learns from TABLE_NAME', () => {
    dev.hasResourceProperties(TABLE, { TableName: Match.absent() });
  });
});
