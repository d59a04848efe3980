import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import * as z from 'zod';
import { CAN } from '../../../shared/auth';
import { listAssessments } from '../../../shared/data/assessments/list-assessments';
import { ConditionFailedError } from '../../../shared/data/errors';
import { listTrancheRecords } from '../../../shared/data/tranches/list-tranche-records';
import { recordTrancheDecision } from '../../../shared/data/tranches/record-tranche-decision';
import { decideTranche } from '../../../shared/domain';
import { TrancheDecisionInput } from '../../../shared/schemas/agreement';
import { TrancheView } from '../../../shared/schemas/tranche';
import { councilPk } from '../../../shared/data/keys';
import { paginate } from '../../../shared/data/paginate';
import { ListQuery } from '../../../shared/schemas/common';
import type { AppEnv } from '../env';
import { requireRole } from '../middleware/require-role';
import { bearer, json, problems } from '../openapi';
import { ApiError, conflict, invalid, notFound } from '../problem';
import { requireAgreement } from '../require-council';
import { latestAssessmentByCondition } from '../../../shared/domain/latest-assessments';
import { trancheViews } from '../views/tranche-views';
import { CouncilParams } from './councils';

const TrancheParams = CouncilParams.extend({ id: z.string().max(64) });

const list = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/tranches',
  tags: ['Tranches'],
  summary: "The agreement's payment tranches with their status and every decision",
  security: bearer,
  request: { params: CouncilParams, query: ListQuery },
  responses: {
    200: json(
      z
        .object({ items: z.array(TrancheView), nextCursor: z.string().nullable() })
        .meta({ id: 'TranchePage' }),
      'Tranches',
    ),
    ...problems(401, 404),
  },
});

const decide = createRoute({
  method: 'post',
  path: '/api/v1/councils/{laCode}/tranches/{id}/decision',
  tags: ['Tranches'],
  summary:
    'Release, withhold or suspend a tranche (DfE admin). Release is refused while a linked condition is at risk, not met or unassessed, unless override is set with a reason.',
  security: bearer,
  middleware: [requireRole(CAN.administer)] as const,
  request: {
    params: TrancheParams,
    body: { required: true, content: { 'application/json': { schema: TrancheDecisionInput } } },
  },
  responses: {
    200: json(TrancheView, 'The tranche after the decision'),
    ...problems(400, 401, 403, 404, 409, 413, 422),
  },
});

export function registerTrancheRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const { laCode } = c.req.valid('param');
    const { store } = c.var.scoped;
    const agreement = await requireAgreement(store, laCode);
    const records = await listTrancheRecords(store, laCode);
    const { limit = 50, cursor } = c.req.valid('query');
    return c.json(
      paginate(
        trancheViews(agreement, records),
        { limit, cursor },
        { scope: 'tranches', pk: councilPk(laCode) },
      ),
      200,
    );
  });

  app.openapi(decide, async (c) => {
    const { laCode, id } = c.req.valid('param');
    const input = c.req.valid('json');
    const { store, now } = c.var.scoped;
    const agreement = await requireAgreement(store, laCode);
    const tranche = agreement.tranches.find((t) => t.id === id);
    if (!tranche) throw notFound(`Tranche ${id}`);

    const [records, assessments] = await Promise.all([
      listTrancheRecords(store, laCode),
      listAssessments(store, laCode),
    ]);
    const previous = records.get(id);
    const current = previous ?? { status: 'scheduled' as const, backPaid: false };
    const outcome = decideTranche(current, input, {
      conditionIds: tranche.conditionIds,
      latestAssessments: Object.fromEntries(
        [...latestAssessmentByCondition(assessments)].map(([conditionId, a]) => [
          conditionId,
          a.status,
        ]),
      ),
    });
    if (!outcome.ok) {
      const { error } = outcome;
      if (error.kind === 'reason-required') {
        throw invalid(error.message, [{ path: 'reason', message: 'is required with override' }]);
      }
      if (error.kind === 'conditions-blocking') {
        throw new ApiError(
          409,
          error.message,
          error.conditionIds.map((conditionId) => ({
            path: `conditions.${conditionId}`,
            message: 'is at risk, not met or not yet assessed by DfE',
          })),
        );
      }
      throw conflict(error.message);
    }

    const at = (now?.() ?? new Date()).toISOString();
    try {
      const record = await recordTrancheDecision(
        store,
        laCode,
        previous,
        { trancheId: id, ...outcome.state },
        {
          decision: input.decision,
          reason: input.reason,
          override: input.override ?? false,
          overriddenConditionIds: outcome.overriddenConditionIds,
          from: current.status,
          to: outcome.state.status,
          decidedAt: at,
          decidedBy: { sub: c.var.principal.sub, role: c.var.principal.role },
        },
        c.var.principal,
        new Date(at),
      );
      return c.json(
        {
          ...tranche,
          status: record.status,
          backPaid: record.backPaid,
          decisions: record.decisions,
        },
        200,
      );
    } catch (error) {
      if (error instanceof ConditionFailedError) {
        throw conflict(
          'Someone else decided on this tranche at the same time. Reload to see their decision.',
        );
      }
      throw error;
    }
  });
}
