import { describe, expect, it } from 'vitest';
import { buryAgreement } from '../../../shared/domain/testing/bury';
import type { Agreement } from '../../../shared/schemas/agreement';
import { bodyFromForm, controlFor, emptyAgreementForm, formFromAgreement } from './agreement-form';

const bury = (): Agreement => ({
  ...buryAgreement(),
  laCode: '351',
  version: 1,
  createdAt: '2021-03-19T10:00:00.000Z',
  createdBy: { sub: 'a', role: 'dfe-admin' },
  tolerances: { cumulativeDeficitPct: 3, cumulativeDeficitAbs: 250_000, ehcpGrowthPct: 4 },
  conditions: [
    { id: 'c1', title: 'First', description: 'What the agreement says' },
    { id: 'c2', title: 'Second' },
  ],
  tranches: [],
});
const NO_ROWS = { trajectory: [], conditions: [], tranches: [], mitigations: [] };

describe('a variation made in the form', () => {
  it('keeps the tolerances and the conditions’ descriptions unless they are changed', () => {
    const previous = bury();
    const form = formFromAgreement(previous);
    form.conditions.push(['c3', 'Third', '', '', '', '', '']);
    const { body, errors } = bodyFromForm(form);
    expect(errors).toEqual([]);
    expect(body.tolerances).toEqual(previous.tolerances);
    expect(body.conditions).toEqual([
      { id: 'c1', title: 'First', description: 'What the agreement says' },
      { id: 'c2', title: 'Second' },
      { id: 'c3', title: 'Third' },
    ]);
  });

  it('sends the tolerances as changed, in per cents and pounds', () => {
    const form = formFromAgreement(bury());
    expect(form.tolerances).toEqual({
      cumulativeDeficitPct: '3',
      cumulativeDeficitAbs: '£250,000',
      ehcpGrowthPct: '4',
    });
    form.tolerances = {
      cumulativeDeficitPct: '2.5%',
      cumulativeDeficitAbs: '£1m',
      ehcpGrowthPct: '0',
    };
    expect(bodyFromForm(form).body.tolerances).toEqual({
      cumulativeDeficitPct: 2.5,
      cumulativeDeficitAbs: 1_000_000,
      ehcpGrowthPct: 0,
    });
  });

  it('starts a new agreement from the default tolerances', () => {
    expect(emptyAgreementForm().tolerances).toEqual({
      cumulativeDeficitPct: '2',
      cumulativeDeficitAbs: '£500,000',
      ehcpGrowthPct: '5',
    });
  });

  it.each([
    ['cumulativeDeficitPct', '', 'Enter the tolerance for the cumulative deficit, per cent'],
    ['cumulativeDeficitPct', '101', 'must be a per cent from 0 to 100'],
    ['ehcpGrowthPct', '-1', 'must be a per cent from 0 to 100'],
    ['ehcpGrowthPct', 'five', 'must be a per cent from 0 to 100'],
    [
      'cumulativeDeficitAbs',
      'lots',
      'The tolerance for the cumulative deficit in pounds must be an amount in pounds, like 500,000',
    ],
    ['cumulativeDeficitAbs', '-£5', 'must be an amount in pounds'],
  ] as const)('refuses %s written as "%s", naming it', (key, text, message) => {
    const form = formFromAgreement(bury());
    form.tolerances = { ...form.tolerances, [key]: text };
    const { errors } = bodyFromForm(form);
    const error = errors.find((e) => e.path === `tolerances.${key}`);
    expect(error?.message).toContain(message);
    expect(controlFor(`tolerances.${key}`, NO_ROWS)).toBe(`tolerances-${key}`);
  });
});
