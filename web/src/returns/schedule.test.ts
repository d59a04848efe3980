import { describe, expect, it } from 'vitest';
import { returnSchedule, returnsOwed, todayInUk } from './schedule';

const term = {
  cadence: 'quarterly' as const,
  firstYear: '2024-25',
  lastYear: '2025-26',
  returnDueDays: 30,
};

describe('returnSchedule', () => {
  it('lists each period started so far, newest first, with the returns there are', () => {
    const rows = returnSchedule(
      term,
      [
        {
          period: '2024-25-Q1',
          status: 'accepted',
          version: 3,
          dueOn: '2024-07-30',
          submittedAt: '2024-07-20T10:00:00Z',
          late: false,
        },
        { period: '2024-25-Q3', status: 'draft', version: 1, dueOn: '2025-01-30', late: true },
      ],
      '2025-05-10',
    );
    expect(rows.map((r) => [r.period, r.status, r.late, r.inProgress])).toEqual([
      ['2025-26-Q1', 'not-started', false, true],
      ['2024-25-Q4', 'not-started', true, false],
      ['2024-25-Q3', 'draft', true, false],
      ['2024-25-Q2', 'not-started', true, false],
      ['2024-25-Q1', 'accepted', false, false],
    ]);
    expect(rows[1]?.dueOn).toBe('2025-04-30');
    expect(rows[4]?.submittedAt).toBe('2024-07-20T10:00:00Z');
  });

  it('is due on the day itself without being late', () => {
    const rows = returnSchedule(term, [], '2024-07-30');
    expect(rows.find((r) => r.period === '2024-25-Q1')).toMatchObject({
      dueOn: '2024-07-30',
      late: false,
      inProgress: false,
    });
  });
});

describe('a return schedule under an agreement signed within its first year', () => {
  it('lists no period over before the signing, so none is owed or overdue', () => {
    const bury = { ...term, firstYear: '2020-21', lastYear: '2021-22', signedOn: '2021-03-19' };
    const rows = returnSchedule(bury, [], '2021-05-10');
    expect(rows.map((r) => [r.period, r.late])).toEqual([
      ['2021-22-Q1', false],
      ['2020-21-Q4', true],
    ]);
    expect(returnsOwed(rows).map((r) => r.period)).toEqual(['2020-21-Q4']);
  });
});

describe('returnsOwed', () => {
  it('picks the ended periods without a submitted return', () => {
    const rows = returnSchedule(
      term,
      [{ period: '2024-25-Q1', status: 'submitted', version: 2, dueOn: '2024-07-30', late: false }],
      '2024-11-01',
    );
    expect(returnsOwed(rows).map((r) => r.period)).toEqual(['2024-25-Q2']);
  });
});

describe('todayInUk', () => {
  it('is the date in London', () => {
    expect(todayInUk(new Date('2025-03-31T23:30:00Z'))).toBe('2025-04-01');
    expect(todayInUk(new Date('2025-01-31T23:30:00Z'))).toBe('2025-01-31');
  });
});
