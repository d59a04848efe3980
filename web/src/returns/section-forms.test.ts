import { describe, expect, it } from 'vitest';
import {
  conditionsFormFrom,
  conditionsFromForm,
  emptyRow,
  mitigationsFormFrom,
  mitigationsFromForm,
  numberFormFrom,
  numbersFromForm,
  rowsFrom,
  rowsToContent,
} from './section-forms';

const conditions = [
  { id: 'mainstream-inclusion', title: 'Raise the share of EHCPs in mainstream schools' },
  { id: 'inmss-placements', title: 'Reduce independent special school placements' },
];

describe('number sections', () => {
  it('shows saved figures as people write them', () => {
    const form = numberFormFrom('finance', {
      finance: { highNeedsIncome: 48_000_000, forecastCumulativeDeficit: -60_000 },
    });
    expect(form['highNeedsIncome']).toBe('£48,000,000');
    expect(form['forecastCumulativeDeficit']).toBe('-£60,000');
    expect(form['savingsTarget']).toBe('');
    expect(numberFormFrom('demand', { demand: { ehcpsTotal: 2380 } })['ehcpsTotal']).toBe('2,380');
  });

  it('reads pounds and millions, and leaves blanks out of a draft', () => {
    const { value, errors } = numbersFromForm('finance', {
      highNeedsIncome: '48,000,000',
      highNeedsExpenditure: '£47.5m',
      forecastInYearBalance: '-£2.5m',
      forecastCumulativeDeficit: '20.4m',
      savingsTarget: '',
    });
    expect(errors).toEqual([]);
    expect(value).toEqual({
      highNeedsIncome: 48_000_000,
      highNeedsExpenditure: 47_500_000,
      forecastInYearBalance: -2_500_000,
      forecastCumulativeDeficit: 20_400_000,
    });
  });

  it('says what is wrong with each field, by its path', () => {
    const { errors } = numbersFromForm('finance', {
      highNeedsIncome: 'lots',
      highNeedsExpenditure: '-£1m',
      forecastCumulativeDeficit: '£1.2345678m',
    });
    expect(errors).toEqual([
      {
        path: 'finance.highNeedsIncome',
        message: 'Enter high needs block income in pounds, like £20,067,000 or £20.067m',
      },
      {
        path: 'finance.highNeedsExpenditure',
        message: 'High needs block expenditure must not be negative',
      },
      {
        path: 'finance.forecastCumulativeDeficit',
        message:
          'Forecast cumulative DSG deficit at the year end has more decimal places than whole pounds allow (at most 6 after m)',
      },
    ]);
    expect(numbersFromForm('demand', { ehcpsTotal: '2.5' }).errors).toEqual([
      { path: 'demand.ehcpsTotal', message: 'EHCPs maintained must be a whole number' },
    ]);
  });
});

describe('conditions', () => {
  it('round-trips the answers given, in the agreement’s order', () => {
    const form = conditionsFormFrom(
      {
        conditions: [{ conditionId: 'inmss-placements', status: 'at-risk', statement: 'Rising.' }],
      },
      conditions,
    );
    expect(form['mainstream-inclusion']).toEqual({ status: '', statement: '', evidence: '' });
    form['mainstream-inclusion'] = {
      status: 'on-track',
      statement: ' Fund in place. ',
      evidence: '',
    };
    expect(conditionsFromForm(form, conditions)).toEqual([
      { conditionId: 'mainstream-inclusion', status: 'on-track', statement: 'Fund in place.' },
      { conditionId: 'inmss-placements', status: 'at-risk', statement: 'Rising.' },
    ]);
  });
});

describe('workstreams and risks', () => {
  it('drops blank rows and remembers which row each item came from', () => {
    const rows = [
      { ...emptyRow(), name: 'Finance', rag: 'green' as const },
      emptyRow(),
      { ...emptyRow(), name: 'Workforce', rag: 'amber' as const, note: ' Recruiting ' },
    ];
    expect(rowsToContent(rows, 'workstreams')).toEqual({
      value: [
        { name: 'Finance', rag: 'green' },
        { name: 'Workforce', rag: 'amber', note: 'Recruiting' },
      ],
      errors: [],
      rowOf: [0, 2],
    });
  });

  it('asks for a name, and refuses the same workstream twice', () => {
    const rows = [
      { ...emptyRow(), rag: 'red' as const },
      { ...emptyRow(), name: 'Finance' },
      { ...emptyRow(), name: 'finance' },
    ];
    expect(rowsToContent(rows, 'workstreams').errors).toEqual([
      { path: 'workstreams[0].name', message: 'Enter the name of workstream 1' },
      {
        path: 'workstreams[2].name',
        message: 'Workstream 3 has the same name as another workstream',
      },
    ]);
    expect(rowsToContent([{ ...emptyRow(), note: 'x' }], 'risks').errors).toEqual([
      { path: 'risks[0].title', message: 'Enter the risk 1' },
    ]);
  });

  it('reads risks with their titles and mitigations', () => {
    const rows = rowsFrom(
      { risks: [{ title: 'Demand', rag: 'red', mitigation: 'Panel' }] },
      'risks',
    );
    expect(rows.map(({ name, rag, note }) => ({ name, rag, note }))).toEqual([
      { name: 'Demand', rag: 'red', note: 'Panel' },
    ]);
  });
});

describe('savings by mitigation', () => {
  const mitigations = [
    { id: 'inclusion', title: 'Inclusion', plannedSavings: [] },
    { id: 'INMSS', title: 'Local places', plannedSavings: [] },
  ];

  it('round-trips the figures as pounds, leaving out mitigations not started', () => {
    const form = mitigationsFormFrom(
      {
        mitigations: [
          {
            mitigationId: 'INMSS',
            savingsToDate: 250_000,
            forecastSavings: 1_000_000,
            rag: 'amber',
          },
        ],
      },
      mitigations,
    );
    expect(form['INMSS']).toEqual({
      savingsToDate: '£250,000',
      forecastSavings: '£1,000,000',
      rag: 'amber',
      note: '',
    });
    expect(mitigationsFromForm(form, mitigations)).toEqual({
      value: [
        { mitigationId: 'INMSS', savingsToDate: 250_000, forecastSavings: 1_000_000, rag: 'amber' },
      ],
      errors: [],
    });
  });

  it('names the field of a figure it cannot read, by mitigation id', () => {
    const form = mitigationsFormFrom({}, mitigations);
    form['inclusion'] = { savingsToDate: 'lots', forecastSavings: '-5', rag: '', note: '' };
    expect(mitigationsFromForm(form, mitigations).errors.map((e) => e.path)).toEqual([
      'mitigations[inclusion].savingsToDate',
      'mitigations[inclusion].forecastSavings',
    ]);
  });
});
