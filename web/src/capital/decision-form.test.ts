import { describe, expect, it } from 'vitest';
import { readDecisionForm } from './decision-form';

describe('readDecisionForm', () => {
  it('sends support only for the schemes DfE named', () => {
    const { input, errors } = readDecisionForm(
      {
        decidedOn: '2021-06-30',
        awarded: '£3.781m',
        note: ' Strong support ',
        schemes: {
          a: { support: 'strong', amount: '1,700,000' },
          b: { support: 'further-consideration', amount: '' },
          c: { support: '', amount: '' },
        },
      },
      ['a', 'b', 'c'],
    );
    expect(errors).toEqual([]);
    expect(input).toEqual({
      decidedOn: '2021-06-30',
      awarded: 3_781_000,
      note: 'Strong support',
      schemes: [
        { schemeId: 'a', support: 'strong', amount: 1_700_000 },
        { schemeId: 'b', support: 'further-consideration' },
      ],
    });
  });

  it('names what is missing, with paths that match the API', () => {
    const { errors } = readDecisionForm(
      { decidedOn: '', awarded: '', note: '', schemes: { a: { support: '', amount: '5' } } },
      ['a'],
    );
    expect(errors.map((e) => e.path)).toEqual(['decidedOn', 'awarded', 'schemes[0].support']);
  });
});
