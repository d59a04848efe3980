import { describe, expect, it } from 'vitest';
import { applySectionForm, initialSectionForm } from './section-edit';

const agreement = { conditions: [{ id: 'a', title: 'A' }] };
const content = { finance: { highNeedsIncome: 1_000_000 }, narrative: 'Before.' };

describe('section editing', () => {
  it('replaces only the section being edited', () => {
    const form = initialSectionForm('finance', content, agreement);
    if (form.section !== 'finance') throw new Error('wrong section');
    form.numbers['forecastCumulativeDeficit'] = '£20.4m';
    expect(applySectionForm(form, content, agreement)).toEqual({
      content: {
        finance: { highNeedsIncome: 1_000_000, forecastCumulativeDeficit: 20_400_000 },
        narrative: 'Before.',
      },
      errors: [],
    });
  });

  it('leaves an emptied section out of the draft', () => {
    const form = initialSectionForm('narrative', content, agreement);
    if (form.section !== 'narrative') throw new Error('wrong section');
    form.narrative = '  ';
    expect(applySectionForm(form, content, agreement).content).toEqual({
      finance: { highNeedsIncome: 1_000_000 },
    });
  });

  it('offers one empty row to start a list, and sends none while it stays empty', () => {
    const form = initialSectionForm('workstreams', {}, agreement);
    expect(form.section === 'workstreams' && form.rows.length).toBe(1);
    expect(applySectionForm(form, {}, agreement)).toEqual({
      content: {},
      errors: [],
      rowOf: { workstreams: [] },
    });
  });

  it('reports invalid answers with the draft unchanged for them', () => {
    const form = initialSectionForm('demand', {}, agreement);
    if (form.section !== 'demand') throw new Error('wrong section');
    form.numbers['ehcpsTotal'] = 'many';
    const applied = applySectionForm(form, {}, agreement);
    expect(applied.errors.map((e) => e.path)).toEqual(['demand.ehcpsTotal']);
    expect(applied.content).toEqual({});
  });
});
