import { Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import {
  DEFAULT_RATE_LIMITS,
  EXPENSIVE_PATH_PREFIXES,
  EXPENSIVE_PATH_SUFFIXES,
  type RateLimits,
} from '../../shared/config/rate-limits';

/** WAF for CloudFront exists only in us-east-1, whatever region the service runs in. */
export const EDGE_REGION = 'us-east-1';

/**
 * The common rule set blocks request bodies over 8 KB (SizeRestrictions_BODY), but the API
 * takes bodies up to 256 KiB (a full return with its narrative); the API enforces that
 * limit itself (413), so that one rule only counts.
 */
export const COUNTED_RULES = ['SizeRestrictions_BODY'] as const;

export interface EdgeStackProps extends StackProps {
  /** Part of the metric names, so dev and prod are told apart in CloudWatch. */
  stage: string;
  /** Per-caller limits; the defaults are the local runner's too. */
  rateLimits?: RateLimits;
}

/** How many callers may share one address (a council's office behind one NAT). */
export const CALLERS_PER_ADDRESS = 10;

/** The body of a request the WAF holds back: a problem, as the API's own 429 is. */
export const TOO_MANY_REQUESTS_BODY = JSON.stringify({
  type: '/api/problems/429',
  title: 'Too many requests',
  status: 429,
  detail: 'You have made too many requests in the last minute. Try again shortly.',
});

/**
 * What must live in us-east-1 for CloudFront: the WAF web ACL. The main stack refers to
 * it across regions (`crossRegionReferences`), so `cdk deploy --all` deploys this first.
 */
export class EdgeStack extends Stack {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    super(scope, id, { ...props, crossRegionReferences: true });
    const metric = (name: string) => ({
      cloudWatchMetricsEnabled: true,
      sampledRequestsEnabled: true,
      metricName: `SafetyValve-${props.stage}-${name}`,
    });
    const managed = (name: string, priority: number, counted: readonly string[] = []) => ({
      name,
      priority,
      overrideAction: { none: {} },
      statement: {
        managedRuleGroupStatement: {
          vendorName: 'AWS',
          name,
          ...(counted.length > 0
            ? {
                ruleActionOverrides: counted.map((rule) => ({
                  name: rule,
                  actionToUse: { count: {} },
                })),
              }
            : {}),
        },
      },
      visibilityConfig: metric(name),
    });

    const limits = props.rateLimits ?? DEFAULT_RATE_LIMITS;
    const path = (positionalConstraint: string, searchString: string) => ({
      byteMatchStatement: {
        fieldToMatch: { uriPath: {} },
        positionalConstraint,
        searchString,
        textTransformations: [{ priority: 0, type: 'NONE' }],
      },
    });
    const apiPaths = path('STARTS_WITH', '/api/v1/');
    const expensivePaths = {
      andStatement: {
        statements: [
          apiPaths,
          {
            orStatement: {
              statements: [
                ...EXPENSIVE_PATH_PREFIXES.map((p) => path('STARTS_WITH', p)),
                ...EXPENSIVE_PATH_SUFFIXES.map((s) => path('ENDS_WITH', s)),
              ],
            },
          },
        ],
      },
    };
    const byCaller = [
      { header: { name: 'authorization', textTransformations: [{ priority: 0, type: 'NONE' }] } },
    ];
    const rateRule = (
      name: string,
      priority: number,
      limit: number,
      customKeys: typeof byCaller | undefined,
      scopeDownStatement: object,
    ) => ({
      name,
      priority,
      action: {
        block: {
          customResponse: {
            responseCode: 429,
            customResponseBodyKey: 'too-many-requests',
            // The window is a minute: by then the count has moved on.
            responseHeaders: [{ name: 'Retry-After', value: '60' }],
          },
        },
      },
      statement: {
        rateBasedStatement: {
          limit,
          evaluationWindowSec: 60,
          aggregateKeyType: customKeys ? 'CUSTOM_KEYS' : 'IP',
          ...(customKeys ? { customKeys } : {}),
          scopeDownStatement,
        },
      },
      visibilityConfig: metric(name),
    });

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      description: `Safety Valve ${props.stage} - in front of the web app and the API`,
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: metric('WebAcl'),
      rules: [
        // OWASP-style protections: cross-site scripting, local file inclusion, bad bots...
        managed('AWSManagedRulesCommonRuleSet', 0, COUNTED_RULES),
        // Request patterns known to exploit vulnerabilities (Log4j and the like).
        managed('AWSManagedRulesKnownBadInputsRuleSet', 1),
        // Fair use, per caller: WAF cannot read a JWT's subject, so the caller is its
        // Authorization header (one session's token). The expensive routes first, then
        // the whole API; requests without the header are counted by address below.
        rateRule(
          'PerCallerExpensiveRoutes',
          2,
          limits.expensivePerCallerPerMinute,
          byCaller,
          expensivePaths,
        ),
        rateRule('PerCallerApi', 3, limits.perCallerPerMinute, byCaller, apiPaths),
        rateRule(
          'PerAddressApi',
          4,
          limits.perCallerPerMinute * CALLERS_PER_ADDRESS,
          undefined,
          apiPaths,
        ),
      ],
      customResponseBodies: {
        'too-many-requests': { contentType: 'APPLICATION_JSON', content: TOO_MANY_REQUESTS_BODY },
      },
    });
  }

  get webAclArn(): string {
    return this.webAcl.attrArn;
  }
}
