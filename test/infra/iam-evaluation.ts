import { runSimulation, type EvaluationResult } from '@cloud-copilot/iam-simulate';
import type { Template } from 'aws-cdk-lib/assertions';
import { logicalIdStartingWith } from './synth';

/**
 * Evaluates the synthesized roles' policies offline with @cloud-copilot/iam-simulate
 * (AGPL-3.0: a devDependency of these tests only, never bundled into a function or the
 * web app). The template's intrinsics are resolved to concrete ARNs of one fixed account
 * and region, so IAM's own rules (policy variables, ForAllValues, Null, explicit deny)
 * decide, not our reading of the template's shape.
 */

type Json = Record<string, unknown>;

export const ACCOUNT = '111122223333';
export const REGION = 'eu-west-2';
export const TABLE_NAME = 'safety-valve-evaluated';
export const TABLE_ARN = `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${TABLE_NAME}`;

/** The roles the API assumes for its callers, by the construct path of each. */
export const CALLER_ROLES = {
  council: 'ApiAccessCouncilRole',
  reviewer: 'ApiAccessDfeReaderRole',
  admin: 'ApiAccessDfeWriterRole',
} as const;

export type CallerRole = keyof typeof CALLER_ROLES;

export interface RolePolicies {
  roleId: string;
  roleArn: string;
  /** The identity policy documents attached to the role, intrinsics resolved. */
  policies: { name: string; policy: Json }[];
  /** The trust policy, intrinsics resolved. */
  trust: Json;
}

/** Resolves the intrinsics the role policies use; anything else fails loudly. */
export function resolveIntrinsics(value: unknown, template: Template): unknown {
  const tables = Object.keys(template.findResources('AWS::DynamoDB::Table'));
  const roles = template.findResources('AWS::IAM::Role');
  const all = template.toJSON() as { Resources: Record<string, { Type: string }> };
  const resolve = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(resolve);
    if (v === null || typeof v !== 'object') return v;
    const o = v as Json;
    if ('Fn::GetAtt' in o) {
      const [id, attribute] = o['Fn::GetAtt'] as [string, string];
      if (attribute === 'Arn' && tables.includes(id)) return TABLE_ARN;
      if (attribute === 'Arn' && id in roles) return roleArn(id);
      // Other resources (the API role's log group, queues, keys) matter to no request
      // evaluated here: an ARN of the right service, named after the resource, stands in.
      const type = all.Resources[id]?.Type;
      if (attribute === 'Arn' && type) {
        const service = (type.split('::')[1] ?? 'unknown').toLowerCase();
        return `arn:aws:${service}:${REGION}:${ACCOUNT}:${id}`;
      }
      throw new Error(`Cannot resolve Fn::GetAtt ${id}.${attribute}`);
    }
    if ('Ref' in o) {
      const ref = o.Ref as string;
      if (tables.includes(ref)) return TABLE_NAME;
      if (ref === 'AWS::Region') return REGION;
      if (ref === 'AWS::AccountId') return ACCOUNT;
      if (ref === 'AWS::Partition') return 'aws';
      throw new Error(`Cannot resolve Ref ${ref}`);
    }
    if ('Fn::Join' in o) {
      const [separator, parts] = o['Fn::Join'] as [string, unknown[]];
      return (resolve(parts) as unknown[]).map(String).join(separator);
    }
    const intrinsic = Object.keys(o).find((k) => k.startsWith('Fn::'));
    if (intrinsic) throw new Error(`Cannot resolve ${intrinsic}`);
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, resolve(x)]));
  };
  return resolve(value);
}

const roleArn = (logicalId: string) => `arn:aws:iam::${ACCOUNT}:role/${logicalId}`;

/**
 * A role's identity and trust policies from the template, failing if any is of a kind not
 * evaluated. `role` is a caller role, or the construct path prefix of any other role.
 */
export function rolePolicies(template: Template, role: string): RolePolicies {
  const prefix = role in CALLER_ROLES ? CALLER_ROLES[role as CallerRole] : role;
  const roleId = logicalIdStartingWith(template, 'AWS::IAM::Role', prefix);
  const properties = (template.findResources('AWS::IAM::Role')[roleId] as { Properties: Json })
    .Properties;
  // Only AWS::IAM::Policy resources are read below: a managed or inline policy would be missed.
  if (properties.ManagedPolicyArns !== undefined || properties.Policies !== undefined) {
    throw new Error(`${roleId} has policies this evaluation does not read`);
  }
  const policies = Object.entries(template.findResources('AWS::IAM::Policy'))
    .filter(([, p]) =>
      ((p as { Properties: Json }).Properties.Roles as unknown[]).some(
        (r) => JSON.stringify(r) === JSON.stringify({ Ref: roleId }),
      ),
    )
    .map(([name, p]) => ({
      name,
      policy: resolveIntrinsics(
        (p as { Properties: Json }).Properties.PolicyDocument,
        template,
      ) as Json,
    }));
  return {
    roleId,
    roleArn: roleArn(roleId),
    policies,
    trust: resolveIntrinsics(properties.AssumeRolePolicyDocument, template) as Json,
  };
}

/** One DynamoDB request as IAM sees it. */
export interface DataRequest {
  action: string;
  resource: string;
  /** `dynamodb:LeadingKeys`: the partition key values; absent when the request has none. */
  leadingKeys?: string[];
  /** `dynamodb:Attributes`: the top-level attribute names; absent when the request names none. */
  attributes?: string[];
}

/** The decision for one request made on a session of a role, tagged as given. */
export async function evaluate(
  role: RolePolicies,
  tags: Record<string, string>,
  request: DataRequest,
): Promise<EvaluationResult> {
  const contextVariables: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(tags))
    contextVariables[`aws:PrincipalTag/${key}`] = value;
  if (request.leadingKeys) contextVariables['dynamodb:LeadingKeys'] = request.leadingKeys;
  if (request.attributes) contextVariables['dynamodb:Attributes'] = request.attributes;
  const result = await runSimulation(
    {
      request: {
        principal: `arn:aws:sts::${ACCOUNT}:assumed-role/${role.roleId}/evaluated-session`,
        action: request.action,
        resource: { resource: request.resource, accountId: ACCOUNT },
        contextVariables,
      },
      identityPolicies: role.policies,
      serviceControlPolicies: [],
      resourceControlPolicies: [],
    },
    { simulationMode: 'Strict' },
  );
  if (result.resultType === 'error') {
    throw new Error(`Simulation failed: ${JSON.stringify(result.errors)}`);
  }
  if (result.resultType === 'single' && (result.result.ignoredContextKeys ?? []).length > 0) {
    // A key the evaluator dropped would make a denial meaningless: only keys the action
    // really has may be sent.
    const ignored = result.result.ignoredContextKeys ?? [];
    const kept = ignored.filter((k) => !k.startsWith('dynamodb:'));
    if (kept.length > 0) throw new Error(`Context keys ignored: ${kept.join(', ')}`);
  }
  return result.overallResult;
}

/** Whether the API's role may assume a caller role with these session tags (trust and identity). */
export async function evaluateAssume(
  api: RolePolicies,
  target: RolePolicies,
  action: 'sts:AssumeRole' | 'sts:TagSession',
  tags: Record<string, string>,
): Promise<EvaluationResult> {
  const contextVariables: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(tags))
    contextVariables[`aws:RequestTag/${key}`] = value;
  if (Object.keys(tags).length > 0) contextVariables['aws:TagKeys'] = Object.keys(tags);
  const result = await runSimulation(
    {
      request: {
        principal: api.roleArn,
        action,
        resource: { resource: target.roleArn, accountId: ACCOUNT },
        contextVariables,
      },
      identityPolicies: api.policies,
      resourcePolicy: target.trust,
      serviceControlPolicies: [],
      resourceControlPolicies: [],
    },
    { simulationMode: 'Strict' },
  );
  if (result.resultType === 'error') {
    throw new Error(`Simulation failed: ${JSON.stringify(result.errors)}`);
  }
  return result.overallResult;
}
