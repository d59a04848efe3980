import { Stack, type StackProps } from 'aws-cdk-lib';
import { CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';

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
}

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
      ],
    });
  }

  get webAclArn(): string {
    return this.webAcl.attrArn;
  }
}
