import { Logger } from '@aws-lambda-powertools/logger';
import { beforeAll, describe, expect, it } from 'vitest';
import { capitalBidDetail } from '../../functions/api/capital-bids/capital-bid-views';
import { DEMO_AS_AT, seedDemo } from '../../infra/local/seed/seed-demo';
import { listAllCapitalBids } from '../../shared/data/capital-bids/list-all-capital-bids';
import { listCapitalBids } from '../../shared/data/capital-bids/list-capital-bids';
import { listAudit } from '../../shared/data/audit';
import type { Store } from '../../shared/data/client';
import type { CapitalBid } from '../../shared/schemas/capital-bid';
import { createTestStore } from '../support/test-store';

const logger = new Logger({ serviceName: 'demo-capital-test', logLevel: 'SILENT' });
let store: Store;

async function onlyBid(laCode: string): Promise<CapitalBid> {
  const bids = await listCapitalBids(store, laCode);
  expect(bids).toHaveLength(1);
  const [bid] = bids;
  if (!bid) throw new Error(`no bid for ${laCode}`);
  return capitalBidDetail(bid);
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

beforeAll(async () => {
  store = await createTestStore();
  await seedDemo(store, logger);
});

describe("the demo's capital bids", () => {
  it("holds Bury's 2021 bid and DfE's decision exactly as its report gives them", async () => {
    const bid = await onlyBid('351');
    expect(bid).toMatchObject({
      status: 'awarded',
      requested: 6_275_000,
      awarded: 3_781_000,
      decidedOn: '2021-06-30',
    });
    const developments = bid.schemes.filter((s) => s.fundedFrom !== 'central');
    expect(developments).toHaveLength(18);
    expect(developments.filter((s) => s.fundedFrom === 'existing-capital')).toHaveLength(6);
    const fromBid = bid.schemes.filter((s) => s.fundedFrom === 'this-bid');
    expect(sum(fromBid.map((s) => s.cost))).toBe(6_275_000);

    const strong = bid.schemes.filter((s) => s.support === 'strong');
    expect(strong).toHaveLength(7);
    expect(sum(strong.map((s) => s.amount ?? 0))).toBe(1_700_000);
    const further = bid.schemes.filter((s) => s.support === 'further-consideration');
    expect(further).toHaveLength(5);
    expect(further.every((s) => s.amount === undefined)).toBe(true);
    expect(bid.decision).toMatchObject({ allocated: 1_700_000, unallocated: 2_081_000 });

    const visionHouse = bid.schemes.find((s) => s.title.startsWith('Vision House'));
    expect(visionHouse).toMatchObject({
      status: 'open',
      openedOn: '2021-09-24',
      fundedFrom: 'existing-capital',
    });
    expect(bid.placesDelivered).toBe(visionHouse?.placesDelivered);

    const freeSchool = bid.schemes.filter((s) => s.provisionType === 'special-free-school');
    expect(freeSchool).toHaveLength(1);
    expect(freeSchool[0]).toMatchObject({ fundedFrom: 'central', support: 'supported' });
    expect(bid.decision?.note).toContain('approved');
    expect(bid.decision?.note).toContain('recommendations');

    // Anything invented says so where it is shown.
    for (const s of bid.schemes.filter((x) => x.fundedFrom !== 'central')) {
      expect(s.title).toMatch(/illustrative/);
    }
  });

  it("holds BCP's c£5m bid awaiting a decision and Wiltshire's £5.7m bid with DfE's request", async () => {
    const bcp = await onlyBid('839');
    expect(bcp).toMatchObject({ status: 'submitted', requested: 5_000_000 });
    expect(bcp.submittedOn).toBe('2024-01-15');
    expect(bcp.note).toContain('282');

    const wiltshire = await onlyBid('865');
    expect(wiltshire).toMatchObject({ status: 'submitted', requested: 5_700_000, version: 2 });
    expect(wiltshire.note).toMatch(/more information in May 2024/);

    const awaiting = await listAllCapitalBids(store, 'submitted');
    expect(awaiting.map((b) => b.laCode).sort()).toEqual(['839', '865']);
  });

  it('wrote every bid through the use cases, audited and dated by the demo day', async () => {
    const entries = [];
    let cursor: string | undefined;
    do {
      const page = await listAudit(store, '351', { limit: 200, cursor });
      entries.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const capital = entries.filter((e) => e.entity.startsWith('capital bid'));
    expect(capital.map((e) => e.action).reverse()).toEqual([
      'capital-bid.created',
      'capital-bid.awarded',
      'capital-scheme.progress',
    ]);
    expect(capital.every((e) => e.actor.sub === 'demo-seed' && e.at <= DEMO_AS_AT)).toBe(true);
  });
});
