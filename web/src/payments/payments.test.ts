import { describe, expect, it } from 'vitest';
import type { TrancheView } from '../../../shared/schemas/tranche';
import { nextTranche, paidToDate } from './payments';

const tranche = (id: string, amount: number, dueOn: string, status: TrancheView['status']) => ({
  id,
  financialYear: '2024-25',
  amount,
  dueOn,
  conditionIds: [],
  status,
  backPaid: false,
  version: 0,
  decisions: [],
});

const tranches = [
  tranche('initial', 10_000_000, '2023-03-31', 'released'),
  tranche('y3', 4_000_000, '2025-09-30', 'scheduled'),
  tranche('y2', 6_000_000, '2024-09-30', 'withheld'),
];

describe('payments', () => {
  it('adds up the released tranches', () => {
    expect(paidToDate(tranches)).toBe(10_000_000);
    expect(paidToDate([])).toBe(0);
  });

  it('finds the earliest tranche still to be released', () => {
    expect(nextTranche(tranches)?.id).toBe('y2');
    expect(nextTranche([tranches[0]!])).toBeUndefined();
  });
});
