import { createRoute, type OpenAPIHono } from '../openapi-hono';
import * as z from 'zod';
import { CAN } from '../../../shared/auth';
import { getReturn } from '../../../shared/data/returns/get-return';
import { listReturnHistory } from '../../../shared/data/returns/list-return-history';
import { listReturnSummaries } from '../../../shared/data/returns/list-return-summaries';
import type { ReturnRecord } from '../../../shared/data/returns/return-record';
import { canEditReturn, comparePeriods, NotFoundError } from '../../../shared/domain';
import { Actor } from '../../../shared/schemas/agreement';
import { Timestamp, ListQuery } from '../../../shared/schemas/common';
import {
  Period,
  ReturnDetail,
  ReturnDraft,
  ReturnStatus,
  ReturnSummary,
  Review,
  ReviewInput,
  SignOff,
  SubmitReturnInput,
} from '../../../shared/schemas/return-content';
import { councilPk } from '../../../shared/data/keys';
import { paginate } from '../../../shared/data/paginate';
import type { AppEnv } from '../env';
import { IfMatchHeaders, etag, readIfMatch } from '../if-match';
import { requireRole } from '../middleware/require-role';
import { bearer, json, problems } from '../openapi';
import { ApiError } from '../problem';
import { requireAgreement } from '../require-council';
import { returnDetail, returnSummary } from '../returns/return-views';
import { markReadyForSignOff } from '../returns/mark-ready-for-sign-off';
import { prefillReturn } from '../returns/prefill-return';
import { reviewReturn } from '../returns/review-return';
import { saveDraft } from '../returns/save-draft';
import { submitReturn } from '../returns/submit-return';
import { XLSX_TYPE, isWorkbook } from '../files/file-response';
import { readReturnWorkbook } from '../files/read-return-workbook';
import { CouncilParams } from './councils';

const ReturnParams = CouncilParams.extend({ period: Period });

const HistoryEntry = z
  .object({
    version: z.number().int(),
    action: z.enum(['saved', 'ready', 'submitted', 'returned', 'accepted']),
    status: ReturnStatus,
    at: Timestamp,
    actor: Actor,
    content: ReturnDraft.optional(),
    signOff: SignOff.optional(),
    review: Review.optional(),
  })
  .meta({ id: 'ReturnHistoryEntry' });

const IdempotencyHeaders = z.object({
  'idempotency-key': z.string().optional().meta({
    description: 'Required: a unique key per submission (1–200 letters, digits, - _ : .)',
  }),
});

const list = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/returns',
  tags: ['Returns'],
  operationId: 'listReturns',
  summary: "The council's returns, in period order, with due dates and lateness",
  security: bearer,
  request: {
    params: CouncilParams,
    query: ListQuery.extend({
      ready: z.enum(['true', 'false']).optional().meta({
        description:
          '`true`: only the returns waiting for sign-off (marked ready and not yet submitted); `false`: the others',
      }),
    }),
  },
  responses: {
    200: json(
      z
        .object({ items: z.array(ReturnSummary), nextCursor: z.string().nullable() })
        .meta({ id: 'ReturnPage' }),
      'Returns',
    ),
    ...problems(401, 404),
  },
});

const get = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/returns/{period}',
  tags: ['Returns'],
  operationId: 'getReturn',
  summary: 'One return with its content, sign-off and review',
  security: bearer,
  request: { params: ReturnParams },
  responses: { 200: json(ReturnDetail, 'The return'), ...problems(401, 404) },
});

const put = createRoute({
  method: 'put',
  path: '/api/v1/councils/{laCode}/returns/{period}',
  tags: ['Returns'],
  operationId: 'saveDraft',
  summary: 'Save a draft (council editor or approver); updating needs If-Match with the version',
  security: bearer,
  middleware: [requireRole(CAN.editReturn)] as const,
  request: {
    params: ReturnParams,
    headers: IfMatchHeaders,
    body: {
      // Required in practice: the app refuses a write without a JSON or workbook body.
      required: false,
      description:
        'The draft as JSON, or the return template workbook filled in (errors then carry `cell`)',
      content: {
        'application/json': { schema: ReturnDraft },
        [XLSX_TYPE]: { schema: z.string().meta({ format: 'binary' }) },
      },
    },
  },
  responses: {
    200: json(ReturnDetail, 'The saved draft'),
    201: json(ReturnDetail, 'The new draft'),
    ...problems(400, 401, 403, 404, 409, 412, 413, 422, 428),
  },
});

const submit = createRoute({
  method: 'post',
  path: '/api/v1/councils/{laCode}/returns/{period}/submit',
  tags: ['Returns'],
  operationId: 'submitReturn',
  summary: 'Sign off and submit the return (council approver); idempotent by Idempotency-Key',
  security: bearer,
  middleware: [requireRole(CAN.submitReturn)] as const,
  request: {
    params: ReturnParams,
    headers: IdempotencyHeaders,
    body: { required: true, content: { 'application/json': { schema: SubmitReturnInput } } },
  },
  responses: {
    200: json(ReturnDetail, 'The submitted return (the same response for a repeat of the key)'),
    ...problems(400, 401, 403, 404, 409, 413, 422),
  },
});

const review = createRoute({
  method: 'post',
  path: '/api/v1/councils/{laCode}/returns/{period}/review',
  tags: ['Returns'],
  operationId: 'reviewReturn',
  summary: 'Accept a submitted return, or return it with comments (DfE reviewer)',
  security: bearer,
  middleware: [requireRole(CAN.review)] as const,
  request: {
    params: ReturnParams,
    body: { required: true, content: { 'application/json': { schema: ReviewInput } } },
  },
  responses: {
    200: json(ReturnDetail, 'The reviewed return'),
    ...problems(400, 401, 403, 404, 409, 413, 422),
  },
});

const history = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/returns/{period}/history',
  tags: ['Returns'],
  operationId: 'listReturnHistory',
  summary: 'Every saved version and status change of the return, newest first',
  security: bearer,
  request: { params: ReturnParams, query: ListQuery },
  responses: {
    200: json(
      z
        .object({ items: z.array(HistoryEntry), nextCursor: z.string().nullable() })
        .meta({ id: 'ReturnHistory' }),
      'History',
    ),
    ...problems(401, 404),
  },
});

const prefill = createRoute({
  method: 'get',
  path: '/api/v1/councils/{laCode}/returns/{period}/prefill',
  tags: ['Returns'],
  operationId: 'prefillReturn',
  summary:
    'Content for a new draft: conditions (with their statements), workstreams, risks and mitigations of the latest submitted return before the period, figures left out',
  security: bearer,
  request: { params: ReturnParams },
  responses: {
    200: json(
      ReturnDraft,
      'The content to start the draft from (empty when nothing was submitted before)',
    ),
    ...problems(401, 404),
  },
});

const ready = createRoute({
  method: 'post',
  path: '/api/v1/councils/{laCode}/returns/{period}/ready',
  tags: ['Returns'],
  operationId: 'markReadyForSignOff',
  summary:
    'Send a draft or returned return for sign-off (council editor); any later edit clears it. If-Match optional',
  security: bearer,
  middleware: [requireRole(CAN.editReturn)] as const,
  request: {
    params: ReturnParams,
    headers: IfMatchHeaders,
    // Like every write, a JSON body: here an empty object, nothing to say but the act.
    body: {
      required: true,
      content: {
        'application/json': { schema: z.strictObject({}).meta({ id: 'ReadyForSignOffInput' }) },
      },
    },
  },
  responses: {
    200: json(ReturnDetail, 'The return, with readyForSignOff'),
    ...problems(400, 401, 403, 404, 409, 412, 413, 415, 422),
  },
});

/** Marked ready and still editable: submitting clears the mark, so this is belt and braces. */
function waitsForSignOff(record: Pick<ReturnRecord, 'readyForSignOff' | 'status'>): boolean {
  return record.readyForSignOff !== undefined && canEditReturn(record.status);
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_:.-]{1,200}$/;

export function registerReturnRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const { laCode } = c.req.valid('param');
    const { store, now } = c.var.scoped;
    const [agreement, records] = await Promise.all([
      requireAgreement(store, laCode),
      listReturnSummaries(store, laCode),
    ]);
    const at = now();
    const { limit = 50, cursor, ready: readyFilter } = c.req.valid('query');
    const items = records
      .filter((r) => readyFilter === undefined || waitsForSignOff(r) === (readyFilter === 'true'))
      .sort((a, b) => comparePeriods(a.period, b.period))
      .map((r) => returnSummary(r, agreement, at));
    const scope = readyFilter === undefined ? 'returns' : `returns ready=${readyFilter}`;
    return c.json(paginate(items, { limit, cursor }, { scope, pk: councilPk(laCode) }), 200);
  });

  app.openapi(get, async (c) => {
    const { laCode, period } = c.req.valid('param');
    const { store, now } = c.var.scoped;
    const [agreement, record] = await Promise.all([
      requireAgreement(store, laCode),
      getReturn(store, laCode, period),
    ]);
    if (!record) throw new NotFoundError(`A return for ${period}`);
    c.header('ETag', etag(record.version));
    return c.json(returnDetail(record, agreement, now()), 200);
  });

  app.openapi(put, async (c) => {
    const { laCode, period } = c.req.valid('param');
    const { created, detail } = await saveDraft(c.var.scoped, c.var.principal, {
      laCode,
      period,
      content: isWorkbook(c.req.header('Content-Type'))
        ? await readReturnWorkbook(await c.req.arrayBuffer(), { laCode, period })
        : // Only the JSON body is validated as a draft; the workbook's type is its bytes.
          (c.req.valid('json') as ReturnDraft),
      ifMatch: readIfMatch(c),
    });
    c.header('ETag', etag(detail.version));
    return created ? c.json(detail, 201) : c.json(detail, 200);
  });

  app.openapi(submit, async (c) => {
    const { laCode, period } = c.req.valid('param');
    const idempotencyKey = c.req.header('Idempotency-Key');
    if (!idempotencyKey || !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new ApiError(
        400,
        'Send an Idempotency-Key header (1–200 letters, digits, - _ : .) with each submission.',
        [
          {
            path: 'Idempotency-Key',
            message: idempotencyKey ? 'is not a valid key' : 'is required',
          },
        ],
      );
    }
    const outcome = await submitReturn(c.var.scoped, c.var.principal, {
      laCode,
      period,
      input: c.req.valid('json'),
      idempotencyKey,
    });
    c.header('ETag', etag(outcome.body.version));
    return c.json(outcome.body, 200);
  });

  app.openapi(review, async (c) => {
    const { laCode, period } = c.req.valid('param');
    const detail = await reviewReturn(c.var.scoped, c.var.principal, {
      laCode,
      period,
      input: c.req.valid('json'),
    });
    c.header('ETag', etag(detail.version));
    return c.json(detail, 200);
  });

  app.openapi(ready, async (c) => {
    const { laCode, period } = c.req.valid('param');
    const detail = await markReadyForSignOff(c.var.scoped, c.var.principal, {
      laCode,
      period,
      ifMatch: readIfMatch(c),
    });
    c.header('ETag', etag(detail.version));
    return c.json(detail, 200);
  });

  app.openapi(prefill, async (c) => {
    const { laCode, period } = c.req.valid('param');
    const content = await prefillReturn(c.var.scoped, c.var.principal, { laCode, period });
    return c.json(content, 200);
  });

  app.openapi(history, async (c) => {
    const { laCode, period } = c.req.valid('param');
    const items = await listReturnHistory(c.var.scoped.store, laCode, period);
    if (items.length === 0) throw new NotFoundError(`A return for ${period}`);
    const entries = items.map(
      ({ version, action, status, at, actor, content, signOff, review: r }) => ({
        version,
        action,
        status,
        at,
        actor,
        ...(content ? { content } : {}),
        ...(signOff ? { signOff } : {}),
        ...(r ? { review: r } : {}),
      }),
    );
    const { limit = 50, cursor } = c.req.valid('query');
    return c.json(
      paginate(entries, { limit, cursor }, { scope: `history ${period}`, pk: councilPk(laCode) }),
      200,
    );
  });
}
