import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyOutcomes } from '../../shared/alerts/apply-outcomes';
import { evaluateTrajectoryBreach } from '../../shared/domain';
import { startTestApi, type TestApi } from '../support/api';
import { agreementBody, completeReturn } from '../support/fixtures';

/** Optimistic locking on the two writes that take If-Match optionally: decisions and acknowledgements. */

let api: TestApi;
let admin: string;
let editor: string;

type Problem = { status: number; detail: string };
type Tranche = { id: string; status: string; version: number; decisions: { reason: string }[] };
type Alert = { id: string; status: string; severity: string; version: number };

const base = '/api/v1/councils/351';

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date('2024-12-01T10:00:00Z') });
  admin = await api.tokenFor('dfe-admin');
  editor = await api.tokenFor('council-editor', '351');
  await api.request('POST', '/api/v1/councils', {
    token: admin,
    body: { laCode: '351', name: 'Bury' },
  });
  await api.request('PUT', `${base}/agreement`, { token: admin, body: agreementBody() });
});
afterAll(() => api.close());

function decide(id: string, body: unknown, ifMatch?: string) {
  return api.request<Tranche & Problem>('POST', `${base}/tranches/${id}/decision`, {
    token: admin,
    body,
    ...(ifMatch === undefined ? {} : { headers: { 'If-Match': ifMatch } }),
  });
}

async function tranche(id: string) {
  const res = await api.request<{ items: Tranche[] }>('GET', `${base}/tranches`, { token: admin });
  return res.body.items.find((t) => t.id === id);
}

describe('deciding on a tranche with If-Match', () => {
  it('lists a tranche never decided on at version 0, and takes a first decision naming it', async () => {
    expect((await tranche('initial'))?.version).toBe(0);
    const res = await decide('initial', { decision: 'withhold', reason: 'First look' }, '"0"');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'withheld', version: 1 });
    expect(res.headers.get('ETag')).toBe('"1"');
  });

  it('refuses a stale version with 412 and records nothing', async () => {
    const stale = await decide(
      'initial',
      { decision: 'suspend', reason: 'Based on version 0' },
      '"0"',
    );
    expect(stale.status).toBe(412);
    expect(stale.headers.get('content-type')).toContain('application/problem+json');
    expect((await tranche('initial'))?.decisions.map((d) => d.reason)).toEqual(['First look']);
  });

  it('takes the current version, in any of its spellings, and still takes no If-Match at all', async () => {
    const current = await decide('initial', { decision: 'suspend', reason: 'Seen v1' }, 'W/"1"');
    expect(current.status).toBe(200);
    expect(current.body.version).toBe(2);
    const without = await decide('initial', { decision: 'withhold', reason: 'No If-Match' });
    expect(without.status).toBe(200);
    expect(without.body.version).toBe(3);
    expect((await tranche('initial'))?.version).toBe(3);
  });

  it('lets one of two decisions naming the same version through; the other gets 412', async () => {
    const [a, b] = await Promise.all([
      decide('initial', { decision: 'suspend', reason: 'Decider A' }, '"3"'),
      decide('initial', { decision: 'suspend', reason: 'Decider B' }, '"3"'),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    expect((await tranche('initial'))?.decisions).toHaveLength(4);
  });
});

describe('acknowledging an alert with If-Match', () => {
  const deps = () => ({
    store: api.store,
    logger: new Logger({ logLevel: 'SILENT' }),
    notifier: { publish: () => Promise.resolve() },
    now: () => new Date('2024-12-01T10:00:00Z'),
  });
  /** The alert worker's verdict on a 2024-25 return forecasting `forecast`. */
  const raise = (forecast: number) =>
    applyOutcomes(deps(), '351', [
      evaluateTrajectoryBreach(
        {
          period: '2024-25-Q2',
          content: completeReturn({
            finance: { ...completeReturn().finance!, forecastCumulativeDeficit: forecast },
          }),
        },
        agreementBody(),
      ),
    ]);
  const openAlert = async () => {
    const res = await api.request<{ items: Alert[] }>(
      'GET',
      `${base}/alerts?rule=trajectory-breach`,
      {
        token: editor,
      },
    );
    return res.body.items[0];
  };
  const acknowledge = (id: string, ifMatch?: string) =>
    api.request<Alert & Problem>('POST', `${base}/alerts/${id}/acknowledge`, {
      token: editor,
      body: { note: 'Recovery plan agreed with the Schools Forum' },
      ...(ifMatch === undefined ? {} : { headers: { 'If-Match': ifMatch } }),
    });

  it('shows the alert with its version, and refuses an acknowledgement of an older one (412)', async () => {
    await raise(4_000_000 + 600_000); // amber: just over the £500,000 tolerance
    const shown = await openAlert();
    expect(shown).toMatchObject({ severity: 'amber', version: 1 });
    // The worker updates the figures while the user reads them.
    await raise(4_000_000 + 700_000);
    const stale = await acknowledge(shown!.id, `"${shown!.version}"`);
    expect(stale.status).toBe(412);
    expect((await openAlert())?.status).toBe('open');
  });

  it('acknowledges the version the user saw, answering with its ETag', async () => {
    const shown = await openAlert();
    expect(shown?.version).toBe(2);
    const res = await acknowledge(shown!.id, '"2"');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'acknowledged', version: 3 });
    expect(res.headers.get('ETag')).toBe('"3"');
  });

  it('answers a second acknowledgement 412 with the old version, 409 without one', async () => {
    const shown = await openAlert();
    expect((await acknowledge(shown!.id, '"2"')).status).toBe(412);
    expect((await acknowledge(shown!.id)).status).toBe(409);
  });

  it('reopens an acknowledged alert that turns red, at a new version', async () => {
    await raise(4_000_000 + 3_000_000);
    expect(await openAlert()).toMatchObject({ status: 'open', severity: 'red', version: 4 });
    const audit = await api.request<{ items: { action: string }[] }>('GET', `${base}/audit`, {
      token: admin,
    });
    expect(audit.body.items[0]?.action).toBe('alert.reopened');
  });
});
