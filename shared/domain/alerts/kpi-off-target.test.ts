import { describe, expect, it } from 'vitest';
import { evaluateKpiOffTarget, type KpiFigures } from './kpi-off-target';

const twentyWeeks: KpiFigures['measure'] = {
  key: 'ehcp-20-week-pct',
  title: 'EHCPs issued within 20 weeks',
  unit: 'percent',
  better: 'higher',
  targets: [{ from: '2023-04', value: 60 }],
};
const backlog: KpiFigures['measure'] = {
  key: 'annual-review-backlog',
  title: 'Annual review backlog',
  unit: 'count',
  better: 'lower',
  targets: [
    { from: '2023-04', value: 1200 },
    { from: '2024-03', value: 1000 },
  ],
};

const series = (entries: [string, number][]) => entries.map(([month, value]) => ({ month, value }));

describe('kpi-off-target', () => {
  it.each([
    // measure, figures (oldest first), outcome, severity
    ['on target exactly', twentyWeeks, [['2024-03', 60]], 'within', undefined],
    ['better than target', twentyWeeks, [['2024-03', 67.1]], 'within', undefined],
    ['just below target', twentyWeeks, [['2024-03', 59.9]], 'breach', 'amber'],
    [
      'two months below',
      twentyWeeks,
      [
        ['2024-02', 50],
        ['2024-03', 59],
      ],
      'breach',
      'amber',
    ],
    [
      'three months below',
      twentyWeeks,
      [
        ['2024-01', 10],
        ['2024-02', 50],
        ['2024-03', 59],
      ],
      'breach',
      'red',
    ],
    [
      'three below with a gap month',
      twentyWeeks,
      [
        ['2023-12', 10],
        ['2024-02', 50],
        ['2024-03', 59],
      ],
      'breach',
      'amber',
    ],
    [
      'three below, the oldest on target',
      twentyWeeks,
      [
        ['2024-01', 60],
        ['2024-02', 50],
        ['2024-03', 59],
      ],
      'breach',
      'amber',
    ],
    [
      'back on target after three below',
      twentyWeeks,
      [
        ['2023-12', 1],
        ['2024-01', 1],
        ['2024-02', 1],
        ['2024-03', 61],
      ],
      'within',
      undefined,
    ],
    ['lower is better, on target', backlog, [['2024-03', 1000]], 'within', undefined],
    ['lower is better, one over', backlog, [['2024-03', 1001]], 'breach', 'amber'],
    // Each month against its own target: 1100 was on target before March 2024.
    [
      'targets change from a month',
      backlog,
      [
        ['2024-01', 1100],
        ['2024-02', 1100],
        ['2024-03', 1030],
      ],
      'breach',
      'amber',
    ],
    [
      'over each month’s own target',
      backlog,
      [
        ['2024-01', 1201],
        ['2024-02', 1216],
        ['2024-03', 1030],
      ],
      'breach',
      'red',
    ],
  ] as const)('%s', (_, measure, figures, outcome, severity) => {
    const result = evaluateKpiOffTarget({ measure, values: series(figures.map((f) => [...f])) });
    expect(result.outcome).toBe(outcome);
    expect(result.key).toEqual({
      rule: 'kpi-off-target',
      financialYear: '2023-24',
      subject: measure.key,
    });
    if (result.outcome === 'breach') {
      expect(result.finding.severity).toBe(severity);
      expect(result.period).toBe('2023-24-M12');
      expect(result.finding.threshold).toBe(measure === backlog ? 1000 : 60);
    }
  });

  it('judges the latest month, whatever order the figures come in, in its financial year', () => {
    const result = evaluateKpiOffTarget({
      measure: twentyWeeks,
      values: series([
        ['2024-04', 40],
        ['2024-03', 70],
      ]),
    });
    expect(result).toMatchObject({
      outcome: 'breach',
      key: { financialYear: '2024-25' },
      period: '2024-25-M01',
      finding: { severity: 'amber', measured: 40, threshold: 60 },
    });
    if (result.outcome === 'breach')
      expect(result.finding.message).toBe(
        'EHCPs issued within 20 weeks was 40% in April 2024, below its target of 60%.',
      );
  });

  it('cannot judge a measure without figures or without a target for the month', () => {
    expect(evaluateKpiOffTarget({ measure: twentyWeeks, values: [] }).outcome).toBe(
      'not-applicable',
    );
    expect(
      evaluateKpiOffTarget({ measure: twentyWeeks, values: series([['2023-03', 0]]) }).outcome,
    ).toBe('not-applicable');
  });
});
