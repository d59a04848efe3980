import { describe, expect, it } from 'vitest';
import { describeReturnProblem, describeReturnProblems } from './problems';

const conditions = [
  { id: 'mainstream-inclusion', title: 'Raise the share of EHCPs in mainstream schools' },
  { id: 'inmss-placements', title: 'Reduce independent special school placements' },
];
const context = {
  conditions,
  content: {
    conditions: [{ conditionId: 'mainstream-inclusion' }, { conditionId: 'inmss-placements' }],
  },
};

describe('describeReturnProblem', () => {
  it('puts a number field’s problem on its input', () => {
    expect(
      describeReturnProblem(
        { path: 'finance.forecastCumulativeDeficit', message: 'is required to submit' },
        context,
      ),
    ).toEqual({
      path: 'finance.forecastCumulativeDeficit',
      section: 'finance',
      fieldId: 'finance-forecastCumulativeDeficit',
      message: 'Enter forecast cumulative DSG deficit at the year end',
    });
    expect(
      describeReturnProblem(
        { path: 'demand.ehcpsTotal', message: 'must not be negative' },
        context,
      ),
    ).toMatchObject({
      fieldId: 'demand-ehcpsTotal',
      message: 'EHCPs maintained must not be negative',
    });
  });

  it('names a condition missing from the return by its title', () => {
    expect(
      describeReturnProblem(
        { path: 'conditions[inmss-placements]', message: 'needs a status for condition x' },
        context,
      ),
    ).toEqual({
      path: 'conditions[inmss-placements]',
      section: 'conditions',
      fieldId: 'conditions-inmss-placements-status',
      message:
        'Select a status and enter a position statement for “Reduce independent special school placements”',
    });
  });

  it('finds the condition an index points at in the content sent', () => {
    expect(
      describeReturnProblem(
        { path: 'conditions[1].statement', message: 'enter a position statement' },
        context,
      ),
    ).toMatchObject({
      fieldId: 'conditions-inmss-placements-statement',
      message: 'Enter a position statement',
    });
    expect(
      describeReturnProblem(
        { path: 'conditions[0].status', message: 'is required to submit' },
        context,
      ),
    ).toMatchObject({
      fieldId: 'conditions-mainstream-inclusion-status',
      message: 'Select a status for “Raise the share of EHCPs in mainstream schools”',
    });
  });

  it('puts a row’s problem on the form row it came from', () => {
    expect(
      describeReturnProblem(
        { path: 'workstreams[1].rag', message: 'is required to submit' },
        { ...context, rowOf: { workstreams: [0, 3] } },
      ),
    ).toEqual({
      path: 'workstreams[1].rag',
      section: 'workstreams',
      fieldId: 'workstreams-3-rag',
      message: 'Select a RAG rating for workstream 4',
    });
    expect(
      describeReturnProblem({ path: 'risks[0].title', message: 'enter the risk' }, context),
    ).toMatchObject({ fieldId: 'risks-0-name', message: 'Enter the risk' });
  });

  it('places the placements total and the narrative', () => {
    expect(
      describeReturnProblem(
        {
          path: 'placements',
          message: 'add up to 2,400, more than the 2,380 EHCPs maintained (demand.ehcpsTotal)',
        },
        context,
      ),
    ).toMatchObject({
      section: 'placements',
      fieldId: 'placements-mainstream',
      message: 'Placements add up to 2,400, more than the 2,380 EHCPs maintained',
    });
    expect(
      describeReturnProblem({ path: 'narrative', message: 'is required to submit' }, context),
    ).toMatchObject({ fieldId: 'narrative', message: 'Enter the narrative' });
  });

  it('shows anything else as the API said it', () => {
    expect(
      describeReturnProblem({ path: 'period', message: 'is after the term' }, context),
    ).toEqual({ path: 'period', message: 'period is after the term' });
  });
});

describe('describeReturnProblems', () => {
  it('keeps the first message for each control', () => {
    const { byField } = describeReturnProblems(
      [
        { path: 'narrative', message: 'is required to submit' },
        { path: 'narrative', message: 'is too long' },
      ],
      context,
    );
    expect(byField).toEqual({ narrative: 'Enter the narrative' });
  });
});
