import { describe, expect, it } from 'vitest';
import { councilControl, emptyCouncilForm, readCouncilForm } from './council-form';

const form = (patch: Partial<ReturnType<typeof emptyCouncilForm>>) => ({
  ...emptyCouncilForm(),
  ...patch,
});

describe('the council form', () => {
  it('reads a council with its statistical neighbours as people list them', () => {
    expect(
      readCouncilForm(
        form({
          name: ' Bury ',
          laCode: '351',
          region: 'North West',
          statisticalNeighbours: '354, 355\n356 ;357',
        }),
      ),
    ).toEqual({
      errors: [],
      input: {
        laCode: '351',
        name: 'Bury',
        region: 'North West',
        statisticalNeighbours: ['354', '355', '356', '357'],
      },
    });
    expect(readCouncilForm(form({ name: 'Bury', laCode: '351' })).input).toEqual({
      laCode: '351',
      name: 'Bury',
    });
  });

  it.each([
    [{}, ['name', 'laCode']],
    [{ name: 'Bury', laCode: '35' }, ['laCode']],
    [{ name: 'Bury', laCode: '351', statisticalNeighbours: '354, 35x' }, ['statisticalNeighbours']],
    [{ name: 'Bury', laCode: '351', statisticalNeighbours: '354 351' }, ['statisticalNeighbours']],
    [{ name: 'Bury', laCode: '351', statisticalNeighbours: '354 354' }, ['statisticalNeighbours']],
    [{ name: 'x'.repeat(121), laCode: '351' }, ['name']],
  ])('refuses %j', (patch, paths) => {
    const { input, errors } = readCouncilForm(form(patch));
    expect(input).toBeUndefined();
    expect(errors.map((e) => e.path)).toEqual(paths);
  });

  it('links the API’s problems to their fields', () => {
    expect(councilControl('statisticalNeighbours[1]')).toBe('statisticalNeighbours');
    expect(councilControl('laCode')).toBe('laCode');
  });
});
