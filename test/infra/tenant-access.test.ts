import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Template } from 'aws-cdk-lib/assertions';
import { mockClient } from 'aws-sdk-client-mock';
import { Logger } from '@aws-lambda-powertools/logger';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reviewReturn } from '../../functions/api/returns/review-return';
import {
  ADMIN_ONLY_ATTRIBUTES,
  COUNCIL_PARTITION,
  REVIEWER_ATTRIBUTES,
  LA_CODE_TAG,
  PUBLISHED_PARTITION,
  DFE_TEMPLATE_PARTITION,
} from '../../infra/constructs/tenant-access';
import { LA_CODE_TAG as BROKER_TAG } from '../../shared/data/credential-broker';
import type { Principal } from '../../shared/domain';
import { acknowledgeAlert } from '../../shared/data/alerts/acknowledge-alert';
import type { AlertRecord } from '../../shared/data/alerts/alert-record';
import { saveAgreement } from '../../shared/data/agreements/save-agreement';
import { recordAssessment } from '../../shared/data/assessments/record-assessment';
import type { Store } from '../../shared/data/client';
import { createCouncil } from '../../shared/data/councils/create-council';
import { councilPk, keys, PUBLISHED_PK } from '../../shared/data/keys';
import type { ReturnRecord } from '../../shared/data/returns/return-record';
import { recordTrancheDecision } from '../../shared/data/tranches/record-tranche-decision';
import type { Agreement, AgreementInput } from '../../shared/schemas/agreement';
import type {
  ReformPlanHistoryRecord,
  ReformPlanRecord,
} from '../../shared/data/reform-plans/reform-plan-record';
import { writeReformPlanChange } from '../../shared/data/reform-plans/write-reform-plan-change';
import type { ReturnHistoryEntry } from '../../shared/data/returns/return-record';
import type { AuditEntry } from '../../shared/data/audit';
import type { Assessment } from '../../shared/domain';
import { agreementBody, completeReturn } from '../support/fixtures';
import {
  evaluate,
  rolePolicies,
  TABLE_ARN,
  type DataRequest,
  type RolePolicies,
} from './iam-evaluation';
import { logicalIdStartingWith, serviceFunction, synth } from './synth';

/**
 * Every top-level name of the records a reviewer writes is in the reviewer's list, or
 * the build fails: a field added to one of these records must be added there too, or
 * IAM would refuse the reviewer's write in AWS.
 */
type ReviewerWrittenName =
  | keyof ReturnRecord
  | keyof ReturnHistoryEntry
  | keyof ReformPlanRecord
  | keyof ReformPlanHistoryRecord
  | keyof AlertRecord
  | keyof Assessment
  | keyof AuditEntry
  | 'laCode';
type MissingFromReviewerList = Exclude<ReviewerWrittenName, (typeof REVIEWER_ATTRIBUTES)[number]>;
const reviewerListIsComplete: [MissingFromReviewerList] extends [never]
  ? true
  : MissingFromReviewerList = true;

/**
 * The agreement's names a reviewer's writes may carry too: only those every council item
 * has, or the build fails. A name of a reviewer's item that an agreement also uses (its
 * `mitigations`, say) would let a reviewer's session write that part of an agreement.
 */
type SharedWithAgreement = Exclude<
  Extract<keyof Agreement, (typeof REVIEWER_ATTRIBUTES)[number]>,
  'laCode' | 'status' | 'version' | 'createdAt' | 'updatedAt' | 'updatedBy'
>;
const agreementKeepsItsNames: [SharedWithAgreement] extends [never] ? true : SharedWithAgreement =
  true;

type Json = Record<string, unknown>;

const actions = (statement: Json): string[] => [statement.Action as string | string[]].flat();

function role(template: Template, prefix: string): { id: string; properties: Json } {
  const id = logicalIdStartingWith(template, 'AWS::IAM::Role', prefix);
  return {
    id,
    properties: (template.findResources('AWS::IAM::Role')[id] as { Properties: Json }).Properties,
  };
}

function statementsOf(template: Template, roleId: string): Json[] {
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .map((p) => (p as { Properties: Json }).Properties)
    .filter((p) => JSON.stringify(p.Roles) === JSON.stringify([{ Ref: roleId }]))
    .flatMap((p) => (p.PolicyDocument as { Statement: Json[] }).Statement);
}

function trustOf(template: Template, roleId: string): Json[] {
  return (role(template, roleId).properties.AssumeRolePolicyDocument as { Statement: Json[] })
    .Statement;
}

describe('tenant-scoped data access (IAM)', () => {
  let dev: Template;
  let apiRole: string;
  let table: string;
  let council: string;
  let reader: string;
  let writer: string;

  beforeAll(() => {
    dev = synth({ stage: 'dev' }).template;
    const fn = serviceFunction(dev, 'safety-valve-api').properties;
    apiRole = (fn.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    table = Object.keys(dev.findResources('AWS::DynamoDB::Table'))[0] as string;
    council = role(dev, 'ApiAccessCouncilRole').id;
    reader = role(dev, 'ApiAccessDfeReaderRole').id;
    writer = role(dev, 'ApiAccessDfeWriterRole').id;
  });

  describe('the council role', () => {
    it('trusts only the API function, and only with exactly one session tag: laCode', () => {
      expect(LA_CODE_TAG).toBe(BROKER_TAG);
      expect(trustOf(dev, council)).toEqual([
        {
          Effect: 'Allow',
          Principal: { AWS: { 'Fn::GetAtt': [apiRole, 'Arn'] } },
          Action: ['sts:AssumeRole', 'sts:TagSession'],
          Condition: {
            Null: { 'aws:RequestTag/laCode': 'false' },
            StringLike: { 'aws:RequestTag/laCode': '???' },
            StringNotEquals: { 'aws:RequestTag/laCode': 'DFE' },
            'ForAllValues:StringEquals': { 'aws:TagKeys': ['laCode'] },
          },
        },
      ]);
      expect(role(dev, 'ApiAccessCouncilRole').properties.MaxSessionDuration).toBe(3600);
    });

    it("allows the table only where every leading key is the session's own council partition (and reads of published figures)", () => {
      // The policy names the very partition keys.ts builds for the tagged council.
      expect(COUNCIL_PARTITION).toBe(councilPk('${aws:PrincipalTag/laCode}'));
      expect(statementsOf(dev, council)).toEqual([
        {
          Sid: 'OwnCouncilItemsOnly',
          Effect: 'Allow',
          Action: [
            'dynamodb:BatchGetItem',
            'dynamodb:ConditionCheckItem',
            'dynamodb:GetItem',
            'dynamodb:PutItem',
            'dynamodb:Query',
            'dynamodb:UpdateItem',
          ],
          // The table alone: no index, whose partition keys are cross-council collections.
          Resource: { 'Fn::GetAtt': [table, 'Arn'] },
          Condition: {
            'ForAllValues:StringEquals': {
              'dynamodb:LeadingKeys': ['COUNCIL#${aws:PrincipalTag/laCode}'],
            },
            Null: { 'dynamodb:LeadingKeys': 'false' },
            StringNotEquals: { 'aws:PrincipalTag/laCode': 'DFE' },
          },
        },
        {
          // DfE's published comparators and reform plan template, which belong to no
          // council: read, never written.
          Sid: 'ReadPublishedFigures',
          Effect: 'Allow',
          Action: [
            'dynamodb:BatchGetItem',
            'dynamodb:ConditionCheckItem',
            'dynamodb:GetItem',
            'dynamodb:Query',
          ],
          Resource: { 'Fn::GetAtt': [table, 'Arn'] },
          Condition: {
            'ForAllValues:StringEquals': {
              'dynamodb:LeadingKeys': [PUBLISHED_PARTITION, DFE_TEMPLATE_PARTITION],
            },
            Null: { 'dynamodb:LeadingKeys': 'false' },
          },
        },
      ]);
      expect(PUBLISHED_PARTITION).toBe(PUBLISHED_PK);
      expect(DFE_TEMPLATE_PARTITION).toBe(keys.reformPlanTemplate().pk);
    });
  });

  describe('the DfE roles', () => {
    it('trust only the API function, and can never be tagged with a council', () => {
      for (const id of [reader, writer]) {
        expect(trustOf(dev, id)).toEqual([
          {
            Effect: 'Allow',
            Principal: { AWS: { 'Fn::GetAtt': [apiRole, 'Arn'] } },
            Action: 'sts:AssumeRole',
          },
        ]);
      }
    });

    it('read every council through the table and both indexes; reviewers write council partitions, administrators published figures too', () => {
      for (const id of [reader, writer]) {
        const statements = statementsOf(dev, id);
        const bySid = Object.fromEntries(statements.map((s) => [s.Sid as string, s]));
        expect(actions(bySid.ReadAllCouncils as Json)).toContain('dynamodb:GetItem');
        expect(bySid.ReadAcrossCouncils).toMatchObject({ Action: 'dynamodb:Query' });
        expect(JSON.stringify(bySid.ReadAcrossCouncils)).toContain('/index/gsi1');
        expect(JSON.stringify(bySid.ReadAcrossCouncils)).toContain('/index/gsi2');
        expect(bySid.WriteCouncilItems).toMatchObject({
          Action: ['dynamodb:PutItem', 'dynamodb:UpdateItem'],
          Condition:
            id === writer
              ? {
                  'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['COUNCIL#*', 'PUBLISHED'] },
                  Null: { 'dynamodb:LeadingKeys': 'false' },
                }
              : {
                  'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['COUNCIL#*'] },
                  // Reviewers write only items made of their own items' attribute names.
                  'ForAllValues:StringEquals': { 'dynamodb:Attributes': [...REVIEWER_ATTRIBUTES] },
                  Null: { 'dynamodb:LeadingKeys': 'false', 'dynamodb:Attributes': 'false' },
                },
        });
        expect(statements.flatMap(actions)).not.toContain('dynamodb:Scan');
      }
    });

    it('keep reviewers from writing the items only administrators own', () => {
      const deny = statementsOf(dev, reader).filter((s) => s.Effect === 'Deny');
      const writes = [
        'dynamodb:BatchWriteItem',
        'dynamodb:DeleteItem',
        'dynamodb:PutItem',
        'dynamodb:UpdateItem',
      ];
      expect(deny).toEqual([
        {
          Sid: 'NoDfeTemplate',
          Effect: 'Deny',
          Action: writes,
          Resource: { 'Fn::GetAtt': [table, 'Arn'] },
          Condition: {
            'ForAnyValue:StringEquals': { 'dynamodb:LeadingKeys': [DFE_TEMPLATE_PARTITION] },
          },
        },
        {
          Sid: 'NoAdministratorItems',
          Effect: 'Deny',
          Action: [
            'dynamodb:BatchWriteItem',
            'dynamodb:DeleteItem',
            'dynamodb:PutItem',
            'dynamodb:UpdateItem',
          ],
          Resource: { 'Fn::GetAtt': [table, 'Arn'] },
          Condition: {
            'ForAnyValue:StringEquals': { 'dynamodb:Attributes': [...ADMIN_ONLY_ATTRIBUTES] },
          },
        },
      ]);
      expect(statementsOf(dev, writer).filter((s) => s.Effect === 'Deny')).toEqual([]);
    });
  });

  it('lets the API function assume the three roles, and tag council sessions only', () => {
    const sts = statementsOf(dev, apiRole).filter((s) =>
      actions(s).some((a) => a.startsWith('sts:')),
    );
    const arn = (id: string) => ({ 'Fn::GetAtt': [id, 'Arn'] });
    expect(sts).toEqual([
      {
        Sid: 'AssumeCallerRoles',
        Effect: 'Allow',
        Action: 'sts:AssumeRole',
        Resource: [arn(council), arn(reader), arn(writer)],
      },
      {
        Sid: 'TagCouncilSessions',
        Effect: 'Allow',
        Action: 'sts:TagSession',
        Resource: arn(council),
      },
    ]);
  });
});

/**
 * IAM sees only the top-level attribute names of a write (`dynamodb:Attributes`), so the
 * reviewer's denial works only if it matches what the data layer really writes. These run
 * the real write functions against a stubbed client and apply the denial to every item.
 */
describe('the reviewer denial, against the items the data layer writes', () => {
  const ddb = mockClient(DynamoDBDocumentClient);
  const store: Store = {
    db: DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-west-2' })),
    tableName: 'safety-valve-test',
  };
  const now = new Date('2024-11-05T10:00:00.000Z');
  const reviewer: Principal = { sub: 'rev', role: 'dfe-reviewer' };
  const admin = { sub: 'adm', role: 'dfe-admin' } as const;
  const agreement = {
    ...(agreementBody() as AgreementInput),
    laCode: '351',
    version: 1,
    createdAt: now.toISOString(),
    createdBy: admin,
  };

  let reviewerPolicies: RolePolicies;
  let adminPolicies: RolePolicies;
  beforeAll(() => {
    const { template } = synth({ stage: 'dev' });
    reviewerPolicies = rolePolicies(template, 'reviewer');
    adminPolicies = rolePolicies(template, 'admin');
  });

  /** Every item each transaction puts, as IAM sees it: PutItem, its partition, its attribute names. */
  function putRequests(): DataRequest[][] {
    return ddb.commandCalls(TransactWriteCommand).map((call) =>
      (call.args[0].input.TransactItems ?? []).map((item) => {
        if (!item.Put) throw new Error('Only puts are expected of these writes');
        const names = Object.keys(item.Put.Item ?? {});
        return {
          action: 'dynamodb:PutItem',
          resource: TABLE_ARN,
          leadingKeys: [String(item.Put.Item?.pk)],
          attributes: names,
        };
      }),
    );
  }

  /** Whether IAM, evaluating the synthesized policy, would deny the role each transaction. */
  async function deniedTo(role: RolePolicies): Promise<boolean[]> {
    return Promise.all(
      putRequests().map(async (requests) => {
        const results = await Promise.all(requests.map((r) => evaluate(role, {}, r)));
        return results.some((result) => result !== 'Allowed');
      }),
    );
  }
  const deniedToReviewer = () => deniedTo(reviewerPolicies);

  beforeEach(() => {
    ddb.reset();
    ddb.on(TransactWriteCommand).resolves({});
  });

  it("lists every name of the reviewer's records (checked by the compiler too)", () => {
    expect(reviewerListIsComplete).toBe(true);
    expect(agreementKeepsItsNames).toBe(true);
    const adminOnly: readonly string[] = ADMIN_ONLY_ATTRIBUTES;
    expect(REVIEWER_ATTRIBUTES.filter((name) => adminOnly.includes(name))).toEqual([]);
  });

  it('denies creating a council, saving an agreement and deciding on a tranche', async () => {
    await createCouncil(store, { laCode: '351', name: 'Bury' }, admin, now);
    await saveAgreement(store, '351', agreementBody() as AgreementInput, admin, undefined, now);
    await recordTrancheDecision(
      store,
      '351',
      undefined,
      { trancheId: 'y2', status: 'withheld', backPaid: false },
      {
        decision: 'withhold',
        reason: 'Conditions at risk',
        override: false,
        overriddenConditionIds: [],
        from: 'scheduled',
        to: 'withheld',
        decidedAt: now.toISOString(),
        decidedBy: admin,
      },
      admin,
      now,
    );
    expect(await deniedToReviewer()).toEqual([true, true, true]);
    expect(await deniedTo(adminPolicies)).toEqual([false, false, false]);
  });

  it('denies a reviewer each item of an agreement write but its audit, on its own: the agreement, its version and the summary the overview reads', async () => {
    await saveAgreement(store, '351', agreementBody() as AgreementInput, admin, undefined, now);
    const [requests] = putRequests();
    const items = (
      ddb.commandCalls(TransactWriteCommand)[0]?.args[0].input.TransactItems ?? []
    ).map((item) => String(item.Put?.Item?.sk));
    expect(items).toEqual([
      keys.agreement('351').sk,
      keys.agreementVersion('351', 1).sk,
      keys.agreementSummary('351').sk,
      expect.stringMatching(/^AUDIT#/),
    ]);
    const denied = await Promise.all(
      requests!.map(async (r) => (await evaluate(reviewerPolicies, {}, r)) !== 'Allowed'),
    );
    expect(denied).toEqual([true, true, true, false]);
  });

  it('allows reviewing a return, assessing a condition, acknowledging an alert and reviewing a reform plan', async () => {
    const submitted: ReturnRecord = {
      laCode: '351',
      period: '2024-25-Q2',
      financialYear: '2024-25',
      status: 'submitted',
      version: 3,
      dueOn: '2024-10-30',
      content: completeReturn(),
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      updatedBy: { sub: 'ann', role: 'council-approver' },
      submittedAt: now.toISOString(),
      submittedBy: { sub: 'ann', role: 'council-approver' },
      signOff: { name: 'Ann Example', role: 'Section 151 officer' },
    };
    ddb
      .on(GetCommand, { Key: keys.agreement('351') })
      .resolves({ Item: { ...keys.agreement('351'), type: 'agreement', ...agreement } });
    ddb
      .on(GetCommand, { Key: keys.return('351', '2024-25-Q2') })
      .resolves({ Item: { ...keys.return('351', '2024-25-Q2'), type: 'return', ...submitted } });

    await reviewReturn(
      { store, logger: new Logger({ logLevel: 'SILENT' }), verifyToken: never, now: () => now },
      reviewer,
      {
        laCode: '351',
        period: '2024-25-Q2',
        input: { decision: 'return', comments: 'Please explain the placements.' },
      },
    );
    await recordAssessment(
      store,
      '351',
      {
        conditionId: 'mainstream-inclusion',
        period: '2024-25-Q2',
        status: 'at-risk',
        note: 'Behind the target',
        assessedAt: now.toISOString(),
        assessedBy: { sub: reviewer.sub, role: reviewer.role },
      },
      reviewer,
      now,
    );
    const alert: AlertRecord = {
      id: '01JCALERT',
      laCode: '351',
      rule: 'trajectory-breach',
      severity: 'red',
      financialYear: '2024-25',
      period: '2024-25-Q2',
      message: 'Forecast above plan',
      measured: 24_400_000,
      threshold: 4_080_000,
      status: 'open',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      version: 1,
    };
    await acknowledgeAlert(store, alert, 'Discussed with the council', reviewer, now);
    const plan: ReformPlanRecord = {
      laCode: '351',
      status: 'submitted',
      version: 2,
      content: { sections: {} } as unknown as ReformPlanRecord['content'],
      templateVersion: 1,
      submittedSections: [{ id: 'vision', title: 'Vision' }],
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      updatedBy: { sub: 'ann', role: 'council-approver' },
      submittedAt: now.toISOString(),
      submittedBy: { sub: 'ann', role: 'council-approver' },
      signOff: { name: 'Ann Example', role: 'Section 151 officer' },
    };
    const review = {
      decision: 'return' as const,
      comments: 'Say more about inclusion.',
      ratings: [],
      reviewedAt: now.toISOString(),
      reviewedBy: reviewer,
    } as unknown as NonNullable<ReformPlanRecord['review']>;
    await writeReformPlanChange(
      store,
      {
        previous: plan,
        next: { ...plan, status: 'returned', version: 3, review, updatedBy: reviewer },
        history: {
          version: 3,
          action: 'returned',
          status: 'returned',
          at: now.toISOString(),
          actor: reviewer,
          review,
        },
        audit: {
          actor: reviewer,
          action: 'reform-plan.returned',
          entity: 'reform plan',
          after: { review },
        },
      },
      now,
    );
    expect(await deniedToReviewer()).toEqual([false, false, false, false]);
  });
});

function never(): Promise<never> {
  return Promise.reject(new Error('not used'));
}
