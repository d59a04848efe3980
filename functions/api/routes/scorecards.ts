import { createRoute, type OpenAPIHono } from '../openapi-hono';
import * as z from 'zod';
import { CAN } from '../../../shared/auth';
import {
  Comparator,
  ComparatorInput,
  MeasureKey,
  MeasureList,
  Month,
  ScorecardInput,
  ScorecardMonth,
  ScorecardMonthInput,
  ScorecardQuery,
  ScorecardView,
  ScorecardUnit,
  BetterDirection,
  MonthTarget,
} from '../../../shared/schemas/scorecard';
import { Actor } from '../../../shared/schemas/agreement';
import { LaCode, Timestamp } from '../../../shared/schemas/common';
import type { AppEnv } from '../env';
import { IfMatchHeaders, etag, readIfMatch } from '../if-match';
import { requireRole } from '../middleware/require-role';
import { bearer, json, problems } from '../openapi';
import { listMeasures } from '../scorecards/list-measures';
import { publishComparator } from '../scorecards/publish-comparator';
import { readScorecard } from '../scorecards/read-scorecard';
import { readScorecardMonth } from '../scorecards/read-scorecard-month';
import { saveScorecard } from '../scorecards/save-scorecard';
import { saveScorecardMonth } from '../scorecards/save-scorecard-month';
import { CouncilParams } from './councils';

const MonthParams = CouncilParams.extend({ month: Month });
const ComparatorParams = z.object({ key: MeasureKey, month: Month });

const ScorecardDefinition = z
  .object({
    laCode: LaCode,
    version: z.number().int(),
    measures: z.array(
      z.object({
        key: MeasureKey,
        title: z.string(),
        unit: ScorecardUnit,
        better: BetterDirection,
        description: z.string().optional(),
        local: z.boolean(),
        targets: z.array(MonthTarget),
      }),
    ),
    updatedAt: Timestamp,
    updatedBy: Actor,
  })
  .meta({ id: 'ScorecardDefinition' });

const measures = createRoute({
  method: 'get',
  path: '/api/v1/measures',
  operationId: 'listMeasures',
  tags: ['Scorecard'],
  summary: 'The standard measure catalogue councils choose scorecard measures from',
  security: bearer,
  responses: { 200: json(MeasureList, 'The catalogue'), ...problems(401) },
});

const putScorecard = createRoute({
  method: 'put',
  path: '/api/v1/councils/{laCode}/scorecard',
  operationId: 'saveScorecard',
  tags: ['Scorecard'],
  summary:
    "Choose the council's scorecard measures and targets (council editor or approver); changing needs If-Match",
  security: bearer,
  middleware: [requireRole(CAN.editReturn)] as const,
  request: {
    params: CouncilParams,
    headers: IfMatchHeaders,
    body: { required: true, content: { 'application/json': { schema: ScorecardInput } } },
  },
  responses: {
    200: json(ScorecardDefinition, 'The saved scorecard'),
    201: json(ScorecardDefinition, 'The new scorecard'),
    ...problems(400, 401, 403, 404, 412, 413, 422, 428),
  },
});

const getScorecard = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/scorecard',
  operationId: 'readScorecard',
  tags: ['Scorecard'],
  summary:
    'The scorecard over a range of months: each measure with figures, targets, comparators, latest and trend',
  security: bearer,
  request: { params: CouncilParams, query: ScorecardQuery },
  responses: { 200: json(ScorecardView, 'The scorecard'), ...problems(400, 401, 404) },
});

const putMonth = createRoute({
  method: 'put',
  path: '/api/v1/councils/{laCode}/scorecard/months/{month}',
  operationId: 'saveScorecardMonth',
  tags: ['Scorecard'],
  summary:
    "Save a month's figures (council editor or approver); changing saved figures needs If-Match",
  security: bearer,
  middleware: [requireRole(CAN.editReturn)] as const,
  request: {
    params: MonthParams,
    headers: IfMatchHeaders,
    body: { required: true, content: { 'application/json': { schema: ScorecardMonthInput } } },
  },
  responses: {
    200: json(ScorecardMonth, 'The saved figures'),
    201: json(ScorecardMonth, 'The first figures for the month'),
    ...problems(400, 401, 403, 404, 412, 413, 422, 428),
  },
});

const getMonth = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/scorecard/months/{month}',
  operationId: 'readScorecardMonth',
  tags: ['Scorecard'],
  summary: "A month's figures (404 before the month's first save)",
  security: bearer,
  request: { params: MonthParams },
  responses: { 200: json(ScorecardMonth, 'The figures'), ...problems(401, 404) },
});

const putComparator = createRoute({
  method: 'put',
  path: '/api/v1/comparators/{key}/{month}',
  operationId: 'publishComparator',
  tags: ['Scorecard'],
  summary:
    "Record a catalogue measure's published comparators for a month, with their source (DfE admin)",
  security: bearer,
  middleware: [requireRole(CAN.administer)] as const,
  request: {
    params: ComparatorParams,
    headers: IfMatchHeaders,
    body: { required: true, content: { 'application/json': { schema: ComparatorInput } } },
  },
  responses: {
    200: json(Comparator, 'The comparators, replaced'),
    201: json(Comparator, 'The comparators, recorded'),
    ...problems(400, 401, 403, 404, 412, 413, 422),
  },
});

export function registerScorecardRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(measures, (c) => c.json(listMeasures(), 200));

  app.openapi(putScorecard, async (c) => {
    const { laCode } = c.req.valid('param');
    const { created, scorecard } = await saveScorecard(c.var.scoped, c.var.principal, {
      laCode,
      input: c.req.valid('json'),
      ifMatch: readIfMatch(c),
    });
    c.header('ETag', etag(scorecard.version));
    return created ? c.json(scorecard, 201) : c.json(scorecard, 200);
  });

  app.openapi(getScorecard, async (c) => {
    const { laCode } = c.req.valid('param');
    const view = await readScorecard(c.var.scoped, c.var.principal, {
      laCode,
      ...c.req.valid('query'),
    });
    c.header('ETag', etag(view.version));
    return c.json(view, 200);
  });

  app.openapi(putMonth, async (c) => {
    const { laCode, month } = c.req.valid('param');
    const saved = await saveScorecardMonth(c.var.scoped, c.var.principal, {
      laCode,
      month,
      input: c.req.valid('json'),
      ifMatch: readIfMatch(c),
    });
    c.header('ETag', etag(saved.month.version));
    return saved.created ? c.json(saved.month, 201) : c.json(saved.month, 200);
  });

  app.openapi(getMonth, async (c) => {
    const month = await readScorecardMonth(c.var.scoped, c.var.principal, c.req.valid('param'));
    c.header('ETag', etag(month.version));
    return c.json(month, 200);
  });

  app.openapi(putComparator, async (c) => {
    const { key, month } = c.req.valid('param');
    const saved = await publishComparator(c.var.scoped, c.var.principal, {
      key,
      month,
      input: c.req.valid('json'),
      ifMatch: readIfMatch(c),
    });
    c.header('ETag', etag(saved.comparator.version));
    return saved.created ? c.json(saved.comparator, 201) : c.json(saved.comparator, 200);
  });
}
