import { describe, expect, it } from 'vitest';
import { compareGrid, hasPlan, readLaCodes } from './compare-grid';
import { isMeasure, measureLabel } from './measures';

const series = [
  {
    laCode: '351',
    name: 'Bury',
    points: [
      { period: '2024-25-Q2', periodEnd: '2024-09-30', value: 5, planned: 4 },
      { period: '2024-25-Q3', periodEnd: '2024-12-31', value: 6, planned: 4 },
    ],
  },
  {
    laCode: '801',
    name: 'Bristol',
    points: [{ period: '2024-25-T2', periodEnd: '2024-11-30', value: 9 }],
  },
];

describe('compareGrid', () => {
  it('lines councils up by the date their periods end', () => {
    expect(compareGrid(series)).toEqual([
      {
        periodEnd: '2024-09-30',
        cells: { '351': { period: '2024-25-Q2', value: 5, planned: 4 } },
      },
      { periodEnd: '2024-11-30', cells: { '801': { period: '2024-25-T2', value: 9 } } },
      {
        periodEnd: '2024-12-31',
        cells: { '351': { period: '2024-25-Q3', value: 6, planned: 4 } },
      },
    ]);
    expect(hasPlan(series)).toBe(true);
    expect(hasPlan([series[1]!])).toBe(false);
  });

  it('puts a scorecard measure’s national figure in its month’s row, even where no council reported', () => {
    const months = [
      {
        laCode: '839',
        name: 'BCP',
        points: [{ period: '2024-03', periodEnd: '2024-03-31', value: 67.1 }],
      },
    ];
    expect(
      compareGrid(months, [
        { periodEnd: '2024-02-29', value: 43 },
        { periodEnd: '2024-03-31', value: 44.47 },
      ]),
    ).toEqual([
      { periodEnd: '2024-02-29', cells: {}, national: 43 },
      {
        periodEnd: '2024-03-31',
        cells: { '839': { period: '2024-03', value: 67.1 } },
        national: 44.47,
      },
    ]);
  });
});

describe('readLaCodes', () => {
  it('keeps LA codes, each once', () => {
    expect(readLaCodes('351,865,351,x,12')).toEqual(['351', '865']);
    expect(readLaCodes(null)).toEqual([]);
  });
});

describe('measures', () => {
  it('knows the measures the API compares', () => {
    expect(isMeasure('placements.mainstreamPct')).toBe(true);
    expect(isMeasure('demand.ehcpsTotal')).toBe(true);
    expect(isMeasure('narrative')).toBe(false);
    expect(measureLabel('placements.mainstreamPct')).toBe('Share of EHCPs in mainstream schools');
    expect(measureLabel('placements.post16')).toBe('Children in post-16 and further education');
    expect(isMeasure('scorecard:ehcp-20-week-pct')).toBe(true);
    expect(isMeasure('scorecard:no-such-measure')).toBe(false);
    expect(measureLabel('scorecard:annual-review-backlog')).toBe('Annual review backlog');
  });
});
