import type { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  ProjectionType,
  StreamViewType,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import { Construct } from 'constructs';
import { GSI, TABLE_KEYS, TTL_ATTRIBUTE } from '../../shared/data/table';

export interface DataTableProps {
  removalPolicy: RemovalPolicy;
  deletionProtection: boolean;
}

/**
 * The single table. Keys, indexes and the TTL attribute come from the same constants
 * the local bootstrap uses, so DynamoDB Local and the cloud table cannot drift.
 */
export class DataTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: DataTableProps) {
    super(scope, id);

    this.table = new Table(this, 'Table', {
      partitionKey: { name: TABLE_KEYS.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      // The alerts worker reads new returns from the stream and compares with the old image.
      stream: StreamViewType.NEW_AND_OLD_IMAGES,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: props.deletionProtection,
      // Idempotency records expire; nothing else carries the attribute.
      timeToLiveAttribute: TTL_ATTRIBUTE,
      encryption: TableEncryption.AWS_MANAGED,
      removalPolicy: props.removalPolicy,
    });

    for (const index of Object.values(GSI)) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
        // Cross-council views read whole items from the index without a second fetch.
        projectionType: ProjectionType.ALL,
      });
    }
  }

  /** ARNs of the secondary indexes by name, for grants narrower than `index/*`. */
  indexArns(): string[] {
    return Object.values(GSI).map((index) => `${this.table.tableArn}/index/${index.indexName}`);
  }
}
