import { createRoute, type OpenAPIHono } from '../openapi-hono';
import * as z from 'zod';
import { CAN } from '../../../shared/auth';
import { listAssessments } from '../../../shared/data/assessments/list-assessments';
import { listReturns } from '../../../shared/data/returns/list-returns';
import { Assessment, AssessmentInput } from '../../../shared/schemas/assessment';
import { ConditionView } from '../../../shared/schemas/condition-view';
import { councilPk } from '../../../shared/data/keys';
import { paginate } from '../../../shared/data/paginate';
import { ClientId, ListQuery } from '../../../shared/schemas/common';
import type { AppEnv } from '../env';
import { requireRole } from '../middleware/require-role';
import { bearer, json, problems } from '../openapi';
import { assessCondition } from '../conditions/assess-condition';
import { requireAgreement } from '../require-council';
import { conditionViews } from '../views/condition-views';
import { CouncilParams } from './councils';

const list = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/conditions',
  tags: ['Conditions'],
  operationId: 'listConditions',
  summary:
    "Each condition of the agreement with the council's latest status, DfE's latest assessment, and the history of both by period",
  security: bearer,
  request: { params: CouncilParams, query: ListQuery },
  responses: {
    200: json(
      z
        .object({ items: z.array(ConditionView), nextCursor: z.string().nullable() })
        .meta({ id: 'ConditionPage' }),
      'Conditions',
    ),
    ...problems(401, 404),
  },
});

const assess = createRoute({
  method: 'post',
  path: '/api/v1/councils/{laCode}/conditions/{conditionId}/assessments',
  tags: ['Conditions'],
  operationId: 'assessCondition',
  summary: 'Assess a condition for a period (DfE reviewer)',
  security: bearer,
  middleware: [requireRole(CAN.assess)] as const,
  request: {
    params: CouncilParams.extend({ conditionId: ClientId }),
    body: { required: true, content: { 'application/json': { schema: AssessmentInput } } },
  },
  responses: { 201: json(Assessment, 'The assessment'), ...problems(400, 401, 403, 404, 413, 422) },
});

export function registerConditionRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const { laCode } = c.req.valid('param');
    const { limit = 50, cursor } = c.req.valid('query');
    const { store } = c.var.scoped;
    const [agreement, returns, assessments] = await Promise.all([
      requireAgreement(store, laCode),
      listReturns(store, laCode),
      listAssessments(store, laCode),
    ]);
    return c.json(
      paginate(
        conditionViews(agreement, returns, assessments),
        { limit, cursor },
        { scope: 'conditions', pk: councilPk(laCode) },
      ),
      200,
    );
  });

  app.openapi(assess, async (c) => {
    const { laCode, conditionId } = c.req.valid('param');
    const assessment = await assessCondition(c.var.scoped, c.var.principal, {
      laCode,
      conditionId,
      input: c.req.valid('json'),
    });
    return c.json(assessment, 201);
  });
}
