import { describe, expect, it } from 'vitest';
import { checkSignOff, describeSubmitProblems } from './submit-problems';

const context = {
  laCode: '351',
  period: '2024-25-Q2',
  conditions: [{ id: 'inmss-placements', title: 'Reduce independent placements' }],
  content: {},
};

describe('checkSignOff', () => {
  it('needs a name and a role', () => {
    expect(checkSignOff({ name: ' ', role: 'S151 officer' })).toEqual([
      { path: 'signOff.name', message: 'Enter the name of the officer signing off' },
    ]);
    expect(checkSignOff({ name: 'A', role: 'B' })).toEqual([]);
  });
});

describe('describeSubmitProblems', () => {
  it('links what is missing to the field on its section’s page', () => {
    expect(
      describeSubmitProblems(
        [
          { path: 'finance.highNeedsIncome', message: 'is required to submit' },
          { path: 'conditions[inmss-placements]', message: 'needs a status' },
          { path: 'signOff.role', message: 'enter the role of the officer signing off' },
          { path: 'period', message: 'is after the term' },
        ],
        context,
      ),
    ).toEqual([
      {
        path: 'finance.highNeedsIncome',
        message: 'Enter high needs block income',
        href: '/councils/351/returns/2024-25-Q2/finance#finance-highNeedsIncome',
      },
      {
        path: 'conditions[inmss-placements]',
        message:
          'Select a status and enter a position statement for “Reduce independent placements”',
        href: '/councils/351/returns/2024-25-Q2/conditions#conditions-inmss-placements-status',
      },
      {
        path: 'signOff.role',
        message: 'Enter the role of the officer signing off',
        href: '#signOff-role',
      },
      { path: 'period', message: 'period is after the term', href: undefined },
    ]);
  });
});
