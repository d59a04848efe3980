import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPENSIVE_ROUTES } from '../../infra/constructs/http-api';
import {
  type Synthesized,
  logicalIdStartingWith,
  onlyResource,
  serviceFunction,
  synth,
} from './synth';

const API = 'safety-valve-api';

const FUNCTION = 'AWS::Lambda::Function';
const ROUTE = 'AWS::ApiGatewayV2::Route';

type Json = Record<string, unknown>;

function routes(template: Template): Map<string, Json> {
  return new Map(
    Object.values(template.findResources(ROUTE)).map((route) => {
      const properties = (route as { Properties: Json }).Properties;
      return [properties.RouteKey as string, properties];
    }),
  );
}

describe('the API', () => {
  let dev: Synthesized;
  let prod: Template;

  beforeAll(() => {
    // Bundled for real once, so the Lambda asset itself is checked.
    dev = synth({ stage: 'dev', bundle: true });
    prod = synth({ stage: 'prod' }).template;
  });

  describe('Lambda', () => {
    it('runs Node.js 22 on arm64 with 512 MB, 10 s and active tracing', () => {
      dev.template.hasResourceProperties(FUNCTION, {
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        MemorySize: 512,
        Timeout: 10,
        Handler: 'index.handler',
        TracingConfig: { Mode: 'Active' },
      });
    });

    it('is told the table, the token issuer and audience, with source maps and its service name', () => {
      const table = onlyResource(dev.template, 'AWS::DynamoDB::Table').logicalId;
      const pool = onlyResource(dev.template, 'AWS::Cognito::UserPool').logicalId;
      const client = onlyResource(dev.template, 'AWS::Cognito::UserPoolClient').logicalId;
      const { properties } = serviceFunction(dev.template, API);
      const role = (prefix: string) => ({
        'Fn::GetAtt': [logicalIdStartingWith(dev.template, 'AWS::IAM::Role', prefix), 'Arn'],
      });
      expect((properties.Environment as { Variables: Json }).Variables).toEqual({
        TABLE_NAME: { Ref: table },
        AUTH_ISSUER: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [pool, 'ProviderURL'] }]] },
        AUTH_AUDIENCE: { Ref: client },
        COUNCIL_ROLE_ARN: role('ApiAccessCouncilRole'),
        DFE_READER_ROLE_ARN: role('ApiAccessDfeReaderRole'),
        DFE_WRITER_ROLE_ARN: role('ApiAccessDfeWriterRole'),
        POWERTOOLS_SERVICE_NAME: 'safety-valve-api',
        NODE_OPTIONS: '--enable-source-maps',
      });
    });

    it('logs JSON to its own log group, kept two weeks in dev and thirteen months in prod', () => {
      const devLogs = Object.keys(dev.template.findResources('AWS::Logs::LogGroup'));
      const { properties } = serviceFunction(dev.template, API);
      const loggingConfig = properties.LoggingConfig as { LogGroup: { Ref: string } };
      expect(loggingConfig).toMatchObject({ LogFormat: 'JSON' });
      expect(devLogs).toContain(loggingConfig.LogGroup.Ref);
      dev.template.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 14 });
      prod.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 400 });
      prod.allResources('AWS::Logs::LogGroup', { DeletionPolicy: 'Retain' });
    });

    it('is bundled by esbuild as minified ESM with a source map and a require shim', () => {
      const { properties } = serviceFunction(dev.template, API);
      const assetHash = ((properties.Code as Json).S3Key as string).replace(/\.zip$/, '');
      const assetDir = join(dev.outdir, `asset.${assetHash}`);
      const bundle = readFileSync(join(assetDir, 'index.mjs'), 'utf8');
      expect(
        bundle.startsWith("import { createRequire as __createRequire } from 'node:module';"),
      ).toBe(true);
      expect(existsSync(join(assetDir, 'index.mjs.map'))).toBe(true);
      // ESM that exports the handler Lambda calls (index.handler).
      expect(bundle).toMatch(/export\s*\{[^}]*\bas handler\b[^}]*\}/);
      // Minified: the entry's own comments are gone.
      expect(bundle).not.toContain('Built once per Lambda container');
      // pdfmake's fonts and exceljs are chunks loaded on first use, never part of a cold start.
      const chunks = readdirSync(join(assetDir, 'chunks')).filter((f) => f.endsWith('.mjs'));
      const inChunks = (text: string) =>
        chunks.filter((f) => readFileSync(join(assetDir, 'chunks', f), 'utf8').includes(text));
      for (const marker of ['Roboto-MediumItalic.ttf', 'xl/worksheets/sheet']) {
        expect(bundle).not.toContain(marker);
        expect(inChunks(marker).length).toBeGreaterThan(0);
      }
    });

    it('starts from a small file: no route, schema, zod nor zod-to-openapi until a request needs them', () => {
      const { properties } = serviceFunction(dev.template, API);
      const assetHash = ((properties.Code as Json).S3Key as string).replace(/\.zip$/, '');
      const assetDir = join(dev.outdir, `asset.${assetHash}`);
      // What a cold start loads: `index.mjs` and the chunks it imports statically, not
      // those it loads with `import()`.
      const start = new Map<string, string>();
      const load = (file: string) => {
        if (start.has(file)) return;
        const text = readFileSync(file, 'utf8');
        start.set(file, text);
        for (const [, path] of text.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+)"/g)) {
          load(join(dirname(file), path!));
        }
      };
      load(join(assetDir, 'index.mjs'));
      const startText = [...start.values()].join('\n');
      const lazyText = readdirSync(join(assetDir, 'chunks'))
        .map((f) => join(assetDir, 'chunks', f))
        .filter((f) => f.endsWith('.mjs') && !start.has(f))
        .map((f) => readFileSync(f, 'utf8'))
        .join('\n');
      for (const marker of [
        '#/components/schemas/', // zod-to-openapi
        'Invalid input: expected', // zod (its English messages)
        'Ungültige Eingabe', // zod's other locales
        'saveAgreement', // a route (its operationId)
        'ERR_JWS_SIGNATURE_VERIFICATION_FAILED', // jose, loaded on the first token
        'AWSSecurityTokenServiceV20110615', // the STS client, made on the first session
      ]) {
        expect(startText, marker).not.toContain(marker);
      }
      for (const marker of [
        '#/components/schemas/',
        'Invalid input: expected',
        'saveAgreement',
        'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
        'AWSSecurityTokenServiceV20110615',
      ]) {
        expect(lazyText, marker).toContain(marker);
      }
      // About 337 KiB today, most of it the AWS SDK; a minimal Hono + DynamoDB bundle is 250.
      const bytes = [...start.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
      expect(bytes).toBeLessThan(360 * 1024);
    });
  });

  describe('permissions', () => {
    const statements = (template: Template): Json[] =>
      Object.values(template.findResources('AWS::IAM::Policy')).flatMap(
        (policy) =>
          (policy as { Properties: { PolicyDocument: { Statement: Json[] } } }).Properties
            .PolicyDocument.Statement,
      );
    const actions = (statement: Json): string[] => [statement.Action as string | string[]].flat();

    it('use no AWS managed policies', () => {
      dev.template.hasResourceProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
    });

    it('allow item reads and writes on the table but never a scan or table management', () => {
      const dynamo = statements(dev.template)
        .flatMap(actions)
        .filter((a) => a.startsWith('dynamodb:'));
      expect(dynamo).toContain('dynamodb:Query');
      expect(dynamo).toContain('dynamodb:PutItem');
      for (const forbidden of [
        'dynamodb:Scan',
        'dynamodb:*',
        'dynamodb:DeleteTable',
        'dynamodb:UpdateTable',
      ]) {
        expect(dynamo).not.toContain(forbidden);
      }
    });

    it('allow queries on the two named indexes only, never index/*', () => {
      const table = onlyResource(dev.template, 'AWS::DynamoDB::Table').logicalId;
      const indexArn = (index: string) => ({
        'Fn::Join': ['', [{ 'Fn::GetAtt': [table, 'Arn'] }, `/index/${index}`]],
      });
      const onIndexes = statements(dev.template).filter((s) =>
        JSON.stringify(s.Resource).includes('/index/'),
      );
      expect(onIndexes.length).toBeGreaterThan(0);
      for (const statement of onIndexes) {
        expect(statement.Action).toBe('dynamodb:Query');
        for (const resource of [statement.Resource].flat()) {
          expect([indexArn('gsi1'), indexArn('gsi2')]).toContainEqual(resource);
        }
      }
    });

    it("give the API function's own role no table access: it only assumes its callers' roles", () => {
      const { properties } = serviceFunction(dev.template, API);
      const role = (properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
      const own = Object.values(dev.template.findResources('AWS::IAM::Policy'))
        .map((p) => (p as { Properties: Json }).Properties)
        .filter((p) => JSON.stringify(p.Roles) === JSON.stringify([{ Ref: role }]))
        .flatMap((p) => (p.PolicyDocument as { Statement: Json[] }).Statement);
      expect(own.flatMap(actions).sort()).toEqual([
        'logs:CreateLogStream',
        'logs:PutLogEvents',
        'sts:AssumeRole',
        'sts:TagSession',
        'xray:PutTelemetryRecords',
        'xray:PutTraceSegments',
      ]);
    });
  });

  describe('HTTP API', () => {
    it('checks Cognito ID tokens: issuer of the pool, audience of the web client', () => {
      const { properties: lambda } = serviceFunction(dev.template, API);
      const env = (lambda.Environment as { Variables: Json }).Variables;
      dev.template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
        AuthorizerType: 'JWT',
        IdentitySource: ['$request.header.Authorization'],
        // The very values the Lambda verifies against, so edge and app agree.
        JwtConfiguration: { Issuer: env.AUTH_ISSUER, Audience: [env.AUTH_AUDIENCE] },
      });
    });

    it('protects every /api/v1 route with the JWT authorizer', () => {
      const authorizer = onlyResource(dev.template, 'AWS::ApiGatewayV2::Authorizer').logicalId;
      for (const key of ['ANY /api/v1/{proxy+}', ...EXPENSIVE_ROUTES.map((p) => `GET ${p}`)]) {
        expect(routes(dev.template).get(key), key).toMatchObject({
          AuthorizationType: 'JWT',
          AuthorizerId: { Ref: authorizer },
        });
      }
    });

    it('throttles each expensive route (the overview, exports) below the stage', () => {
      const stage = onlyResource(dev.template, 'AWS::ApiGatewayV2::Stage');
      const settings = stage.properties.RouteSettings as Record<string, Json>;
      expect(Object.keys(settings).sort()).toEqual(
        EXPENSIVE_ROUTES.map((path) => `GET ${path}`).sort(),
      );
      for (const setting of Object.values(settings)) {
        expect(setting).toEqual({ ThrottlingRateLimit: 10, ThrottlingBurstLimit: 20 });
      }
      // The stage is created after the routes its settings name.
      const dependsOn = (dev.template.toJSON() as { Resources: Record<string, Json> }).Resources[
        stage.logicalId
      ]?.DependsOn as string[];
      for (const [id, route] of Object.entries(dev.template.findResources(ROUTE))) {
        const key = (route as { Properties: Json }).Properties.RouteKey as string;
        if (key in settings) expect(dependsOn, key).toContain(id);
      }
    });

    it('leaves health, the API reference page and the OpenAPI document public', () => {
      const byKey = routes(dev.template);
      for (const key of ['GET /api/health', 'GET /api/docs', 'GET /api/v1/openapi.json']) {
        expect(byKey.get(key), key).toMatchObject({ AuthorizationType: 'NONE' });
        expect(byKey.get(key)?.AuthorizerId, key).toBeUndefined();
      }
    });

    it('routes nothing else: no local sign-in (/api/v1/dev) in the cloud', () => {
      for (const template of [dev.template, prod]) {
        const keys = [...routes(template).keys()].sort();
        expect(keys).toEqual(
          [
            'ANY /api/v1/{proxy+}',
            'GET /api/docs',
            'GET /api/health',
            'GET /api/v1/openapi.json',
            ...EXPENSIVE_ROUTES.map((path) => `GET ${path}`),
          ].sort(),
        );
        expect(keys.some((key) => key.includes('/dev'))).toBe(false);
      }
      const { properties } = serviceFunction(prod, API);
      expect((properties.Environment as { Variables: Json }).Variables).not.toHaveProperty(
        'AUTH_MODE',
      );
    });

    it('sends every route to the API Lambda with payload format 2.0', () => {
      const fn = serviceFunction(dev.template, API).logicalId;
      dev.template.resourceCountIs('AWS::ApiGatewayV2::Integration', 1);
      dev.template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
        IntegrationType: 'AWS_PROXY',
        PayloadFormatVersion: '2.0',
        IntegrationUri: { 'Fn::GetAtt': [fn, 'Arn'] },
      });
    });

    it('logs access as JSON and throttles by default on the $default stage', () => {
      const accessLogs = onlyResource(dev.template, 'AWS::ApiGatewayV2::Stage').properties;
      expect(accessLogs).toMatchObject({
        StageName: '$default',
        AutoDeploy: true,
        DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
      });
      const settings = accessLogs.AccessLogSettings as { DestinationArn: Json; Format: string };
      expect(settings.DestinationArn).toEqual({
        'Fn::GetAtt': [expect.stringMatching(/^GatewayAccessLogs/), 'Arn'],
      });
      const format = JSON.parse(settings.Format) as Record<string, string>;
      expect(format).toMatchObject({
        requestId: '$context.requestId',
        routeKey: '$context.routeKey',
        status: '$context.status',
        userId: '$context.authorizer.claims.sub',
      });
      // No personal data beyond the user id.
      expect(Object.values(format)).not.toContain('$context.identity.sourceIp');
    });
  });

  it('outputs what a deployment needs: API URL, user pool, client and table', () => {
    const outputs = dev.template.findOutputs('*');
    for (const name of ['ApiUrl', 'UserPoolId', 'UserPoolClientId', 'TableName', 'AuthIssuer']) {
      expect(outputs, name).toHaveProperty(name);
    }
    const table = onlyResource(dev.template, 'AWS::DynamoDB::Table').logicalId;
    expect(outputs.TableName?.Value).toEqual({ Ref: table });
  });
});
