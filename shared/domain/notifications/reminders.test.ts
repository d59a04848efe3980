import { describe, expect, it } from 'vitest';
import type { ReturnSchedule } from '../alerts/return-overdue';
import { returnReminders } from './reminders';

// Quarterly, 30 days to report: 2024-25-Q1 ends 30 June, due 30 July 2024.
const schedule: ReturnSchedule = {
  status: 'active',
  cadence: 'quarterly',
  firstYear: '2024-25',
  lastYear: '2024-25',
  returnDueDays: 30,
};

describe('return reminders', () => {
  it.each([
    ['2024-07-22', []],
    ['2024-07-23', [{ event: 'return-due', period: '2024-25-Q1', dueOn: '2024-07-30' }]],
    ['2024-07-30', [{ event: 'return-due', period: '2024-25-Q1', dueOn: '2024-07-30' }]],
    ['2024-07-31', [{ event: 'return-overdue', period: '2024-25-Q1', dueOn: '2024-07-30' }]],
    ['2024-08-06', [{ event: 'return-overdue', period: '2024-25-Q1', dueOn: '2024-07-30' }]],
    ['2024-08-07', []],
    ['2024-08-10T09:00:00.000Z', []],
  ])('on %s', (today, expected) => {
    expect(returnReminders(schedule, today, new Set())).toEqual(expected);
  });

  it('sends nothing for a submitted period', () => {
    expect(returnReminders(schedule, '2024-07-25', new Set(['2024-25-Q1']))).toEqual([]);
    expect(returnReminders(schedule, '2024-07-31', new Set(['2024-25-Q1']))).toEqual([]);
  });

  it.each(['proposed', 'rejected', 'completed'] as const)(
    'sends nothing while the agreement is %s',
    (status) => {
      expect(returnReminders({ ...schedule, status }, '2024-07-25', new Set())).toEqual([]);
    },
  );

  it('skips periods that ended before the agreement was signed', () => {
    expect(
      returnReminders({ ...schedule, signedOn: '2024-07-01' }, '2024-07-25', new Set()),
    ).toEqual([]);
  });

  it('reads the default of 30 days when the agreement sets none', () => {
    const { returnDueDays: _ignored, ...noDays } = schedule;
    expect(returnReminders(noDays, '2024-07-30', new Set())).toHaveLength(1);
  });
});
