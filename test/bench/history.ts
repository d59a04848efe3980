import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { startDynamoDbLocal } from '../../infra/local/dynamodb-local';
import { keys } from '../../shared/data/keys';
import { bulkWriter } from '../support/bulk-writer';
import { countCalls } from '../support/count-calls';
import { buildComparators, buildCouncilHistory, quarters } from '../support/history-builder';
import { median, percentile, startBenchApi, time, type BenchResult } from './harness';
import { captureCalls, replayCalls } from './replay-calls';

const COUNCILS = 150;
const MEASURED = '100';
const LATEST = quarters(1)[0]!;

/**
 * A table of 150 councils, each with `periods` quarters of returns and `monthCount` months
 * of scorecard figures, the measured council with `auditItems` audit items besides. The
 * product's own write functions make every item (bulkWriter keeps their transactions),
 * loaded in bulk 15 councils at a time: the pages read exactly what the API would have
 * written, in minutes rather than the hours of one transaction per change.
 */
async function populated(
  endpoint: string,
  history: { periods: number; monthCount: number; auditItems: number },
) {
  const api = await startBenchApi(endpoint);
  const bulk = bulkWriter(api.store);
  await buildComparators(bulk.store, history.monthCount);
  for (let i = 0; i < COUNCILS; i += 15) {
    for (let k = 0; k < 15; k++) {
      const laCode = String(100 + i + k);
      await buildCouncilHistory(bulk.store, laCode, {
        ...history,
        auditItems: laCode === MEASURED ? history.auditItems : 0,
      });
    }
    await bulk.flush();
  }
  return api;
}

type Api = Awaited<ReturnType<typeof startBenchApi>>;

/** A GET with the token; `received` counts the bytes of every response body. */
function getter(api: Api, token: string) {
  const get = async (path: string) => {
    const res = await fetch(`${api.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    get.received += (await res.arrayBuffer()).byteLength;
  };
  get.received = 0;
  return get;
}

/** Each page as the web app loads it, in its rounds of requests. */
type Page = (get: (path: string) => Promise<void>) => Promise<void>;
const PAGES: Record<string, Page> = {
  'Council home (its GETs)': async (get) => {
    const base = `/api/v1/councils/${MEASURED}`;
    await get(`${base}/agreement`);
    await Promise.all(
      [
        '/returns',
        '/tranches',
        '/agreement/recovery-profile',
        '/mitigations',
        '/alerts?status=open',
      ].map((p) => get(`${base}${p}`)),
    );
    await get(`${base}/returns/${LATEST}`);
  },
  'A return (its page’s GETs)': async (get) => {
    const base = `/api/v1/councils/${MEASURED}`;
    await get(`${base}/agreement`);
    await get(`${base}/returns`);
    await get(`${base}/returns/${LATEST}`);
  },
  'Scorecard page': (get) => get(`/api/v1/councils/${MEASURED}/scorecard?latestMonths=24`),
  'Overview (150 councils)': (get) => get(`/api/v1/overview?period=${LATEST}`),
};

/** The page's DynamoDB calls, captured from one run of it, to send raw; and its bytes. */
async function captured(api: Api, get: ReturnType<typeof getter>, page: Page) {
  const capture = captureCalls(api.store.db);
  const before = get.received;
  try {
    await page(get);
  } finally {
    capture.stop();
  }
  const replay = replayCalls(api.store.db, capture.waves());
  await replay();
  return { replay, bytes: get.received - before };
}

async function callCount(api: Api, run: () => Promise<void>) {
  const counter = countCalls(api.store.db);
  try {
    await run();
    return counter.calls.length;
  } finally {
    counter.stop();
  }
}

/**
 * The everyday pages with one period of history and with 40 periods of returns, 60
 * months of scorecard figures (for every council) and 5,000 audit items (for the council
 * measured), requests interleaved so both sides share the machine's noise. Each page is
 * timed next to its own DynamoDB calls on each table, captured from a run of it and sent
 * raw (replay-calls.ts): the raw ratio is DynamoDB Local's part of the page's ratio, the
 * page's time less its raw calls' is the service's own.
 */
export async function benchHistory(_endpoint: string, rounds = 40): Promise<BenchResult[]> {
  // Each table in a DynamoDB Local of its own: in one process, the same GetItem took
  // 1.5–1.8 × as long from the larger table, and 0.9 × from copies of the same two
  // tables' items each in its own (docs/performance.md, History). DynamoDB itself does
  // not slow one table by another's size or writes.
  const locals = [await startDynamoDbLocal(), await startDynamoDbLocal()];
  try {
    return await benchPages(locals[0]!.endpoint, locals[1]!.endpoint, rounds);
  } finally {
    for (const local of locals) await local.stop();
  }
}

async function benchPages(shortEndpoint: string, longEndpoint: string, rounds: number) {
  const short = await populated(shortEndpoint, { periods: 1, monthCount: 1, auditItems: 0 });
  const long = await populated(longEndpoint, { periods: 40, monthCount: 60, auditItems: 5000 });
  const results: BenchResult[] = [];
  for (const [name, page] of Object.entries(PAGES)) {
    const role = name.startsWith('Overview') ? 'dfe-reviewer' : 'council-editor';
    const claims = {
      sub: 'bench',
      role,
      ...(role === 'council-editor' ? { laCode: MEASURED } : {}),
    } as const;
    const getShort = getter(short, await short.identity.issueToken(claims));
    const getLong = getter(long, await long.identity.issueToken(claims));
    for (let i = 0; i < 5; i++) {
      await page(getShort);
      await page(getLong);
    }
    // Each side's own DynamoDB calls, captured from a run of the page and sent raw.
    const rawShort = await captured(short, getShort, page);
    const rawLong = await captured(long, getLong, page);
    const s: number[] = [];
    const l: number[] = [];
    const rs: number[] = [];
    const rl: number[] = [];
    for (let i = 0; i < rounds; i++) {
      s.push(await time(() => page(getShort)));
      l.push(await time(() => page(getLong)));
      rs.push(await time(rawShort.replay));
      rl.push(await time(rawLong.replay));
    }
    const callsShort = await callCount(short, () => page(getShort));
    const callsLong = await callCount(long, () => page(getLong));
    const ratio = median(l) / median(s);
    const rawRatio = median(rl) / median(rs);
    const row = (
      history: string,
      times: number[],
      raw: number[],
      calls: number,
      bytes: number,
    ) => ({
      history,
      'median ms': median(times).toFixed(1),
      'p99 ms': percentile(times, 99).toFixed(1),
      'DynamoDB calls': calls,
      'raw calls median ms': median(raw).toFixed(1),
      'service ms (page − raw)': (median(times) - median(raw)).toFixed(1),
      'response KB': (bytes / 1024).toFixed(1),
    });
    results.push({
      name: `History: ${name}, one period vs 40 periods, 60 months, 5,000 audit items`,
      rows: [
        row('one period', s, rs, callsShort, rawShort.bytes),
        row('40 periods', l, rl, callsLong, rawLong.bytes),
        {
          history: 'ratio (40 / one)',
          'median ms': ratio.toFixed(2),
          'p99 ms': '',
          'DynamoDB calls': '',
          'raw calls median ms': rawRatio.toFixed(2),
          'service ms (page − raw)': ((median(l) - median(rl)) / (median(s) - median(rs))).toFixed(
            2,
          ),
          'response KB': '',
        },
      ],
      goal: 'median with long history at most 1.2 × with one period, and the same DynamoDB calls',
      met: ratio <= 1.2 && callsShort === callsLong,
    });
  }
  results.push(await sameItemInEachTable(short, long, rounds));
  await short.close();
  await long.close();
  return results;
}

/**
 * Not a goal, a reading of the other ratios: one and the same GetItem (the measured
 * council's agreement, the same bytes in both tables) sent with the SDK to each table.
 * With both tables in one DynamoDB Local it was 1.5–2.4 × slower from the larger one;
 * this shows how much of that is left with each in its own.
 */
async function sameItemInEachTable(short: Api, long: Api, rounds: number): Promise<BenchResult> {
  const get = (api: Api) => () =>
    api.store.db.send(
      new GetCommand({ TableName: api.store.tableName, Key: keys.agreement(MEASURED) }),
    );
  const s: number[] = [];
  const l: number[] = [];
  for (let i = 0; i < rounds * 3; i++) {
    s.push(await time(get(short)));
    l.push(await time(get(long)));
  }
  return {
    name: 'History: the same GetItem (SDK, no API) in the table with one period vs with 40',
    rows: [
      { history: 'one period', 'median ms': median(s).toFixed(2), ratio: '' },
      {
        history: '40 periods',
        'median ms': median(l).toFixed(2),
        ratio: (median(l) / median(s)).toFixed(2),
      },
    ],
  };
}
