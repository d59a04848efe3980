import { Logger } from '@aws-lambda-powertools/logger';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAgreement, seedCouncil, type SeedContext } from '../../infra/local/seed/seed-writes';
import {
  agreementSummaryItem,
  readAgreementSummary,
} from '../../shared/data/agreements/agreement-summary';
import { getAgreement } from '../../shared/data/agreements/get-agreement';
import { saveAgreement } from '../../shared/data/agreements/save-agreement';
import { ConditionFailedError } from '../../shared/data/errors';
import { AgreementInput } from '../../shared/schemas/agreement';
import { collections, keys } from '../../shared/data/keys';
import { captureCalls } from '../bench/replay-calls';
import { startTestApi, type TestApi } from '../support/api';
import { agreementBody } from '../support/fixtures';

/**
 * The overview reads each agreement's summary item instead of the agreement: every
 * agreement write (version 1, a variation, a change of status, the demo seed's) puts it
 * in the agreement's own transaction, so the two never disagree.
 */
let api: TestApi;
let admin: string;
let reviewer: string;
const PERIOD = '2024-25-Q2';

type TransactItems = { Put?: { Item: Record<string, unknown> }; Update?: unknown }[];

async function summaryOf(laCode: string) {
  const out = await api.store.db.send(
    new GetCommand({ TableName: api.store.tableName, Key: keys.agreementSummary(laCode) }),
  );
  return out.Item;
}

async function readSummary(laCode: string) {
  return readAgreementSummary((await summaryOf(laCode)) as { laCode: string; summary: string });
}

/** The transactions some work sent, as the items each put. */
async function transactionsOf(work: () => Promise<unknown>): Promise<TransactItems[]> {
  const capture = captureCalls(api.store.db);
  try {
    await work();
    return capture
      .waves()
      .flat()
      .filter((call) => call.command === 'TransactWriteItemsCommand')
      .map((call) => call.input.TransactItems as TransactItems);
  } finally {
    capture.stop();
  }
}

const sortKeysPut = (items: TransactItems) => items.map((i) => i.Put?.Item.sk);

async function putAgreement(laCode: string, body: object, ifMatch?: string) {
  return api.request('PUT', `/api/v1/councils/${laCode}/agreement`, {
    token: admin,
    body,
    ...(ifMatch ? { headers: { 'If-Match': ifMatch } } : {}),
  });
}

async function overviewRow(laCode: string) {
  const res = await api.request<{ items: Record<string, unknown>[] }>(
    'GET',
    `/api/v1/overview?period=${PERIOD}`,
    { token: reviewer },
  );
  expect(res.status).toBe(200);
  return res.body.items.find((r) => r.laCode === laCode);
}

beforeAll(async () => {
  api = await startTestApi({ now: () => new Date('2024-12-01T09:00:00Z') });
  admin = await api.tokenFor('dfe-admin');
  reviewer = await api.tokenFor('dfe-reviewer');
});
afterAll(() => api.close());

describe('the agreement summary', () => {
  it('is put in the transaction of version 1, of a variation and of a change of status, and the overview shows it', async () => {
    const created = await api.request('POST', '/api/v1/councils', {
      token: admin,
      body: { laCode: '361', name: 'Council 361', region: 'North West' },
    });
    expect(created.status).toBe(201);

    const [first, ...others] = await transactionsOf(async () => {
      expect((await putAgreement('361', agreementBody())).status).toBe(201);
    });
    expect(others).toEqual([]);
    expect(sortKeysPut(first!)).toEqual([
      'AGREEMENT',
      'AGREEMENT#V#000001',
      'AGREEMENTSUMMARY',
      expect.stringMatching(/^AUDIT#/),
    ]);
    const v1 = await getAgreement(api.store, '361');
    expect(await summaryOf('361')).toEqual(agreementSummaryItem(v1!));
    expect(await summaryOf('361')).toMatchObject({
      gsi1pk: collections.agreementSummaries,
      gsi1sk: '361',
      type: 'agreement-summary',
      version: 1,
      dfeContributionTotal: 20_000_000,
    });
    expect(await readSummary('361')).toEqual({
      laCode: '361',
      programme: 'safety-valve',
      status: 'active',
      signedOn: '2023-03-20',
      firstYear: '2023-24',
      lastYear: '2025-26',
      cadence: 'quarterly',
      returnDueDays: 30,
      tolerances: { cumulativeDeficitAbs: v1!.tolerances.cumulativeDeficitAbs },
      trajectory: v1!.trajectory.map((t) => ({
        financialYear: t.financialYear,
        plannedCumulativeDeficit: t.plannedCumulativeDeficit,
      })),
      tranches: v1!.tranches.map(({ conditionIds: _, ...terms }) => terms),
    });
    expect(await overviewRow('361')).toMatchObject({
      name: 'Council 361',
      region: 'North West',
      agreementStatus: 'active',
      plannedCumulativeDeficit: 4_000_000,
      nextTranche: { id: 'initial', amount: 10_000_000 },
    });

    // A variation: the plan re-profiled and the tranches moved.
    const varied = agreementBody({
      reason: 'Re-profiled',
      trajectory: agreementBody().trajectory.map((y) =>
        y.financialYear === '2024-25' ? { ...y, plannedCumulativeDeficit: 5_500_000 } : y,
      ),
      tranches: agreementBody().tranches.map((t) =>
        t.id === 'y2'
          ? { ...t, amount: 7_000_000 }
          : t.id === 'y3'
            ? { ...t, amount: 3_000_000 }
            : t,
      ),
    });
    const [second] = await transactionsOf(async () => {
      expect((await putAgreement('361', varied, '"1"')).status).toBe(200);
    });
    expect(sortKeysPut(second!)).toContain('AGREEMENTSUMMARY');
    expect(await summaryOf('361')).toMatchObject({ version: 2 });
    const summary = await readSummary('361');
    expect(summary.trajectory).toContainEqual({
      financialYear: '2024-25',
      plannedCumulativeDeficit: 5_500_000,
    });
    expect(summary.tranches.map((t) => t.amount)).toEqual([10_000_000, 7_000_000, 3_000_000]);
    expect(await overviewRow('361')).toMatchObject({
      plannedCumulativeDeficit: 5_500_000,
    });

    // A change of status is a variation too.
    const [third] = await transactionsOf(async () => {
      const res = await putAgreement('361', { ...varied, status: 'under-review' }, '"2"');
      expect(res.status).toBe(200);
    });
    expect(sortKeysPut(third!)).toContain('AGREEMENTSUMMARY');
    expect(await summaryOf('361')).toMatchObject({ version: 3 });
    expect(await readSummary('361')).toMatchObject({ status: 'under-review' });
    expect(await overviewRow('361')).toMatchObject({ agreementStatus: 'under-review' });
    expect(await summaryOf('361')).toEqual(
      agreementSummaryItem((await getAgreement(api.store, '361'))!),
    );
  });

  it('is not written when the agreement’s own condition fails (one transaction)', async () => {
    await api.request('POST', '/api/v1/councils', {
      token: admin,
      body: { laCode: '362', name: 'Council 362' },
    });
    expect((await putAgreement('362', agreementBody())).status).toBe(201);
    const v1 = (await getAgreement(api.store, '362'))!;
    expect((await putAgreement('362', agreementBody({ reason: 'Re-signed' }), '"1"')).status).toBe(
      200,
    );
    const before = await summaryOf('362');
    // A write based on version 1 when version 2 stands: the agreement's condition fails.
    await expect(
      saveAgreement(
        api.store,
        '362',
        AgreementInput.parse(agreementBody({ reason: 'Late', status: 'completed' })),
        { sub: 'late-admin', role: 'dfe-admin' },
        v1,
        new Date(),
      ),
    ).rejects.toBeInstanceOf(ConditionFailedError);
    expect(await summaryOf('362')).toEqual(before);
    expect((await overviewRow('362'))?.agreementStatus).toBe('active');
  });

  it('is kept by the demo seed’s writes, which go through the same use case', async () => {
    const ctx: SeedContext = {
      store: api.store,
      logger: new Logger({ logLevel: 'SILENT' }),
      laCode: '363',
    };
    await seedCouncil(ctx, { laCode: '363', name: 'Council 363' }, new Date('2023-03-01'));
    await seedAgreement(ctx, agreementBody(), new Date('2023-03-20'));
    const varied = await seedAgreement(
      ctx,
      agreementBody({ reason: 'Term extended', lastYear: '2026-27' }),
      new Date('2024-04-01'),
    );
    expect(varied.version).toBe(2);
    expect(await summaryOf('363')).toEqual(agreementSummaryItem(varied));
    expect(await summaryOf('363')).toMatchObject({ version: 2 });
    expect(await readSummary('363')).toMatchObject({ lastYear: '2026-27' });
  });
});
