import { createRoute, type OpenAPIHono } from '../openapi-hono';
import { recoveryProfile } from '../../../shared/domain';
import { RecoveryProfile } from '../../../shared/schemas/plan-views';
import type { AppEnv } from '../env';
import { bearer, json, problems } from '../openapi';
import { requireAgreement } from '../require-council';
import { CouncilParams } from './councils';

const get = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/agreement/recovery-profile',
  operationId: 'getRecoveryProfile',
  tags: ['Agreement'],
  summary:
    "The DSG recovery profile in the DSG management plan's shape, one row per trajectory year, with whether each year reconciles",
  security: bearer,
  request: { params: CouncilParams },
  responses: { 200: json(RecoveryProfile, 'The recovery profile'), ...problems(401, 404) },
});

export function registerRecoveryProfileRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(get, async (c) => {
    const { laCode } = c.req.valid('param');
    const agreement = await requireAgreement(c.var.scoped.store, laCode);
    return c.json({ items: recoveryProfile(agreement.trajectory, agreement.tranches) }, 200);
  });
}
