import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import * as z from 'zod';
import { CAN } from '../../../shared/auth';
import { listAssessments } from '../../../shared/data/assessments/list-assessments';
import { recordAssessment } from '../../../shared/data/assessments/record-assessment';
import { listReturns } from '../../../shared/data/returns/list-returns';
import { periodProblems } from '../../../shared/domain';
import { Assessment, AssessmentInput } from '../../../shared/schemas/assessment';
import { ConditionView } from '../../../shared/schemas/condition-view';
import { councilPk } from '../../../shared/data/keys';
import { paginate } from '../../../shared/data/paginate';
import { ListQuery } from '../../../shared/schemas/common';
import type { AppEnv } from '../env';
import { requireRole } from '../middleware/require-role';
import { bearer, json, problems } from '../openapi';
import { invalid, notFound } from '../problem';
import { requireAgreement } from '../require-council';
import { conditionViews } from '../views/condition-views';
import { CouncilParams } from './councils';

const list = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/conditions',
  tags: ['Conditions'],
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
  summary: 'Assess a condition for a period (DfE reviewer)',
  security: bearer,
  middleware: [requireRole(CAN.assess)] as const,
  request: {
    params: CouncilParams.extend({ conditionId: z.string().max(64) }),
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
    const input = c.req.valid('json');
    const { store, now } = c.var.scoped;
    const agreement = await requireAgreement(store, laCode);
    if (!agreement.conditions.some((condition) => condition.id === conditionId)) {
      throw notFound(`Condition ${conditionId}`);
    }
    const problemsFound = periodProblems(input.period, agreement);
    if (problemsFound.length > 0) {
      throw invalid(
        `${input.period} is not a reporting period of this agreement.`,
        problemsFound.map((message) => ({ path: 'period', message })),
      );
    }
    const at = now?.() ?? new Date();
    const assessment = await recordAssessment(
      store,
      laCode,
      {
        ...input,
        conditionId,
        assessedAt: at.toISOString(),
        assessedBy: { sub: c.var.principal.sub, role: c.var.principal.role },
      },
      c.var.principal,
      at,
    );
    return c.json(assessment, 201);
  });
}
