import { createRoute, type OpenAPIHono } from '../openapi-hono';
import * as z from 'zod';
import { CAN } from '../../../shared/auth';
import { listAgreementVersions } from '../../../shared/data/agreements/list-agreement-versions';
import { Agreement, AgreementInput } from '../../../shared/schemas/agreement';
import { councilPk } from '../../../shared/data/keys';
import { paginate } from '../../../shared/data/paginate';
import { ListQuery } from '../../../shared/schemas/common';
import type { AppEnv } from '../env';
import { saveAgreement } from '../agreements/save-agreement';
import { IfMatchHeaders, etag, readIfMatch } from '../if-match';
import { requireRole } from '../middleware/require-role';
import { bearer, json, problems } from '../openapi';
import { requireAgreement } from '../require-council';
import { CouncilParams } from './councils';

const put = createRoute({
  method: 'put',
  path: '/api/v1/councils/{laCode}/agreement',
  tags: ['Agreement'],
  operationId: 'saveAgreement',
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
  operationId: 'getAgreement',
  summary: 'The current version of the agreement',
  security: bearer,
  request: { params: CouncilParams },
  responses: { 200: json(Agreement, 'The agreement'), ...problems(401, 404) },
});

const versions = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/agreement/versions',
  tags: ['Agreement'],
  operationId: 'listAgreementVersions',
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
    const { created, agreement } = await saveAgreement(c.var.scoped, c.var.principal, {
      laCode,
      input: c.req.valid('json'),
      ifMatch: readIfMatch(c),
    });
    c.header('ETag', etag(agreement.version));
    return created ? c.json(agreement, 201) : c.json(agreement, 200);
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
