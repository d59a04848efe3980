import { describe, expect, it } from 'vitest';
import { latestReportedPerYear, trajectoryRows } from './trajectory';

const summary = (period: string, status: 'draft' | 'submitted' | 'accepted' | 'returned') => ({
  period,
  status,
  version: 1,
  dueOn: '2025-01-01',
  late: false,
});

describe('latestReportedPerYear', () => {
  it('takes the latest submitted or accepted return of each year', () => {
    expect(
      latestReportedPerYear([
        summary('2023-24-Q3', 'accepted'),
        summary('2023-24-Q4', 'accepted'),
        summary('2024-25-Q1', 'accepted'),
        summary('2024-25-Q2', 'submitted'),
        summary('2024-25-Q3', 'draft'),
        summary('2025-26-Q1', 'returned'),
      ]),
    ).toEqual(['2023-24-Q4', '2024-25-Q2']);
  });
});

describe('trajectoryRows', () => {
  it('puts the plan, the unmitigated forecast and the council’s forecast side by side', () => {
    const rows = trajectoryRows(
      [
        {
          financialYear: '2024-25',
          plannedCumulativeDeficit: 4_000_000,
          unmitigatedCumulativeDeficit: 9_000_000,
        },
        { financialYear: '2023-24', plannedCumulativeDeficit: 9_507_000 },
      ],
      [
        { period: '2024-25-Q2', forecastCumulativeDeficit: 7_500_000 },
        { period: '2024-25-Q1', forecastCumulativeDeficit: 5_000_000 },
        { period: '2025-26-Q1', forecastCumulativeDeficit: 1_000_000 },
        { period: '2023-24-Q4' },
      ],
    );
    expect(rows).toEqual([
      { financialYear: '2023-24', planned: 9_507_000 },
      {
        financialYear: '2024-25',
        planned: 4_000_000,
        unmitigated: 9_000_000,
        forecast: 7_500_000,
        forecastPeriod: '2024-25-Q2',
      },
      { financialYear: '2025-26', forecast: 1_000_000, forecastPeriod: '2025-26-Q1' },
    ]);
  });
});
