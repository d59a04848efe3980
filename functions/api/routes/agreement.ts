import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import * as z from 'zod';
import { CAN } from '../../../shared/auth';
import { getAgreement } from '../../../shared/data/agreements/get-agreement';
import { listAgreementVersions } from '../../../shared/data/agreements/list-agreement-versions';
import { saveAgreement } from '../../../shared/data/agreements/save-agreement';
import { ConditionFailedError } from '../../../shared/data/errors';
import { listTrancheRecords } from '../../../shared/data/tranches/list-tranche-records';
import { checkAgreement, checkVariation } from '../../../shared/domain';
import { Agreement, AgreementInput } from '../../../shared/schemas/agreement';
import { councilPk } from '../../../shared/data/keys';
import { paginate } from '../../../shared/data/paginate';
import { ListQuery } from '../../../shared/schemas/common';
import type { AppEnv } from '../env';
import { IfMatchHeaders, checkIfMatch, etag } from '../if-match';
import { requireRole } from '../middleware/require-role';
import { bearer, json, problems } from '../openapi';
import { ApiError, invalid } from '../problem';
import { requireAgreement, requireCouncil } from '../require-council';
import { CouncilParams } from './councils';

const put = createRoute({
  method: 'put',
  path: '/api/v1/councils/{laCode}/agreement',
  tags: ['Agreement'],
  summary:
    'Record the agreement (version 1), or a variation of it (a new version) with If-Match and a reason',
  security: bearer,
  middleware: [requireRole(CAN.administer)] as const,
  request: {
    params: CouncilParams,
    headers: IfMatchHeaders,
    body: { required: true, content: { 'application/json': { schema: AgreementInput } } },
  },
  responses: {
    200: json(Agreement, 'The new version (a variation)'),
    201: json(Agreement, 'Version 1'),
    ...problems(400, 401, 403, 404, 409, 412, 413, 422, 428),
  },
});

const get = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/agreement',
  tags: ['Agreement'],
  summary: 'The current version of the agreement',
  security: bearer,
  request: { params: CouncilParams },
  responses: { 200: json(Agreement, 'The agreement'), ...problems(401, 404) },
});

const versions = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/agreement/versions',
  tags: ['Agreement'],
  summary: 'Every version of the agreement, newest first, with who made it, when and why',
  security: bearer,
  request: { params: CouncilParams, query: ListQuery },
  responses: {
    200: json(
      z
        .object({ items: z.array(Agreement), nextCursor: z.string().nullable() })
        .meta({ id: 'AgreementVersions' }),
      'Versions',
    ),
    ...problems(401, 404),
  },
});

export function registerAgreementRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(put, async (c) => {
    const { laCode } = c.req.valid('param');
    const input = c.req.valid('json');
    const { store, now } = c.var.scoped;
    await requireCouncil(store, laCode);

    const errors = checkAgreement(input);
    if (errors.length > 0) throw invalid('The agreement is not valid.', errors);

    const previous = await getAgreement(store, laCode);
    checkIfMatch(c, previous?.version);
    if (previous) {
      if (!input.reason) {
        throw invalid('A variation needs a reason.', [
          { path: 'reason', message: 'is required for a variation' },
        ]);
      }
      const records = await listTrancheRecords(store, laCode);
      const statuses = Object.fromEntries([...records].map(([id, r]) => [id, r.status]));
      const variation = checkVariation(previous, input, statuses);
      if (variation.locked.length > 0) {
        throw new ApiError(
          409,
          `Released tranches are final: ${variation.locked.map((l) => l.message).join('; ')}.`,
          variation.locked.map((l) => ({ path: `tranches.${l.id}`, message: l.message })),
        );
      }
      if (variation.errors.length > 0)
        throw invalid('The variation is not allowed.', variation.errors);
    }

    try {
      const saved = await saveAgreement(store, laCode, input, c.var.principal, previous, now?.());
      c.header('ETag', etag(saved.version));
      return previous ? c.json(saved, 200) : c.json(saved, 201);
    } catch (error) {
      if (error instanceof ConditionFailedError) {
        throw new ApiError(
          412,
          'Someone else saved a version of this agreement at the same time. Reload and try again.',
        );
      }
      throw error;
    }
  });

  app.openapi(get, async (c) => {
    const { laCode } = c.req.valid('param');
    const agreement = await requireAgreement(c.var.scoped.store, laCode);
    c.header('ETag', etag(agreement.version));
    return c.json(agreement, 200);
  });

  app.openapi(versions, async (c) => {
    const { laCode } = c.req.valid('param');
    const { store } = c.var.scoped;
    await requireAgreement(store, laCode);
    const { limit = 50, cursor } = c.req.valid('query');
    const versions = await listAgreementVersions(store, laCode);
    return c.json(
      paginate(versions, { limit, cursor }, { scope: 'agreement-versions', pk: councilPk(laCode) }),
      200,
    );
  });
}
