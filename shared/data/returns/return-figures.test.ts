import { describe, expect, it } from 'vitest';
import { figuresChange } from './return-figures';
import type { ReturnRecord } from './return-record';

const base: ReturnRecord = {
  laCode: '351',
  period: '2024-25-Q2',
  financialYear: '2024-25',
  status: 'draft',
  version: 1,
  dueOn: '2024-10-30',
  content: { finance: { forecastCumulativeDeficit: 10 }, narrative: 'a' },
  createdAt: '2024-10-01T09:00:00.000Z',
  updatedAt: '2024-10-01T09:00:00.000Z',
  updatedBy: { sub: 'ann', role: 'council-editor' },
};
const submitted = { ...base, status: 'submitted' as const, submittedAt: '2024-10-20T09:00:00Z' };

describe('figuresChange', () => {
  it.each([
    ['a new draft', undefined, base, false],
    ['a draft saved again', base, { ...base, content: { narrative: 'b' } }, false],
    ['a first submission', base, submitted, true],
    ['a submission with no draft before', undefined, submitted, true],
    [
      'a review (status and review only)',
      submitted,
      { ...submitted, status: 'accepted' as const },
      false,
    ],
    [
      'a submitted return whose narrative changes',
      submitted,
      { ...submitted, content: { ...submitted.content, narrative: 'b' } },
      false,
    ],
    [
      'a submitted return whose figures change',
      submitted,
      { ...submitted, content: { finance: { forecastCumulativeDeficit: 11 } } },
      true,
    ],
    ['a submission again', submitted, { ...submitted, submittedAt: '2024-10-21T09:00:00Z' }, true],
    ['a submission withdrawn', submitted, { ...submitted, submittedAt: undefined }, true],
  ])('%s', (_name, previous, next, expected) => {
    expect(figuresChange(previous, next)).toBe(expected);
  });
});
