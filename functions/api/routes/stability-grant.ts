import { createRoute, type OpenAPIHono } from '../openapi-hono';
import { CAN } from '../../../shared/auth';
import { getReformPlan } from '../../../shared/data/reform-plans/get-reform-plan';
import { getStabilityGrant } from '../../../shared/data/stability-grant/get-stability-grant';
import {
  DeterminationInput,
  GrantDecisionInput,
  StabilityGrant,
  StabilityGrantDeficitInput,
} from '../../../shared/schemas/stability-grant';
import type { AppEnv } from '../env';
import { IfMatchHeaders, etag, readIfMatch } from '../if-match';
import { requireRole } from '../middleware/require-role';
import { bearer, json, problems } from '../openapi';
import { requireExistingCouncil } from '../reform-plans/require-existing-council';
import { decideStabilityGrant } from '../stability-grant/decide-stability-grant';
import { determineStabilityGrant } from '../stability-grant/determine-stability-grant';
import { saveStabilityGrantDeficit } from '../stability-grant/save-stability-grant-deficit';
import { stabilityGrantView } from '../stability-grant/stability-grant-view';
import { CouncilParams } from './councils';

const TAGS = ['Stability grant'];
const PATH = '/api/v1/councils/{laCode}/stability-grant';
const body = <T>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

const get = createRoute({
  method: 'get',
  path: PATH,
  operationId: 'getStabilityGrant',
  tags: TAGS,
  summary:
    "The council's High Needs Stability Grant: the sources side by side, the eligible deficit, the rule applied, the grant and its status",
  security: bearer,
  request: { params: CouncilParams },
  responses: { 200: json(StabilityGrant, 'The grant'), ...problems(401, 404) },
});

const putDeficit = createRoute({
  method: 'put',
  path: `${PATH}/deficit`,
  operationId: 'saveStabilityGrantDeficit',
  tags: TAGS,
  summary:
    'Replace the deficit at 31 March 2026 as each source records it (council approver or DfE admin); after the first save, If-Match',
  security: bearer,
  middleware: [requireRole(CAN.enterGrantFigures)] as const,
  request: {
    params: CouncilParams,
    headers: IfMatchHeaders,
    body: body(StabilityGrantDeficitInput),
  },
  responses: {
    200: json(StabilityGrant, 'The grant with the new figures'),
    201: json(StabilityGrant, 'The grant with its first figures'),
    ...problems(400, 401, 403, 404, 409, 412, 413, 422, 428),
  },
});

const determination = createRoute({
  method: 'post',
  path: `${PATH}/determination`,
  operationId: 'determineStabilityGrant',
  tags: TAGS,
  summary:
    "Accept a council's explanation and fix which source counts (DfE admin); without useSource none is fixed",
  security: bearer,
  middleware: [requireRole(CAN.administer)] as const,
  request: { params: CouncilParams, body: body(DeterminationInput) },
  responses: {
    200: json(StabilityGrant, 'The grant after the determination'),
    ...problems(400, 401, 403, 404, 409, 413, 422),
  },
});

const decision = createRoute({
  method: 'post',
  path: `${PATH}/decision`,
  operationId: 'decideStabilityGrant',
  tags: TAGS,
  summary:
    "Release the grant (DfE admin): only once the council's reform plan is approved; a release is final",
  security: bearer,
  middleware: [requireRole(CAN.administer)] as const,
  request: { params: CouncilParams, body: body(GrantDecisionInput) },
  responses: {
    200: json(StabilityGrant, 'The paid grant'),
    ...problems(400, 401, 403, 404, 409, 413, 422),
  },
});

export function registerStabilityGrantRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(get, async (c) => {
    const { laCode } = c.req.valid('param');
    const { store } = c.var.scoped;
    await requireExistingCouncil(store, laCode);
    const [state, plan] = await Promise.all([
      getStabilityGrant(store, laCode),
      getReformPlan(store, laCode),
    ]);
    if (state.record) c.header('ETag', etag(state.record.version));
    return c.json(stabilityGrantView(laCode, state, plan), 200);
  });

  app.openapi(putDeficit, async (c) => {
    const { laCode } = c.req.valid('param');
    const { created, grant } = await saveStabilityGrantDeficit(c.var.scoped, c.var.principal, {
      laCode,
      input: c.req.valid('json'),
      ifMatch: readIfMatch(c),
    });
    if (grant.version) c.header('ETag', etag(grant.version));
    return created ? c.json(grant, 201) : c.json(grant, 200);
  });

  app.openapi(determination, async (c) => {
    const { laCode } = c.req.valid('param');
    const grant = await determineStabilityGrant(c.var.scoped, c.var.principal, {
      laCode,
      input: c.req.valid('json'),
    });
    if (grant.version) c.header('ETag', etag(grant.version));
    return c.json(grant, 200);
  });

  app.openapi(decision, async (c) => {
    const { laCode } = c.req.valid('param');
    const grant = await decideStabilityGrant(c.var.scoped, c.var.principal, {
      laCode,
      input: c.req.valid('json'),
    });
    if (grant.version) c.header('ETag', etag(grant.version));
    return c.json(grant, 200);
  });
}
