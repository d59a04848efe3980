import { createRoute, type OpenAPIHono } from '../openapi-hono';
import * as z from 'zod';
import { CAN } from '../../../shared/auth';
import { listAllCapitalBids } from '../../../shared/data/capital-bids/list-all-capital-bids';
import { listCapitalBids } from '../../../shared/data/capital-bids/list-capital-bids';
import { collections, councilPk } from '../../../shared/data/keys';
import { paginate } from '../../../shared/data/paginate';
import { queryCollection } from '../../../shared/data/query-collection';
import {
  CapitalBid,
  CapitalBidInput,
  CapitalBidQuery,
  CapitalBidSummary,
  CapitalDecisionInput,
  CapitalId,
  SchemeProgressInput,
} from '../../../shared/schemas/capital-bid';
import type { Store } from '../../../shared/data/client';
import { capitalBidDetail, capitalBidSummary } from '../capital-bids/capital-bid-views';
import { capitalBidsWorkbook, XLSX_TYPE } from '../capital-bids/capital-bids-workbook';
import { decideCapitalBid } from '../capital-bids/decide-capital-bid';
import { recordSchemeProgress } from '../capital-bids/record-scheme-progress';
import { requireBid, requireCapitalCouncil } from '../capital-bids/require-bid';
import { saveCapitalBid } from '../capital-bids/save-capital-bid';
import type { AppEnv } from '../env';
import { IfMatchHeaders, etag, readIfMatch } from '../if-match';
import { requireRole } from '../middleware/require-role';
import { bearer, json, problems } from '../openapi';
import { CouncilParams } from './councils';

const BidParams = CouncilParams.extend({ bidId: CapitalId });
const SchemeParams = BidParams.extend({ schemeId: CapitalId });
const CouncilBidQuery = CapitalBidQuery.omit({ status: true });

const AcrossCouncilsItem = CapitalBidSummary.extend({ councilName: z.string() }).meta({
  id: 'CapitalBidAcrossCouncils',
});

const TAGS = ['Capital bids'];

const list = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/capital-bids',
  operationId: 'listCapitalBids',
  tags: TAGS,
  summary: "The council's capital bids for specialist places, with places planned and delivered",
  security: bearer,
  request: { params: CouncilParams, query: CouncilBidQuery },
  responses: {
    200: json(
      z
        .object({ items: z.array(CapitalBidSummary), nextCursor: z.string().nullable() })
        .meta({ id: 'CapitalBidPage' }),
      'Capital bids',
    ),
    ...problems(400, 401, 404),
  },
});

const get = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/capital-bids/{bidId}',
  operationId: 'getCapitalBid',
  tags: TAGS,
  summary: 'One capital bid with its version, decision and schemes',
  security: bearer,
  request: { params: BidParams },
  responses: { 200: json(CapitalBid, 'The bid'), ...problems(401, 404) },
});

const put = createRoute({
  method: 'put',
  path: '/api/v1/councils/{laCode}/capital-bids/{bidId}',
  operationId: 'saveCapitalBid',
  tags: TAGS,
  summary:
    'Enter or change a capital bid with its schemes (council editor or approver); changing needs If-Match; 409 once DfE has decided',
  security: bearer,
  middleware: [requireRole(CAN.editCapitalBid)] as const,
  request: {
    params: BidParams,
    headers: IfMatchHeaders,
    body: { required: true, content: { 'application/json': { schema: CapitalBidInput } } },
  },
  responses: {
    200: json(CapitalBid, 'The saved bid'),
    201: json(CapitalBid, 'The new bid'),
    ...problems(400, 401, 403, 404, 409, 412, 413, 422, 428),
  },
});

const decide = createRoute({
  method: 'post',
  path: '/api/v1/councils/{laCode}/capital-bids/{bidId}/decision',
  operationId: 'decideCapitalBid',
  tags: TAGS,
  summary:
    "DfE's decision on a submitted bid, with its support for each scheme (DfE admin); once per bid",
  security: bearer,
  middleware: [requireRole(CAN.decideCapitalBid)] as const,
  request: {
    params: BidParams,
    headers: IfMatchHeaders,
    body: { required: true, content: { 'application/json': { schema: CapitalDecisionInput } } },
  },
  responses: {
    200: json(CapitalBid, 'The bid, awarded or refused'),
    ...problems(400, 401, 403, 404, 409, 412, 413, 422),
  },
});

const progress = createRoute({
  method: 'put',
  path: '/api/v1/councils/{laCode}/capital-bids/{bidId}/schemes/{schemeId}/progress',
  operationId: 'recordSchemeProgress',
  tags: TAGS,
  summary:
    "Record a scheme's delivery: planned, in progress, open (with places delivered and the day it opened) or cancelled (council editor or approver); needs If-Match with the bid's version",
  security: bearer,
  middleware: [requireRole(CAN.editCapitalBid)] as const,
  request: {
    params: SchemeParams,
    headers: IfMatchHeaders,
    body: { required: true, content: { 'application/json': { schema: SchemeProgressInput } } },
  },
  responses: {
    200: json(CapitalBid, 'The bid with the scheme recorded'),
    ...problems(400, 401, 403, 404, 409, 412, 413, 422, 428),
  },
});

const acrossCouncils = createRoute({
  method: 'get',
  path: '/api/v1/capital-bids',
  operationId: 'listAllCapitalBids',
  tags: TAGS,
  summary: "Every council's capital bids, of one status or all (DfE)",
  security: bearer,
  middleware: [requireRole(CAN.acrossCouncils)] as const,
  request: { query: CapitalBidQuery },
  responses: {
    200: json(
      z
        .object({ items: z.array(AcrossCouncilsItem), nextCursor: z.string().nullable() })
        .meta({ id: 'CapitalBidsAcrossCouncils' }),
      'Capital bids',
    ),
    ...problems(400, 401, 403),
  },
});

const acrossCouncilsXlsx = createRoute({
  method: 'get',
  path: '/api/v1/capital-bids.xlsx',
  operationId: 'exportCapitalBids',
  tags: TAGS,
  summary:
    "Every council's capital bids as a spreadsheet: a sheet of bids and one of schemes (DfE)",
  security: bearer,
  middleware: [requireRole(CAN.acrossCouncils)] as const,
  request: { query: CapitalBidQuery.pick({ status: true }) },
  responses: {
    200: {
      description: 'The spreadsheet',
      content: { [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } } },
    },
    ...problems(400, 401, 403),
  },
});

/** Every council's bids with the council's name: two queries whatever the number of councils. */
async function bidsAcrossCouncils(store: Store, status: CapitalBidSummary['status'] | undefined) {
  const [records, councils] = await Promise.all([
    listAllCapitalBids(store, status),
    queryCollection<{ laCode: string; name: string }>(store, collections.councils, [
      'laCode',
      'name',
    ]),
  ]);
  const names = new Map(councils.map((c) => [c.laCode, c.name]));
  return records.map((record) => ({
    ...capitalBidSummary(record),
    councilName: names.get(record.laCode) ?? record.laCode,
  }));
}

export function registerCapitalBidRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const { laCode } = c.req.valid('param');
    const { store } = c.var.scoped;
    const [records] = await Promise.all([
      listCapitalBids(store, laCode),
      requireCapitalCouncil(store, laCode),
    ]);
    const { limit = 50, cursor } = c.req.valid('query');
    return c.json(
      paginate(
        records.map(capitalBidSummary),
        { limit, cursor },
        { scope: 'capital-bids', pk: councilPk(laCode) },
      ),
      200,
    );
  });

  app.openapi(get, async (c) => {
    const { laCode, bidId } = c.req.valid('param');
    const record = await requireBid(c.var.scoped.store, laCode, bidId);
    c.header('ETag', etag(record.version));
    return c.json(capitalBidDetail(record), 200);
  });

  app.openapi(put, async (c) => {
    const { laCode, bidId } = c.req.valid('param');
    const { created, bid } = await saveCapitalBid(c.var.scoped, c.var.principal, {
      laCode,
      bidId,
      bid: c.req.valid('json'),
      ifMatch: readIfMatch(c),
    });
    c.header('ETag', etag(bid.version));
    return created ? c.json(bid, 201) : c.json(bid, 200);
  });

  app.openapi(decide, async (c) => {
    const { laCode, bidId } = c.req.valid('param');
    const bid = await decideCapitalBid(c.var.scoped, c.var.principal, {
      laCode,
      bidId,
      decision: c.req.valid('json'),
      ifMatch: readIfMatch(c),
    });
    c.header('ETag', etag(bid.version));
    return c.json(bid, 200);
  });

  app.openapi(progress, async (c) => {
    const { laCode, bidId, schemeId } = c.req.valid('param');
    const bid = await recordSchemeProgress(c.var.scoped, c.var.principal, {
      laCode,
      bidId,
      schemeId,
      progress: c.req.valid('json'),
      ifMatch: readIfMatch(c),
    });
    c.header('ETag', etag(bid.version));
    return c.json(bid, 200);
  });

  app.openapi(acrossCouncils, async (c) => {
    const { status, limit = 50, cursor } = c.req.valid('query');
    const items = await bidsAcrossCouncils(c.var.scoped.store, status);
    return c.json(
      paginate(items, { limit, cursor }, { scope: `capital-bids ${status ?? 'all'}` }),
      200,
    );
  });

  app.openapi(acrossCouncilsXlsx, async (c) => {
    const { status } = c.req.valid('query');
    const items = await bidsAcrossCouncils(c.var.scoped.store, status);
    const file = await capitalBidsWorkbook(items);
    return c.body(new Uint8Array(file), 200, {
      'Content-Type': XLSX_TYPE,
      'Content-Disposition': `attachment; filename="capital-bids${status ? `-${status}` : ''}.xlsx"`,
    });
  });
}
