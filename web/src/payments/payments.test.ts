import { describe, expect, it } from 'vitest';
import type { TrancheView } from '../../../shared/schemas/tranche';
import { awaitsOverdueDecision, nextTranche, overdueDecisions, paidToDate } from './payments';

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
    expect(nextTranche(tranches, '2024-06-01')?.id).toBe('y2');
    expect(nextTranche([tranches[0]!], '2024-06-01')).toBeUndefined();
  });

  it('shows a scheduled tranche past its due date as overdue for a decision, not as next', () => {
    const today = '2025-10-01';
    expect(overdueDecisions(tranches, today).map((t) => t.id)).toEqual(['y3']);
    // The withheld one has had its decision: it stays the next payment.
    expect(nextTranche(tranches, today)?.id).toBe('y2');
    expect(nextTranche([tranches[1]!], today)).toBeUndefined();
  });

  it.each([
    ['due yesterday', '2025-09-29', true],
    ['due today', '2025-09-30', false],
    ['due tomorrow', '2025-10-01', false],
  ] as const)('a scheduled tranche %s is overdue for a decision: %s', (_name, dueOn, overdue) => {
    expect(awaitsOverdueDecision({ status: 'scheduled', dueOn }, '2025-09-30')).toBe(overdue);
    expect(awaitsOverdueDecision({ status: 'withheld', dueOn }, '2025-09-30')).toBe(false);
  });
});
