import { Duration } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { ArnPrincipal, Effect, type IRole, PolicyStatement, Role } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { INDEX_READ_ACTIONS, ITEM_READ_ACTIONS, ITEM_WRITE_ACTIONS } from './table-actions';

/** The session tag that carries a council user's LA code into their credentials. */
export const LA_CODE_TAG = 'laCode';

/**
 * The partition a council session may touch, as IAM sees it: `dynamodb:LeadingKeys` is
 * the item's partition key value exactly, so this is `COUNCIL#351` for a session tagged
 * `laCode=351` (shared/data/keys.ts builds the same value). A literal `${…}` policy
 * variable, resolved by IAM per request, not by TypeScript.
 */
export const COUNCIL_PARTITION = 'COUNCIL#${aws:PrincipalTag/laCode}';

/** Every council partition. */
export const ANY_COUNCIL_PARTITION = 'COUNCIL#*';

/**
 * DfE's published figures (scorecard comparators), which belong to no council: every
 * council reads them beside its own figures; only administrators write them
 * (shared/data/keys.ts builds the same value).
 */
export const PUBLISHED_PARTITION = 'PUBLISHED';

/**
 * DfE's own partition: the reform plan template every council writes its plan against
 * (shared/data/keys.ts, `DFE_PARTITION`). Councils read it; DfE administrators write it.
 */
export const DFE_TEMPLATE_PARTITION = 'COUNCIL#DFE';

/** The one three-character tag that would name DfE's partition: no council session has it. */
const DFE_TAG_VALUE = DFE_TEMPLATE_PARTITION.slice('COUNCIL#'.length);

/**
 * Top-level attributes that only the items DfE administrators own carry: the agreement
 * and its versions (`trajectory`, `dfeContributionTotal`), the council (`name`) and the
 * tranche decisions (`trancheId`, `decisions`). IAM cannot see sort keys or item types,
 * only attribute names (`dynamodb:Attributes`), so this is how the reviewer role is kept
 * from writing those items. test/infra/tenant-access.test.ts runs the data layer's real
 * writes against this list, so it cannot drift from the items.
 */
export const ADMIN_ONLY_ATTRIBUTES = [
  'trajectory',
  'dfeContributionTotal',
  'name',
  'trancheId',
  'decisions',
] as const;

/**
 * Every top-level attribute name of the items a reviewer writes: a return they review
 * and its history item, a condition assessment, an acknowledged alert, a reviewed reform
 * plan and its history item, and the audit item of each (with the table's and indexes'
 * key attributes). A reviewer's write must name only these, and must name some
 * (`dynamodb:Attributes` present), so an item made of anything else, such as an
 * agreement, council or tranche decision with its distinctive attributes left out, is
 * refused too. test/infra/tenant-access.test.ts checks the list against the records'
 * types and the data layer's real writes; test/infra/tenant-access-evaluation.test.ts
 * evaluates it.
 */
export const REVIEWER_ATTRIBUTES = [
  // Keys and item type.
  'pk',
  'sk',
  'gsi1pk',
  'gsi1sk',
  'gsi2pk',
  'gsi2sk',
  'type',
  // Every item of a council.
  'laCode',
  'status',
  'version',
  'createdAt',
  'updatedAt',
  'updatedBy',
  // Returns and reform plans, and their history items.
  'period',
  'financialYear',
  'dueOn',
  'content',
  'submittedAt',
  'submittedBy',
  'signOff',
  'readyForSignOff',
  'review',
  'templateVersion',
  'submittedSections',
  // A return's state item: its mitigation reports, packed (a name of its own, so a
  // reviewer's writes never name the agreement's `mitigations`).
  'mitigationReports',
  'action',
  'at',
  'actor',
  // Audit items.
  'entity',
  'before',
  'after',
  // Condition assessments.
  'conditionId',
  'note',
  'assessedAt',
  'assessedBy',
  // Alerts.
  'id',
  'rule',
  'severity',
  'subject',
  'message',
  'measured',
  'threshold',
  'acknowledgedAt',
  'acknowledgedBy',
  'acknowledgeNote',
  'resolvedAt',
  'resolvedBy',
  'notifiedSeverity',
] as const;

/** Every write action, so a denial of attribute names covers all ways of writing. */
const ALL_WRITE_ACTIONS = [
  ...ITEM_WRITE_ACTIONS,
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
] as const;

export interface TenantAccessProps {
  table: Table;
  /** ARNs of the table's secondary indexes: DfE roles read across councils from them. */
  indexArns: string[];
  /** The API function's role: the only principal that may assume these roles. */
  apiRole: IRole;
}

/**
 * Data access for API callers, enforced by IAM rather than only by the application.
 * The API function's own role has no DynamoDB permissions at all; for each request it
 * assumes one of these roles (shared/data/credential-broker.ts):
 *
 * - **council**: assumed with the session tag `laCode` from the verified token. It may
 *   read and write only items whose partition key is `COUNCIL#<that laCode>`, and no
 *   index at all (an index's partition key is a collection such as `COUNCILS`, which no
 *   council may read).
 * - **DfE reader** (`dfe-reviewer`): reads everything through the table and its indexes;
 *   writes council items (reviews, assessments, alert acknowledgements, their audit
 *   items) made only of the attributes those items have (`REVIEWER_ATTRIBUTES`), never
 *   one naming an administrator's attribute, never DfE's own partition.
 * - **DfE writer** (`dfe-admin`): reads everything, writes any council item, DfE's
 *   template and the published figures.
 *
 * Neither DfE role can be assumed with a session tag, and the council role cannot be
 * assumed without one, so a DfE session never carries a council and a council session
 * always does.
 */
export class TenantAccess extends Construct {
  readonly councilRole: Role;
  readonly dfeReaderRole: Role;
  readonly dfeWriterRole: Role;

  constructor(scope: Construct, id: string, props: TenantAccessProps) {
    super(scope, id);
    const { table, indexArns, apiRole } = props;
    const api = new ArnPrincipal(apiRole.roleArn);

    this.councilRole = new Role(this, 'CouncilRole', {
      description:
        'Safety Valve API on behalf of a council user: the items of that council only (session tag laCode)',
      // sts:AssumeRole and sts:TagSession, both only with exactly one tag, laCode, of
      // three characters. IAM has no regular expressions: `???` is the closest to
      // ^[0-9]{3}$, and the broker refuses anything but three digits before it calls STS.
      // `DFE` is three characters too, and would make DfE's partition the session's own.
      assumedBy: api.withSessionTags().withConditions({
        Null: { [`aws:RequestTag/${LA_CODE_TAG}`]: 'false' },
        StringLike: { [`aws:RequestTag/${LA_CODE_TAG}`]: '???' },
        StringNotEquals: { [`aws:RequestTag/${LA_CODE_TAG}`]: DFE_TAG_VALUE },
        'ForAllValues:StringEquals': { 'aws:TagKeys': [LA_CODE_TAG] },
      }),
      // Role chaining (the API's own session assumes this one) is limited to an hour.
      maxSessionDuration: Duration.hours(1),
    });
    this.councilRole.addToPolicy(
      new PolicyStatement({
        sid: 'OwnCouncilItemsOnly',
        effect: Effect.ALLOW,
        actions: [...ITEM_READ_ACTIONS, ...ITEM_WRITE_ACTIONS],
        // The table only: an index ARN is deliberately absent.
        resources: [table.tableArn],
        conditions: {
          // Every key of the request is in the caller's own partition ...
          'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [COUNCIL_PARTITION] },
          // ... and the request has keys at all (ForAllValues is true of an empty set) ...
          Null: { 'dynamodb:LeadingKeys': 'false' },
          // ... and the session is not tagged as DfE (the trust policy refuses it too).
          StringNotEquals: { [`aws:PrincipalTag/${LA_CODE_TAG}`]: DFE_TAG_VALUE },
        },
      }),
    );

    this.councilRole.addToPolicy(
      new PolicyStatement({
        sid: 'ReadPublishedFigures',
        effect: Effect.ALLOW,
        actions: [...ITEM_READ_ACTIONS],
        resources: [table.tableArn],
        conditions: {
          'ForAllValues:StringEquals': {
            'dynamodb:LeadingKeys': [PUBLISHED_PARTITION, DFE_TEMPLATE_PARTITION],
          },
          Null: { 'dynamodb:LeadingKeys': 'false' },
        },
      }),
    );

    this.dfeReaderRole = this.dfeRole('DfeReaderRole', {
      description:
        'Safety Valve API on behalf of a DfE reviewer: reads all councils; writes reviews, assessments, acknowledgements',
      api,
      table,
      indexArns,
      writableAttributes: REVIEWER_ATTRIBUTES,
    });
    this.dfeReaderRole.addToPolicy(
      new PolicyStatement({
        // COUNCIL#* would match DfE's own partition: its template is administrators' only.
        sid: 'NoDfeTemplate',
        effect: Effect.DENY,
        actions: [...ALL_WRITE_ACTIONS],
        resources: [table.tableArn],
        conditions: {
          'ForAnyValue:StringEquals': { 'dynamodb:LeadingKeys': [DFE_TEMPLATE_PARTITION] },
        },
      }),
    );
    this.dfeReaderRole.addToPolicy(
      new PolicyStatement({
        sid: 'NoAdministratorItems',
        effect: Effect.DENY,
        actions: [...ALL_WRITE_ACTIONS],
        resources: [table.tableArn],
        conditions: {
          'ForAnyValue:StringEquals': { 'dynamodb:Attributes': [...ADMIN_ONLY_ATTRIBUTES] },
        },
      }),
    );

    this.dfeWriterRole = this.dfeRole('DfeWriterRole', {
      description:
        'Safety Valve API on behalf of a DfE administrator: reads and writes all councils and published figures',
      api,
      table,
      indexArns,
      writesPublished: true,
    });

    // The API may assume these three roles and nothing else, and tag only council sessions.
    apiRole.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'AssumeCallerRoles',
        effect: Effect.ALLOW,
        actions: ['sts:AssumeRole'],
        resources: [this.councilRole, this.dfeReaderRole, this.dfeWriterRole].map(
          (role) => role.roleArn,
        ),
      }),
    );
    apiRole.addToPrincipalPolicy(
      new PolicyStatement({
        sid: 'TagCouncilSessions',
        effect: Effect.ALLOW,
        actions: ['sts:TagSession'],
        resources: [this.councilRole.roleArn],
      }),
    );
  }

  /** The role ARNs the API function is told (functions/api/lambda.ts reads them). */
  environment(): Record<string, string> {
    return {
      COUNCIL_ROLE_ARN: this.councilRole.roleArn,
      DFE_READER_ROLE_ARN: this.dfeReaderRole.roleArn,
      DFE_WRITER_ROLE_ARN: this.dfeWriterRole.roleArn,
    };
  }

  private dfeRole(
    id: string,
    props: {
      description: string;
      api: ArnPrincipal;
      table: Table;
      indexArns: string[];
      writesPublished?: boolean;
      /** Only items made of these attribute names may be written (all, if absent). */
      writableAttributes?: readonly string[];
    },
  ): Role {
    // sts:AssumeRole only: without sts:TagSession in the trust policy, no DfE session can
    // carry a laCode (or any other) tag.
    const role = new Role(this, id, {
      description: props.description,
      assumedBy: props.api,
      maxSessionDuration: Duration.hours(1),
    });
    role.addToPolicy(
      new PolicyStatement({
        sid: 'ReadAllCouncils',
        effect: Effect.ALLOW,
        actions: [...ITEM_READ_ACTIONS],
        resources: [props.table.tableArn],
      }),
    );
    role.addToPolicy(
      new PolicyStatement({
        sid: 'ReadAcrossCouncils',
        effect: Effect.ALLOW,
        actions: [...INDEX_READ_ACTIONS],
        resources: props.indexArns,
      }),
    );
    role.addToPolicy(
      new PolicyStatement({
        sid: 'WriteCouncilItems',
        effect: Effect.ALLOW,
        actions: [...ITEM_WRITE_ACTIONS],
        resources: [props.table.tableArn],
        conditions: {
          'ForAllValues:StringLike': {
            'dynamodb:LeadingKeys': props.writesPublished
              ? [ANY_COUNCIL_PARTITION, PUBLISHED_PARTITION]
              : [ANY_COUNCIL_PARTITION],
          },
          ...(props.writableAttributes
            ? {
                // Every attribute named is one the role writes, and some are named
                // (ForAllValues is true of an empty or absent set).
                'ForAllValues:StringEquals': {
                  'dynamodb:Attributes': [...props.writableAttributes],
                },
                Null: { 'dynamodb:LeadingKeys': 'false', 'dynamodb:Attributes': 'false' },
              }
            : { Null: { 'dynamodb:LeadingKeys': 'false' } }),
        },
      }),
    );
    return role;
  }
}
