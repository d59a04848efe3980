import { type RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnStage,
  HttpApi,
  HttpMethod,
  type HttpRoute,
  type HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/** Routes anyone may call: health for probes, the API reference for integrators. */
export const PUBLIC_ROUTES = [
  { method: HttpMethod.GET, path: '/api/health' },
  { method: HttpMethod.GET, path: '/api/docs' },
  { method: HttpMethod.GET, path: '/api/v1/openapi.json' },
] as const;

/**
 * Everything else under /api/v1 needs a valid token. There is deliberately no route for
 * /api/v1/dev/*: local sign-in does not exist in the cloud, and the Lambda has no local
 * identity to serve it (it answers 404 if a signed-in caller reaches it).
 */
export const PROTECTED_PROXY_PATH = '/api/v1/{proxy+}';

/** Per-stage limits for every route: enough for every council at once, not for a flood. */
export const DEFAULT_THROTTLE = { rateLimit: 50, burstLimit: 100 } as const;

/**
 * Routes that read across every council or build a file, each with its own, lower
 * throttle (for all callers together), so a run on them leaves the rest of the budget to
 * everyone else. Only whole path segments can be routes: exports named like
 * `{period}.xlsx` stay on the proxy route, under the stage's throttle and the WAF's
 * per-caller limit on expensive paths.
 */
export const EXPENSIVE_ROUTES = [
  '/api/v1/overview',
  '/api/v1/overview.csv',
  '/api/v1/overview.xlsx',
  '/api/v1/alerts.xlsx',
  '/api/v1/councils/{laCode}/audit.csv',
  '/api/v1/councils/{laCode}/scorecard.xlsx',
] as const;

/** Each expensive route's throttle: about a fifth of the stage's. */
export const EXPENSIVE_ROUTE_THROTTLE = { rateLimit: 10, burstLimit: 20 } as const;

/**
 * HTTP API access log line. Only the user id (`sub`) identifies anyone: no IP addresses
 * or other personal data, as for the application logs.
 */
const ACCESS_LOG_FORMAT = JSON.stringify({
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  httpMethod: '$context.httpMethod',
  path: '$context.path',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
  userId: '$context.authorizer.claims.sub',
});

export interface HttpApiGatewayProps {
  handler: IFunction;
  /** Cognito issuer URL and the web app client id that ID tokens are issued for. */
  jwtIssuer: string;
  jwtAudience: string;
  logRetention: RetentionDays;
  removalPolicy: RemovalPolicy;
  /** Each expensive route's throttle; EXPENSIVE_ROUTE_THROTTLE unless told. */
  expensiveRouteThrottle?: { rateLimit: number; burstLimit: number };
}

/** API Gateway HTTP API in front of the API Lambda, with Cognito's JWTs checked at the edge. */
export class HttpApiGateway extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: HttpApiGatewayProps) {
    super(scope, id);

    // The web app is served from the same origin, so no CORS configuration.
    this.api = new HttpApi(this, 'Api', {
      description: 'Safety Valve monitoring API (v1)',
      createDefaultStage: false,
    });

    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.logRetention,
      removalPolicy: props.removalPolicy,
    });

    this.stage = this.api.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: DEFAULT_THROTTLE,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(ACCESS_LOG_FORMAT),
      },
    });

    const integration = new HttpLambdaIntegration('ApiIntegration', props.handler);
    // ID tokens: they carry `cognito:groups` and `custom:laCode`, and their `aud` is the client id.
    const authorizer = new HttpJwtAuthorizer('CognitoAuthorizer', props.jwtIssuer, {
      jwtAudience: [props.jwtAudience],
      identitySource: ['$request.header.Authorization'],
    });

    this.api.addRoutes({
      path: PROTECTED_PROXY_PATH,
      methods: [HttpMethod.ANY],
      integration,
      authorizer,
    });

    // The expensive routes as routes of their own, to give each its own throttle.
    const throttle = props.expensiveRouteThrottle ?? EXPENSIVE_ROUTE_THROTTLE;
    const stage = this.stage.node.defaultChild as CfnStage;
    const routeSettings: Record<string, object> = {};
    for (const path of EXPENSIVE_ROUTES) {
      for (const route of this.api.addRoutes({
        path,
        methods: [HttpMethod.GET],
        integration,
        authorizer,
      })) {
        stage.node.addDependency(route);
      }
      routeSettings[`GET ${path}`] = {
        ThrottlingRateLimit: throttle.rateLimit,
        ThrottlingBurstLimit: throttle.burstLimit,
      };
    }
    stage.addPropertyOverride('RouteSettings', routeSettings);

    const publicRoutes: HttpRoute[] = PUBLIC_ROUTES.flatMap(({ method, path }) =>
      this.api.addRoutes({ path, methods: [method], integration }),
    );
    for (const route of publicRoutes) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'Deliberately public and read-only: the health check for probes and the API reference (OpenAPI document and its page) for integrators; no council data.',
      });
    }
  }

  /** The API's base URL, e.g. `https://abc123.execute-api.eu-west-2.amazonaws.com/`. */
  get url(): string {
    return this.stage.url;
  }
}
