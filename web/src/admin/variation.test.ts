import { describe, expect, it } from 'vitest';
import { buryAgreement } from '../../../shared/domain/testing/bury';
import type { Agreement } from '../../../shared/schemas/agreement';
import { bodyFromForm, formFromAgreement } from './agreement-form';
import { keepWhatTheFormDoesNotShow } from './variation';

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

describe('a variation made in the form', () => {
  it('keeps the tolerances it does not show, and the conditions’ descriptions it does', () => {
    const previous = bury();
    const form = formFromAgreement(previous);
    form.conditions.push(['c3', 'Third', '', '', '', '', '']);
    const body = keepWhatTheFormDoesNotShow(bodyFromForm(form).body, previous);
    expect(body.tolerances).toEqual(previous.tolerances);
    expect(body.conditions).toEqual([
      { id: 'c1', title: 'First', description: 'What the agreement says' },
      { id: 'c2', title: 'Second' },
      { id: 'c3', title: 'Third' },
    ]);
  });

  it('leaves a first version as the form gives it', () => {
    const body = bodyFromForm(formFromAgreement(bury())).body;
    expect(keepWhatTheFormDoesNotShow(body, null)).toBe(body);
  });
});
