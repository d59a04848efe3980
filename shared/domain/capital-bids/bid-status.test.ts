import { describe, expect, it } from 'vitest';
import { bidStatus, canDecideBid, canEditBid } from './bid-status';
import type { BidStatus } from './types';

describe('bidStatus', () => {
  it.each<[string, Parameters<typeof bidStatus>[0], BidStatus]>([
    ['no submission date', {}, 'draft'],
    ['a submission date', { submittedOn: '2021-04-30' }, 'submitted'],
    ['an award', { submittedOn: '2021-04-30', decision: { awarded: 3_781_000 } }, 'awarded'],
    ['an award of one pound', { submittedOn: '2021-04-30', decision: { awarded: 1 } }, 'awarded'],
    ['nothing awarded', { submittedOn: '2021-04-30', decision: { awarded: 0 } }, 'refused'],
  ])('%s → %s', (_, bid, status) => {
    expect(bidStatus(bid)).toBe(status);
  });
});

describe('what each status allows', () => {
  it.each<[BidStatus, boolean, boolean]>([
    ['draft', true, false],
    ['submitted', true, true],
    ['awarded', false, false],
    ['refused', false, false],
  ])('%s: editable %s, decidable %s', (status, edit, decide) => {
    expect(canEditBid(status)).toBe(edit);
    expect(canDecideBid(status)).toBe(decide);
  });
});
