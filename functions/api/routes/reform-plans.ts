import { createRoute, type OpenAPIHono } from '../openapi-hono';
import { CAN } from '../../../shared/auth';
import { councilPk } from '../../../shared/data/keys';
import { paginate } from '../../../shared/data/paginate';
import { getReformPlan } from '../../../shared/data/reform-plans/get-reform-plan';
import { getReformPlanTemplate } from '../../../shared/data/reform-plans/get-reform-plan-template';
import { listReformPlanHistory } from '../../../shared/data/reform-plans/list-reform-plan-history';
import { NotFoundError } from '../../../shared/domain';
import { ListQuery, pageOf } from '../../../shared/schemas/common';
import {
  ReformPlan,
  ReformPlanDraft,
  ReformPlanHistoryEntry,
  ReformPlanTemplate,
  ReformPlanTemplateInput,
  ReviewReformPlanInput,
  SubmitReformPlanInput,
} from '../../../shared/schemas/reform-plan';
import type { AppEnv } from '../env';
import { IdempotencyHeaders, requireIdempotencyKey } from '../idempotency-key';
import { IfMatchHeaders, etag, readIfMatch } from '../if-match';
import { requireRole } from '../middleware/require-role';
import { bearer, json, problems } from '../openapi';
import { reformPlanView } from '../reform-plans/reform-plan-view';
import { requireExistingCouncil } from '../reform-plans/require-existing-council';
import { reviewReformPlan } from '../reform-plans/review-reform-plan';
import { saveReformPlan } from '../reform-plans/save-reform-plan';
import { saveReformPlanTemplate } from '../reform-plans/save-reform-plan-template';
import { submitReformPlan } from '../reform-plans/submit-reform-plan';
import { CouncilParams } from './councils';

const TAGS = ['Reform plans'];
const PLAN_PATH = '/api/v1/councils/{laCode}/reform-plan';
const body = <T>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
});

const getTemplate = createRoute({
  method: 'get',
  path: '/api/v1/reform-plan-template',
  operationId: 'getReformPlanTemplate',
  tags: TAGS,
  summary: 'The sections every local SEND reform plan covers, with DfE guidance (any role)',
  security: bearer,
  responses: { 200: json(ReformPlanTemplate, 'The current template'), ...problems(401, 404) },
});

const putTemplate = createRoute({
  method: 'put',
  path: '/api/v1/reform-plan-template',
  operationId: 'saveReformPlanTemplate',
  tags: TAGS,
  summary: 'Publish the reform plan template (DfE admin); a new version needs If-Match',
  security: bearer,
  middleware: [requireRole(CAN.administer)] as const,
  request: { headers: IfMatchHeaders, body: body(ReformPlanTemplateInput) },
  responses: {
    200: json(ReformPlanTemplate, 'The new version'),
    201: json(ReformPlanTemplate, 'The first version'),
    ...problems(400, 401, 403, 412, 413, 422, 428),
  },
});

const getPlan = createRoute({
  method: 'get',
  path: PLAN_PATH,
  operationId: 'getReformPlan',
  tags: TAGS,
  summary: "The council's local SEND reform plan with its status, sign-off and review",
  security: bearer,
  request: { params: CouncilParams },
  responses: { 200: json(ReformPlan, 'The plan'), ...problems(401, 404) },
});

const putPlan = createRoute({
  method: 'put',
  path: PLAN_PATH,
  operationId: 'saveReformPlan',
  tags: TAGS,
  summary:
    'Save the plan as a draft (council editor or approver); editable while draft or returned; updating needs If-Match',
  security: bearer,
  middleware: [requireRole(CAN.editReformPlan)] as const,
  request: { params: CouncilParams, headers: IfMatchHeaders, body: body(ReformPlanDraft) },
  responses: {
    200: json(ReformPlan, 'The saved draft'),
    201: json(ReformPlan, 'The new draft'),
    ...problems(400, 401, 403, 404, 409, 412, 413, 422, 428),
  },
});

const submit = createRoute({
  method: 'post',
  path: `${PLAN_PATH}/submit`,
  operationId: 'submitReformPlan',
  tags: TAGS,
  summary:
    'Sign off and submit the plan (council approver); needs text for every section of the current template; idempotent by Idempotency-Key',
  security: bearer,
  middleware: [requireRole(CAN.submitReformPlan)] as const,
  request: {
    params: CouncilParams,
    headers: IdempotencyHeaders,
    body: body(SubmitReformPlanInput),
  },
  responses: {
    200: json(ReformPlan, 'The submitted plan (the same response for a repeat of the key)'),
    ...problems(400, 401, 403, 404, 409, 413, 422),
  },
});

const review = createRoute({
  method: 'post',
  path: `${PLAN_PATH}/review`,
  operationId: 'reviewReformPlan',
  tags: TAGS,
  summary:
    'Rate every section of a submitted plan and approve it, or return it with comments (DfE reviewer)',
  security: bearer,
  middleware: [requireRole(CAN.review)] as const,
  request: { params: CouncilParams, body: body(ReviewReformPlanInput) },
  responses: {
    200: json(ReformPlan, 'The reviewed plan'),
    ...problems(400, 401, 403, 404, 409, 413, 422),
  },
});

const history = createRoute({
  method: 'get',
  path: `${PLAN_PATH}/history`,
  operationId: 'listReformPlanHistory',
  tags: TAGS,
  summary: 'Every saved version and status change of the plan, newest first',
  security: bearer,
  request: { params: CouncilParams, query: ListQuery },
  responses: {
    200: json(pageOf(ReformPlanHistoryEntry, 'ReformPlanHistory'), 'History'),
    ...problems(400, 401, 404),
  },
});

export function registerReformPlanRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(getTemplate, async (c) => {
    const template = await getReformPlanTemplate(c.var.scoped.store);
    if (!template) throw new NotFoundError('The reform plan template');
    c.header('ETag', etag(template.version));
    return c.json(template, 200);
  });

  app.openapi(putTemplate, async (c) => {
    const { created, template } = await saveReformPlanTemplate(c.var.scoped, c.var.principal, {
      input: c.req.valid('json'),
      ifMatch: readIfMatch(c),
    });
    c.header('ETag', etag(template.version));
    return created ? c.json(template, 201) : c.json(template, 200);
  });

  app.openapi(getPlan, async (c) => {
    const { laCode } = c.req.valid('param');
    const { store } = c.var.scoped;
    await requireExistingCouncil(store, laCode);
    const record = await getReformPlan(store, laCode);
    if (!record) throw new NotFoundError('The reform plan');
    c.header('ETag', etag(record.version));
    return c.json(reformPlanView(record), 200);
  });

  app.openapi(putPlan, async (c) => {
    const { laCode } = c.req.valid('param');
    const { created, plan } = await saveReformPlan(c.var.scoped, c.var.principal, {
      laCode,
      content: c.req.valid('json'),
      ifMatch: readIfMatch(c),
    });
    c.header('ETag', etag(plan.version));
    return created ? c.json(plan, 201) : c.json(plan, 200);
  });

  app.openapi(submit, async (c) => {
    const { laCode } = c.req.valid('param');
    const idempotencyKey = requireIdempotencyKey(c);
    const outcome = await submitReformPlan(c.var.scoped, c.var.principal, {
      laCode,
      input: c.req.valid('json'),
      idempotencyKey,
    });
    c.header('ETag', etag(outcome.body.version));
    return c.json(outcome.body, 200);
  });

  app.openapi(review, async (c) => {
    const { laCode } = c.req.valid('param');
    const plan = await reviewReformPlan(c.var.scoped, c.var.principal, {
      laCode,
      input: c.req.valid('json'),
    });
    c.header('ETag', etag(plan.version));
    return c.json(plan, 200);
  });

  app.openapi(history, async (c) => {
    const { laCode } = c.req.valid('param');
    const { store } = c.var.scoped;
    await requireExistingCouncil(store, laCode);
    const items = await listReformPlanHistory(store, laCode);
    if (items.length === 0) throw new NotFoundError('The reform plan');
    const { limit = 50, cursor } = c.req.valid('query');
    return c.json(
      paginate(items, { limit, cursor }, { scope: 'reform-plan-history', pk: councilPk(laCode) }),
      200,
    );
  });
}
