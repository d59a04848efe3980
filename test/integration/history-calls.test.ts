import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api';
import { countCalls } from '../support/count-calls';
import { buildComparators, buildCouncilHistory, quarters } from '../support/history-builder';

/**
 * Everyday pages make the same DynamoDB calls whatever the history: a council with one
 * period, one month and a short audit trail against one with 40 periods of returns, 60
 * months of scorecard figures and 5,000 audit items. A listing that read a whole partition
 * or followed pages through the history would make more calls here, however noisy timings are.
 */
let api: TestApi;
const SHORT = '301';
const LONG = '302';
const LATEST = quarters(1)[0]!;

/** The calls a sequence of requests makes, by command, in order of name. */
async function callsOf(requests: () => Promise<void>) {
  const counter = countCalls(api.store.db);
  try {
    await requests();
    return [...counter.calls].sort();
  } finally {
    counter.stop();
  }
}

async function get(token: string, path: string) {
  const res = await api.request('GET', path, { token });
  expect(res.status, path).toBe(200);
  return res.body;
}

/** The GETs the council home makes, in its rounds (web/src/screens/council/load-council-home.ts). */
const councilHome = (laCode: string, token: string) => async () => {
  const base = `/api/v1/councils/${laCode}`;
  await get(token, `${base}/agreement`);
  await Promise.all(
    [
      '/returns',
      '/tranches',
      '/agreement/recovery-profile',
      '/mitigations',
      '/alerts?status=open',
    ].map((path) => get(token, `${base}${path}`)),
  );
  await get(token, `${base}/returns/${LATEST}`);
};

/** The GETs of a return's page (web/src/screens/returns/load-return.ts). */
const returnPage = (laCode: string, token: string) => async () => {
  const base = `/api/v1/councils/${laCode}`;
  await get(token, `${base}/agreement`);
  await get(token, `${base}/returns`);
  await get(token, `${base}/returns/${LATEST}`);
};

const scorecardPage = (laCode: string, token: string) => async () => {
  await get(token, `/api/v1/councils/${laCode}/scorecard?latestMonths=24`);
};

let reviewer: string;
let overviewShort: string[];

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date('2026-12-01T09:00:00Z') });
  reviewer = await api.tokenFor('dfe-reviewer');
  await buildComparators(api.store, 60);
  await buildCouncilHistory(api.store, SHORT, { periods: 1, monthCount: 1 });
  overviewShort = await callsOf(async () => {
    await get(reviewer, `/api/v1/overview?period=${LATEST}`);
  });
  await buildCouncilHistory(api.store, LONG, { periods: 40, monthCount: 60, auditItems: 5000 });
}, 240_000);
afterAll(() => api.close());

describe('everyday pages with long history', () => {
  it('the council home makes the same calls with 40 periods as with one', async () => {
    const short = await callsOf(councilHome(SHORT, await api.tokenFor('council-editor', SHORT)));
    const long = await callsOf(councilHome(LONG, await api.tokenFor('council-editor', LONG)));
    expect(long).toEqual(short);
    // Agreement; returns, tranches, recovery profile, mitigations and open alerts (each with
    // its agreement or council read); the latest return and its agreement.
    expect(long.length).toBe(13);
  });

  it('a return makes the same calls with 40 periods as with one', async () => {
    const short = await callsOf(returnPage(SHORT, await api.tokenFor('council-editor', SHORT)));
    const long = await callsOf(returnPage(LONG, await api.tokenFor('council-editor', LONG)));
    expect(long).toEqual(short);
    expect(long.length).toBe(5);
  });

  it('the scorecard page makes the same calls with 60 months as with one, and shows 24', async () => {
    const short = await callsOf(scorecardPage(SHORT, await api.tokenFor('council-editor', SHORT)));
    const token = await api.tokenFor('council-editor', LONG);
    const long = await callsOf(scorecardPage(LONG, token));
    expect(long).toEqual(short);
    // Council, scorecard, the months shown, and one comparator query per measure.
    expect(long.length).toBe(6);
    const view = (await get(token, `/api/v1/councils/${LONG}/scorecard?latestMonths=24`)) as {
      months: string[];
      measures: { series: { comparators: { national?: number } }[] }[];
    };
    expect(view.months).toHaveLength(24);
    expect(view.measures[0]?.series.every((p) => p.comparators.national === 50)).toBe(true);
  });

  it('compare makes the same calls for a council with 40 periods as for one with one', async () => {
    const compare = (laCode: string) => async () => {
      await get(
        reviewer,
        `/api/v1/compare?measure=finance.forecastCumulativeDeficit&laCodes=${laCode}`,
      );
    };
    const short = await callsOf(compare(SHORT));
    const long = await callsOf(compare(LONG));
    expect(long).toEqual(short);
    // The council, its agreement and its returns' figures, in one BatchGetItem.
    expect(long).toEqual(['BatchGetItemCommand']);
  });

  it('the overview makes the same calls once a council has 40 periods of history', async () => {
    const long = await callsOf(async () => {
      await get(reviewer, `/api/v1/overview?period=${LATEST}`);
    });
    expect(long).toEqual(overviewShort);
    expect(long.length).toBe(9);
  });
});
