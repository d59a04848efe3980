import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { SPA_FALLBACK_CODE, contentSecurityPolicy } from '../../infra/constructs/web-hosting';
import { REPO_ROOT } from '../../infra/constructs/node-bundling';
import { DEFAULT_RATE_LIMITS } from '../../shared/config/rate-limits';
import { onlyResource, synth, type Synthesized } from './synth';

type Json = Record<string, unknown>;

/** CloudFront's managed policies, by their fixed ids. */
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

function distributionConfig(template: Template): Json {
  return onlyResource(template, 'AWS::CloudFront::Distribution').properties
    .DistributionConfig as Json;
}

/** Each response headers policy, by logical id. */
function headerPolicies(template: Template): Record<string, Json> {
  return Object.fromEntries(
    Object.entries(template.findResources('AWS::CloudFront::ResponseHeadersPolicy')).map(
      ([id, r]) => [
        id,
        (r as { Properties: { ResponseHeadersPolicyConfig: Json } }).Properties
          .ResponseHeadersPolicyConfig,
      ],
    ),
  );
}

/** The CSP of every security headers policy (all the same), the Cognito domain flattened. */
function cspOf(template: Template): string {
  const csps = Object.values(headerPolicies(template)).map((config) => {
    const csp = (
      config as {
        SecurityHeadersConfig: { ContentSecurityPolicy: { ContentSecurityPolicy: unknown } };
      }
    ).SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy;
    if (typeof csp === 'string') return csp;
    const [, parts] = (csp as { 'Fn::Join': [string, unknown[]] })['Fn::Join'];
    return parts.map((part) => (typeof part === 'string' ? part : '<domain>')).join('');
  });
  expect(new Set(csps).size).toBe(1);
  return csps[0] ?? '';
}

function deployments(template: Template): Json[] {
  return Object.values(template.findResources('Custom::CDKBucketDeployment')).map(
    (resource) => (resource as { Properties: Json }).Properties,
  );
}

/** Runs the CloudFront Function's code on a request for `uri`, returning the uri it passes on. */
function spaFallback(uri: string): string {
  // The function's code is a string (CloudFront runs it as given), so it is evaluated here
  // to run exactly what is deployed.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const build = new Function(`${SPA_FALLBACK_CODE}; return handler;`) as () => (event: {
    request: { uri: string };
  }) => { uri: string };
  const handler = build();
  return handler({ request: { uri } }).uri;
}

describe('web hosting (CloudFront and S3)', () => {
  let dev: Synthesized;
  let prod: Synthesized;

  beforeAll(() => {
    dev = synth({ stage: 'dev' });
    prod = synth({ stage: 'prod' });
  });

  describe('the site bucket', () => {
    it('is private, encrypted, refuses plain HTTP and logs its access', () => {
      const site = Object.entries(dev.template.findResources('AWS::S3::Bucket')).find(([id]) =>
        id.startsWith('WebSite'),
      );
      expect(site).toBeDefined();
      const [siteId, resource] = site as [string, { Properties: Json }];
      expect(resource.Properties).toMatchObject({
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
          ],
        },
        LoggingConfiguration: { LogFilePrefix: 's3/site/' },
      });
      const policy = Object.values(dev.template.findResources('AWS::S3::BucketPolicy'))
        .map((p) => (p as { Properties: Json }).Properties)
        .find((p) => JSON.stringify(p.Bucket) === JSON.stringify({ Ref: siteId }));
      const statements = (policy?.PolicyDocument as { Statement: Json[] }).Statement;
      expect(statements).toContainEqual(
        expect.objectContaining({
          Effect: 'Deny',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      );
      // Only CloudFront, only this distribution, may read it (origin access control).
      const distribution = onlyResource(dev.template, 'AWS::CloudFront::Distribution').logicalId;
      const allows = statements.filter(
        (s) => s.Effect === 'Allow' && JSON.stringify(s.Principal).includes('cloudfront'),
      );
      expect(allows).toHaveLength(1);
      // Nothing is public: no statement allows everyone.
      expect(
        statements.filter(
          (s) => s.Effect === 'Allow' && JSON.stringify(s.Principal).includes('"*"'),
        ),
      ).toEqual([]);
      expect(allows[0]).toMatchObject({
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Action: ['s3:GetObject', 's3:ListBucket'],
      });
      expect(JSON.stringify(allows[0]?.Condition)).toContain(distribution);
    });

    it('is retained in prod, and emptied when a dev stack is deleted', () => {
      for (const [id, resource] of Object.entries(prod.template.findResources('AWS::S3::Bucket'))) {
        expect(resource.DeletionPolicy, id).toBe('Retain');
      }
      expect(Object.keys(prod.template.findResources('Custom::S3AutoDeleteObjects'))).toEqual([]);
      expect(Object.keys(dev.template.findResources('Custom::S3AutoDeleteObjects'))).toHaveLength(
        2,
      );
    });
  });

  describe('the distribution', () => {
    it('serves the bucket through origin access control, redirecting HTTP to HTTPS', () => {
      const config = distributionConfig(dev.template);
      const origins = config.Origins as Json[];
      const s3 = origins.find((o) => o.S3OriginConfig);
      expect(s3).toMatchObject({
        OriginAccessControlId: { 'Fn::GetAtt': [expect.any(String), 'Id'] },
        S3OriginConfig: { OriginAccessIdentity: '' },
      });
      dev.template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
        OriginAccessControlConfig: {
          OriginAccessControlOriginType: 's3',
          SigningBehavior: 'always',
          SigningProtocol: 'sigv4',
        },
      });
      expect(config).toMatchObject({
        DefaultRootObject: 'index.html',
        DefaultCacheBehavior: {
          TargetOriginId: s3?.Id,
          ViewerProtocolPolicy: 'redirect-to-https',
          AllowedMethods: ['GET', 'HEAD'],
          CachePolicyId: CACHING_OPTIMIZED,
          FunctionAssociations: [{ EventType: 'viewer-request' }],
        },
      });
    });

    it('serves the API under /api/* from the HTTP API, uncached, HTTPS only, with every header but Host', () => {
      const config = distributionConfig(dev.template);
      const api = onlyResource(dev.template, 'AWS::ApiGatewayV2::Api').logicalId;
      const origin = (config.Origins as Json[]).find((o) => o.CustomOriginConfig);
      expect(origin).toMatchObject({
        DomainName: {
          'Fn::Select': [2, { 'Fn::Split': ['/', { 'Fn::GetAtt': [api, 'ApiEndpoint'] }] }],
        },
        CustomOriginConfig: { OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] },
      });
      expect(config.CacheBehaviors).toEqual([
        expect.objectContaining({
          PathPattern: '/api/*',
          TargetOriginId: origin?.Id,
          ViewerProtocolPolicy: 'https-only',
          AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
          CachePolicyId: CACHING_DISABLED,
          OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER,
        }),
      ]);
      // No function on the API: its paths are never rewritten.
      expect((config.CacheBehaviors as Json[])[0]).not.toHaveProperty('FunctionAssociations');
    });

    it('sends the security headers on the app and the API alike, and no-store on the API', () => {
      const config = distributionConfig(dev.template);
      const policies = headerPolicies(dev.template);
      const behaviours = [config.DefaultCacheBehavior, ...(config.CacheBehaviors as Json[])];
      for (const behaviour of behaviours as Json[]) {
        const id = (behaviour.ResponseHeadersPolicyId as { Ref: string }).Ref;
        const policy = policies[id] as { SecurityHeadersConfig: Json; CustomHeadersConfig: Json };
        expect(policy.SecurityHeadersConfig).toMatchObject({
          StrictTransportSecurity: { AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true },
          ContentTypeOptions: { Override: true },
          FrameOptions: { FrameOption: 'DENY' },
          ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin' },
        });
        const custom = (policy.CustomHeadersConfig.Items as { Header: string; Value: string }[])
          .filter((h) => h.Header === 'Cache-Control')
          .map((h) => h.Value);
        expect(custom).toEqual(behaviour.PathPattern === '/api/*' ? ['no-store'] : []);
      }
    });

    it('has a strict CSP: own scripts and styles only, no inline code or eval, no framing', () => {
      const csp = cspOf(dev.template);
      const directives = Object.fromEntries(
        csp.split('; ').map((d) => {
          const [name, ...values] = d.split(' ');
          return [name ?? '', values] as const;
        }),
      );
      expect(directives['default-src']).toEqual(["'self'"]);
      expect(directives['script-src']).toEqual(["'self'"]);
      expect(directives['style-src']).toEqual(["'self'"]);
      expect(directives['object-src']).toEqual(["'none'"]);
      expect(directives['frame-ancestors']).toEqual(["'none'"]);
      expect(directives['base-uri']).toEqual(["'self'"]);
      // The browser exchanges its sign-in code at the Cognito domain of this stage.
      expect(directives['connect-src']).toEqual([
        "'self'",
        'https://<domain>.auth.eu-west-2.amazoncognito.com',
      ]);
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    });

    it('allows what the built app loads: same-origin files, no inline script or style', async () => {
      // Built here, into a folder of its own: CI runs this suite before any build.
      const dist = mkdtempSync(join(tmpdir(), 'web-dist-'));
      try {
        await build({
          configFile: join(REPO_ROOT, 'web/vite.config.ts'),
          logLevel: 'warn',
          build: { outDir: dist, emptyOutDir: true },
        });
        const html = readFileSync(join(dist, 'index.html'), 'utf8');
        const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)];
        expect(inlineScripts).toEqual([]);
        expect(html).not.toMatch(/<style|\sstyle="/);
        const urls = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
        expect(urls.length).toBeGreaterThan(0);
        for (const url of urls) expect(url, url).toMatch(/^\/[^/]/);
        // The API reference page's files (functions/api/routes/docs.ts) are in the build too.
        for (const file of ['swagger-ui-bundle.js', 'swagger-ui.css', 'init.js']) {
          expect(existsSync(join(dist, 'swagger-ui', file)), file).toBe(true);
        }
        const csp = contentSecurityPolicy('https://auth.example');
        expect(csp).toContain("img-src 'self' data:");
      } finally {
        rmSync(dist, { recursive: true, force: true });
      }
    }, 120_000);

    it('falls back to /index.html for routes of the app, never for files', () => {
      expect(spaFallback('/')).toBe('/index.html');
      expect(spaFallback('/councils/351/returns/2024-25-Q2')).toBe('/index.html');
      expect(spaFallback('/sign-in')).toBe('/index.html');
      expect(spaFallback('/assets/index-Dc4qE6m5.js')).toBe('/assets/index-Dc4qE6m5.js');
      expect(spaFallback('/swagger-ui/init.js')).toBe('/swagger-ui/init.js');
      expect(spaFallback('/config.json')).toBe('/config.json');
      dev.template.hasResourceProperties('AWS::CloudFront::Function', {
        FunctionCode: SPA_FALLBACK_CODE,
        FunctionConfig: { Runtime: 'cloudfront-js-2.0' },
      });
    });

    it('logs access to the log bucket, kept 14 days in dev and 400 in prod', () => {
      const logs = Object.keys(dev.template.findResources('AWS::S3::Bucket')).find((id) =>
        id.startsWith('WebAccessLogs'),
      );
      expect(distributionConfig(dev.template).Logging).toEqual({
        Bucket: { 'Fn::GetAtt': [logs, 'RegionalDomainName'] },
        Prefix: 'cloudfront/',
      });
      for (const [template, days] of [
        [dev.template, 14],
        [prod.template, 400],
      ] as const) {
        template.hasResourceProperties('AWS::S3::Bucket', {
          OwnershipControls: { Rules: [{ ObjectOwnership: 'ObjectWriter' }] },
          LifecycleConfiguration: { Rules: [{ ExpirationInDays: days, Status: 'Enabled' }] },
        });
      }
    });

    it('uses a custom domain with TLS 1.2 when given a certificate', () => {
      const arn = 'arn:aws:acm:us-east-1:111122223333:certificate/abc-123';
      const custom = synth({ stage: 'prod', context: { certificateArn: arn } }).template;
      expect(distributionConfig(custom)).toMatchObject({
        Aliases: ['safety-valve.example.gov.uk'],
        ViewerCertificate: {
          AcmCertificateArn: arn,
          MinimumProtocolVersion: 'TLSv1.2_2021',
          SslSupportMethod: 'sni-only',
        },
      });
    });
  });

  describe('the WAF', () => {
    it('protects the distribution from a us-east-1 stack, across regions', () => {
      const edge = dev.stack.edge;
      expect(edge.region).toBe('us-east-1');
      expect(Stack.of(dev.stack).region).toBe('eu-west-2');
      const config = distributionConfig(dev.template);
      expect(config.WebACLId).toEqual({
        'Fn::GetStackOutput': {
          StackName: edge.stackName,
          Region: 'us-east-1',
          OutputName: expect.any(String),
        },
      });
      expect(dev.stack.dependencies).toContain(edge);
    });

    it('runs the AWS managed common rule set, counting only the body-size rule', () => {
      const edge = Template.fromStack(dev.stack.edge);
      const { properties } = onlyResource(edge, 'AWS::WAFv2::WebACL');
      expect(properties).toMatchObject({ Scope: 'CLOUDFRONT', DefaultAction: { Allow: {} } });
      const rules = properties.Rules as Json[];
      expect(rules[0]).toMatchObject({
        Name: 'AWSManagedRulesCommonRuleSet',
        OverrideAction: { None: {} },
        Statement: {
          ManagedRuleGroupStatement: {
            VendorName: 'AWS',
            Name: 'AWSManagedRulesCommonRuleSet',
            // API bodies may be up to 256 KiB; the rule would block anything over 8 KB.
            RuleActionOverrides: [{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }],
          },
        },
      });
      expect(rules.map((r) => r.Name)).toEqual([
        'AWSManagedRulesCommonRuleSet',
        'AWSManagedRulesKnownBadInputsRuleSet',
        'PerCallerExpensiveRoutes',
        'PerCallerApi',
        'PerAddressApi',
      ]);
    });

    it('limits each caller (its Authorization header) per minute, tighter on expensive routes', () => {
      const edge = Template.fromStack(dev.stack.edge);
      const { properties } = onlyResource(edge, 'AWS::WAFv2::WebACL');
      const rules = Object.fromEntries(
        (properties.Rules as Json[]).map((r) => [r.Name as string, r]),
      ) as Record<string, Json>;
      const byHeader = [
        { Header: { Name: 'authorization', TextTransformations: [{ Priority: 0, Type: 'NONE' }] } },
      ];
      const tooMany = {
        Block: {
          CustomResponse: {
            ResponseCode: 429,
            CustomResponseBodyKey: 'too-many-requests',
            ResponseHeaders: [{ Name: 'Retry-After', Value: '60' }],
          },
        },
      };
      expect(rules.PerCallerExpensiveRoutes).toMatchObject({
        Action: tooMany,
        Statement: {
          RateBasedStatement: {
            Limit: DEFAULT_RATE_LIMITS.expensivePerCallerPerMinute,
            EvaluationWindowSec: 60,
            AggregateKeyType: 'CUSTOM_KEYS',
            CustomKeys: byHeader,
          },
        },
      });
      expect(JSON.stringify(rules.PerCallerExpensiveRoutes)).toContain('/api/v1/overview');
      expect(JSON.stringify(rules.PerCallerExpensiveRoutes)).toContain('.xlsx');
      expect(rules.PerCallerApi).toMatchObject({
        Action: tooMany,
        Statement: {
          RateBasedStatement: {
            Limit: DEFAULT_RATE_LIMITS.perCallerPerMinute,
            AggregateKeyType: 'CUSTOM_KEYS',
            CustomKeys: byHeader,
            ScopeDownStatement: {
              ByteMatchStatement: { PositionalConstraint: 'STARTS_WITH', SearchString: '/api/v1/' },
            },
          },
        },
      });
      expect(rules.PerAddressApi).toMatchObject({
        Statement: { RateBasedStatement: { AggregateKeyType: 'IP' } },
      });
      const bodies = properties.CustomResponseBodies as Record<string, { Content: string }>;
      expect(JSON.parse(bodies['too-many-requests']!.Content)).toMatchObject({ status: 429 });
    });
  });

  describe('the deployment of the built app', () => {
    it('uploads fingerprinted files for a year and keeps old ones', () => {
      expect(deployments(dev.template)).toContainEqual(
        expect.objectContaining({
          Include: ['assets/*'],
          Exclude: ['*'],
          Prune: false,
          SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' },
        }),
      );
    });

    it('uploads the rest to be revalidated on every use, and invalidates the cache', () => {
      const distribution = onlyResource(dev.template, 'AWS::CloudFront::Distribution').logicalId;
      expect(deployments(dev.template)).toContainEqual(
        expect.objectContaining({
          Exclude: ['assets/*'],
          Prune: true,
          SystemMetadata: { 'cache-control': 'no-cache' },
          DistributionId: { Ref: distribution },
          DistributionPaths: ['/*'],
        }),
      );
    });

    it('refuses to synthesize without a built app, saying how to build it', () => {
      expect(() => synth({ stage: 'dev', context: { webDist: '/nonexistent/web/dist' } })).toThrow(
        /npm run build:web/,
      );
    });
  });
});
