import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Annotations, Duration, Fn, type RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import type { ICertificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AccessLevel,
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type CfnBucket,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { contentSecurityPolicy, PERMISSIONS_POLICY } from './security-headers';

/** Where the built web app's files are fingerprinted by Vite (safe to cache for a year). */
export const FINGERPRINTED_PREFIX = 'assets/';

export { contentSecurityPolicy } from './security-headers';

/**
 * Viewer-request function of the web app's behaviour (never of `/api/*`): a path whose
 * last segment has no dot is a route of the single-page app, so it gets `/index.html`;
 * anything with an extension is a file and goes to the bucket as asked.
 */
export const SPA_FALLBACK_CODE = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var last = uri.substring(uri.lastIndexOf('/') + 1);
  if (last.indexOf('.') === -1) {
    request.uri = '/index.html';
  }
  return request;
}`;

export interface WebHostingProps {
  /** The HTTP API, served under /api/* on the same domain. */
  api: HttpApi;
  /** Directory of the built web app (`npm run build:web` writes web/dist). */
  webDist: string;
  /** WAF web ACL (scope CLOUDFRONT, so from us-east-1). */
  webAclArn: string;
  /** Origin of the Cognito hosted sign-in domain, which the app calls for tokens. */
  authOrigin: string;
  /** Served to the browser as /config.json: what the app needs to sign users in. */
  runtimeConfig: Record<string, string>;
  /** A custom domain: an ACM certificate in us-east-1 and the names it covers. */
  certificate?: ICertificate;
  domainNames?: string[];
  accessLogDays: number;
  logRetention: RetentionDays;
  removalPolicy: RemovalPolicy;
  /** Empty the buckets when the stack is deleted (dev only: prod keeps its logs). */
  autoDeleteObjects: boolean;
}

/**
 * The web app as static files in a private S3 bucket behind CloudFront (origin access
 * control, HTTPS only, strict security headers, WAF), with the API under /api/* on the
 * same distribution so the app and the API share one origin and need no CORS.
 */
export class WebHosting extends Construct {
  readonly bucket: Bucket;
  readonly accessLogs: Bucket;
  readonly distribution: Distribution;
  readonly headers: ResponseHeadersPolicy;
  readonly apiHeaders: ResponseHeadersPolicy;

  constructor(scope: Construct, id: string, props: WebHostingProps) {
    super(scope, id);
    if (!existsSync(join(props.webDist, 'index.html'))) {
      throw new Error(
        `The web app is not built: ${props.webDist}/index.html is missing. Run \`npm run build:web\` first (\`npm run synth\` does).`,
      );
    }
    const retained = {
      removalPolicy: props.removalPolicy,
      autoDeleteObjects: props.autoDeleteObjects,
    };

    // CloudFront standard logs are written with object ACLs, hence object-writer ownership.
    this.accessLogs = new Bucket(this, 'AccessLogs', {
      ...retained,
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      enforceSSL: true,
      lifecycleRules: [{ expiration: Duration.days(props.accessLogDays) }],
    });
    Validations.of(this.accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This bucket is where the access logs of the site bucket and of CloudFront go; logging its own access into itself would loop.',
    });

    this.bucket = new Bucket(this, 'Site', {
      ...retained,
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 's3/site/',
    });

    const securityHeaders = (
      id: string,
      comment: string,
      extra: { header: string; value: string }[],
    ) =>
      new ResponseHeadersPolicy(this, id, {
        comment,
        securityHeadersBehavior: {
          contentSecurityPolicy: {
            contentSecurityPolicy: contentSecurityPolicy(props.authOrigin),
            override: true,
          },
          strictTransportSecurity: {
            accessControlMaxAge: Duration.days(730),
            includeSubdomains: true,
            override: true,
          },
          contentTypeOptions: { override: true },
          frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
          referrerPolicy: {
            referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
            override: true,
          },
          // The legacy XSS auditor is off: CSP does this job without its side channels.
          xssProtection: { protection: false, override: true },
        },
        customHeadersBehavior: {
          customHeaders: [
            {
              header: 'Permissions-Policy',
              value: PERMISSIONS_POLICY,
              override: true,
            },
            { header: 'Cross-Origin-Opener-Policy', value: 'same-origin', override: true },
            ...extra.map((h) => ({ ...h, override: true })),
          ],
        },
      });
    this.headers = securityHeaders(
      'SecurityHeaders',
      'Safety Valve: strict security headers for the web app',
      [],
    );
    // Every API response is the caller's own: no browser or proxy may keep it, whatever
    // answers (the Lambda, or API Gateway itself for a refused token or a throttle).
    this.apiHeaders = securityHeaders(
      'ApiSecurityHeaders',
      'Safety Valve: strict security headers for the API, never stored',
      [{ header: 'Cache-Control', value: 'no-store' }],
    );

    const spaFallback = new CloudFrontFunction(this, 'SpaFallback', {
      comment: 'Routes of the single-page app get /index.html',
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(SPA_FALLBACK_CODE),
    });

    // The API's own domain, e.g. abc123.execute-api.eu-west-2.amazonaws.com.
    const apiDomain = Fn.select(2, Fn.split('/', props.api.apiEndpoint));
    const custom = props.certificate && props.domainNames && props.domainNames.length > 0;

    this.distribution = new Distribution(this, 'Distribution', {
      comment: `Safety Valve monitoring: web app and API (${Stack.of(this).stackName})`,
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Users are in England: Europe and North America edge locations are enough.
      priceClass: PriceClass.PRICE_CLASS_100,
      webAclId: props.webAclArn,
      enableLogging: true,
      logBucket: this.accessLogs,
      logFilePrefix: 'cloudfront/',
      ...(custom
        ? {
            certificate: props.certificate,
            domainNames: props.domainNames,
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      defaultBehavior: {
        // Read and list: a missing file is a 404, not the 403 S3 gives without list.
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket, {
          originAccessLevels: [AccessLevel.READ, AccessLevel.LIST],
        }),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.headers,
        compress: true,
        functionAssociations: [
          { eventType: FunctionEventType.VIEWER_REQUEST, function: spaFallback },
        ],
      },
      additionalBehaviors: {
        '/api/*': {
          origin: new HttpOrigin(apiDomain, {
            protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
            originSslProtocols: [OriginSslPolicy.TLS_V1_2],
          }),
          // Tokens travel in a header: never over plain HTTP, not even to be redirected.
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          // Every response is the caller's own: nothing is cached, and with caching off
          // this policy forwards every viewer header, Authorization included, but Host
          // (API Gateway routes on its own host name).
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: this.apiHeaders,
        },
      },
    });

    Annotations.of(this.distribution).acknowledgeWarning(
      '@aws-cdk/aws-cloudfront-origins:listBucketSecurityRisk',
      'Listing is never reachable: index.html is the default root object, and the viewer-request function sends every path without a file extension (any folder) to /index.html.',
    );
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason:
        'No geo restriction: council and DfE staff sign in from wherever they work, including abroad and through VPNs; Cognito MFA, the WAF and API throttling protect the service instead.',
    });
    if (!custom) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          'Without a custom domain the distribution uses the default *.cloudfront.net certificate, whose TLS policy CloudFront fixes; deploy with -c certificateArn=... to serve the service domain with TLSv1.2_2021.',
      });
    }

    this.deploy(props);
  }

  /**
   * Uploads the built app in two passes. Fingerprinted files go first and are cached for a
   * year; old ones are kept, so a browser holding a previous index.html still loads. Then
   * everything else (index.html, Swagger UI, the icon, config.json), revalidated on every
   * use, with old files removed, and the distribution's cache invalidated.
   */
  private deploy(props: WebHostingProps) {
    const logGroup = new LogGroup(this, 'DeploymentLogs', {
      retention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });
    // Our own role rather than the one with the AWS managed basic-execution policy.
    const role = new Role(this, 'DeploymentRole', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: 'Safety Valve: copies the built web app into the site bucket',
    });
    logGroup.grantWrite(role);

    const built = Source.asset(props.webDist);
    const shared = { destinationBucket: this.bucket, logGroup, role, memoryLimit: 256 };

    const fingerprinted = new BucketDeployment(this, 'DeployFingerprinted', {
      ...shared,
      sources: [built],
      exclude: ['*'],
      include: [`${FINGERPRINTED_PREFIX}*`],
      prune: false,
      cacheControl: [
        CacheControl.setPublic(),
        CacheControl.maxAge(Duration.days(365)),
        CacheControl.immutable(),
      ],
    });

    const rest = new BucketDeployment(this, 'DeployApp', {
      ...shared,
      sources: [built, Source.jsonData('config.json', props.runtimeConfig)],
      exclude: [`${FINGERPRINTED_PREFIX}*`],
      prune: true,
      cacheControl: [CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: ['/*'],
    });
    rest.node.addDependency(fingerprinted);

    // The grants BucketDeployment makes to copy the asset zip from the CDK assets bucket
    // into the site bucket: CDK's read and read-write grant sets, on those two buckets only.
    const stack = Stack.of(this);
    const assets = `arn:${stack.partition}:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${stack.region}/*`;
    const site = `<${stack.getLogicalId(this.bucket.node.defaultChild as CfnBucket)}.Arn>/*`;
    const wildcards = [
      'Action::s3:GetBucket*',
      'Action::s3:GetObject*',
      'Action::s3:List*',
      'Action::s3:Abort*',
      'Action::s3:DeleteObject*',
      `Resource::${assets}`,
      `Resource::${site}`,
    ];
    for (const finding of wildcards) {
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[${finding}]`,
        reason:
          'BucketDeployment copies the built app from the CDK assets bucket into the site bucket with CDK read and read-write grant sets; the object wildcards cover those two buckets only.',
      });
    }
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'After copying, BucketDeployment invalidates the distribution: cloudfront:CreateInvalidation and GetInvalidation, which the construct grants on "*".',
    });
    // The copying function itself belongs to aws-cdk-lib (a Python runtime it chooses).
    for (const child of stack.node.children) {
      if (child.node.id.startsWith('Custom::CDKBucketDeployment')) {
        Validations.of(child).acknowledge({
          id: 'AwsSolutions-L1',
          reason:
            'The BucketDeployment handler is provided by aws-cdk-lib, which picks and upgrades its Python runtime; it runs only during deployments.',
        });
      }
    }
  }
}
