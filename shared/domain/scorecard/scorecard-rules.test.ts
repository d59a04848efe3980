import { describe, expect, it } from 'vitest';
import { MEASURE_CATALOGUE } from './measures';
import { checkMonthValues, checkScorecard, resolveMeasures } from './scorecard-rules';

const REQUIRED_KEYS = [
  'ehcp-20-week-pct',
  'ehcp-20-week-excl-exceptions-pct',
  'assessment-6-week-decision-pct',
  'ep-advice-timeliness-pct',
  'health-advice-timeliness-pct',
  'annual-review-backlog',
  'annual-reviews-in-year-pct',
  'parental-requests-pct',
  'awaiting-specialist-place',
  'ehcps-total',
  'assessment-requests',
  'tribunal-appeals',
  'mainstream-ehcp-pct',
];

describe('the measure catalogue', () => {
  it('has every standard key once, each with a title, unit, direction and one-sentence description', () => {
    const keys = MEASURE_CATALOGUE.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(REQUIRED_KEYS));
    for (const m of MEASURE_CATALOGUE) {
      expect(m.title.length).toBeGreaterThan(3);
      expect(m.description).toMatch(/^[A-Z].*\.$/);
      expect(m.description.split('. ')).toHaveLength(1);
    }
  });
});

describe('choosing measures', () => {
  it('accepts catalogue measures with targets and a complete local measure', () => {
    expect(
      checkScorecard([
        { key: 'ehcp-20-week-pct', targets: [{ from: '2023-04', value: 60 }] },
        {
          key: 'short-breaks-uptake',
          title: 'Short breaks taken up',
          unit: 'count',
          better: 'higher',
        },
      ]),
    ).toEqual([]);
  });

  it('names each missing term of a local measure', () => {
    expect(checkScorecard([{ key: 'local-one' }]).map((e) => e.path)).toEqual([
      'measures[0].title',
      'measures[0].unit',
      'measures[0].better',
    ]);
  });

  it('refuses a repeated key, a repeated target month, an impossible target and a changed unit', () => {
    const errors = checkScorecard([
      { key: 'ehcp-20-week-pct', unit: 'count' },
      {
        key: 'ehcp-20-week-pct',
        targets: [
          { from: '2024-04', value: 50 },
          { from: '2024-04', value: 101 },
        ],
      },
      { key: 'annual-review-backlog', better: 'higher', targets: [{ from: '2024-04', value: -1 }] },
    ]);
    expect(errors.map((e) => e.path)).toEqual([
      'measures[0].unit',
      'measures[1].key',
      'measures[1].targets[1].from',
      'measures[1].targets[1].value',
      'measures[2].better',
      'measures[2].targets[0].value',
    ]);
  });

  it('fills in the catalogue terms and sorts targets by month', () => {
    const [standard, local] = resolveMeasures([
      {
        key: 'annual-review-backlog',
        targets: [
          { from: '2024-04', value: 500 },
          { from: '2023-04', value: 1000 },
        ],
      },
      { key: 'my-measure', title: 'Mine', unit: 'weeks', better: 'lower' },
    ]);
    expect(standard).toMatchObject({ unit: 'count', better: 'lower', local: false });
    expect(standard?.targets.map((t) => t.from)).toEqual(['2023-04', '2024-04']);
    expect(local).toEqual({
      key: 'my-measure',
      title: 'Mine',
      unit: 'weeks',
      better: 'lower',
      local: true,
      targets: [],
    });
  });
});

describe("a month's figures", () => {
  const measures = [
    { key: 'ehcp-20-week-pct', unit: 'percent' as const },
    { key: 'annual-review-backlog', unit: 'count' as const },
  ];
  const now = new Date('2024-03-15T12:00:00Z');

  it('accepts the current month with good figures', () => {
    expect(
      checkMonthValues({
        month: '2024-03',
        now,
        measures,
        values: [
          { key: 'ehcp-20-week-pct', value: 100 },
          { key: 'annual-review-backlog', value: 0 },
        ],
      }),
    ).toEqual([]);
  });

  it.each([
    ['a future month', '2024-04', [{ key: 'ehcp-20-week-pct', value: 50 }], 'month'],
    [
      'a percentage over 100',
      '2024-03',
      [{ key: 'ehcp-20-week-pct', value: 100.1 }],
      'values[0].value',
    ],
    [
      'a negative percentage',
      '2024-03',
      [{ key: 'ehcp-20-week-pct', value: -1 }],
      'values[0].value',
    ],
    [
      'a negative count',
      '2024-02',
      [{ key: 'annual-review-backlog', value: -1 }],
      'values[0].value',
    ],
    [
      'a key not on the scorecard',
      '2024-02',
      [{ key: 'tribunal-appeals', value: 3 }],
      'values[0].key',
    ],
    [
      'a key given twice',
      '2024-02',
      [
        { key: 'annual-review-backlog', value: 1 },
        { key: 'annual-review-backlog', value: 2 },
      ],
      'values[1].key',
    ],
  ])('refuses %s', (_, month, values, path) => {
    const errors = checkMonthValues({ month, now, measures, values });
    expect(errors.map((e) => e.path)).toEqual([path]);
  });
});
