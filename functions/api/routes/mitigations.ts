import { createRoute, type OpenAPIHono } from '../openapi-hono';
import { listReturnMitigations } from '../../../shared/data/returns/list-return-mitigations';
import { mitigationSavings } from '../../../shared/domain';
import { MitigationSavingsList } from '../../../shared/schemas/plan-views';
import type { AppEnv } from '../env';
import { bearer, json, problems } from '../openapi';
import { requireAgreement } from '../require-council';
import { CouncilParams } from './councils';

const list = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/mitigations',
  operationId: 'listMitigations',
  tags: ['Agreement'],
  summary:
    'Each mitigation with its planned savings by year and, per year, the latest submitted savings to date, forecast and RAG; totals by year',
  security: bearer,
  request: { params: CouncilParams },
  responses: { 200: json(MitigationSavingsList, 'Savings by mitigation'), ...problems(401, 404) },
});

export function registerMitigationRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const { laCode } = c.req.valid('param');
    const { store } = c.var.scoped;
    const [agreement, returns] = await Promise.all([
      requireAgreement(store, laCode),
      listReturnMitigations(store, laCode),
    ]);
    return c.json(mitigationSavings(agreement.mitigations ?? [], returns), 200);
  });
}
