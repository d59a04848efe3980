import { describe, expect, it } from 'vitest';
import { bidForm, emptyScheme, readBidForm, type BidForm } from './bid-form';
import { fieldId, fieldLabel, problemsOf } from './form-fields';

const filled = (over: Partial<BidForm> = {}): BidForm => ({
  bidId: 'hn-2021',
  title: 'High needs capital bid 2021',
  submittedOn: '2021-04-30',
  requested: '£6.275m',
  note: '',
  schemes: [
    {
      ...emptyScheme(),
      id: 'vision-house',
      title: 'Vision House',
      provisionType: 'resourced-provision',
      places: '8',
      cost: '300,000',
      fundedFrom: 'existing-capital',
    },
  ],
  ...over,
});

describe('readBidForm', () => {
  it('reads money as people write it and leaves out what is empty', () => {
    const { input, bidId, errors } = readBidForm(filled(), true);
    expect(errors).toEqual([]);
    expect(bidId).toBe('hn-2021');
    expect(input).toEqual({
      title: 'High needs capital bid 2021',
      submittedOn: '2021-04-30',
      requested: 6_275_000,
      schemes: [
        {
          id: 'vision-house',
          title: 'Vision House',
          provisionType: 'resourced-provision',
          places: 8,
          cost: 300_000,
          fundedFrom: 'existing-capital',
        },
      ],
    });
  });

  it.each<[string, Partial<BidForm>, string[]]>([
    ['nothing entered', { bidId: '', title: '', requested: '' }, ['bidId', 'title', 'requested']],
    ['a reference with a space', { bidId: 'hn 2021' }, ['bidId']],
    ['the reference "new"', { bidId: 'new' }, ['bidId']],
    ['a date that is not one', { submittedOn: '2021-02-30' }, ['submittedOn']],
    ['a negative amount', { requested: '-5' }, ['requested']],
    [
      'a scheme with nothing in it',
      { schemes: [{ ...emptyScheme(), fundedFrom: '' }] },
      [
        'schemes[0].id',
        'schemes[0].title',
        'schemes[0].provisionType',
        'schemes[0].cost',
        'schemes[0].fundedFrom',
      ],
    ],
  ])('refuses %s', (_, over, paths) => {
    expect(readBidForm(filled(over), true).errors.map((e) => e.path)).toEqual(paths);
  });

  it('round-trips a saved bid', () => {
    const { input } = readBidForm(filled(), true);
    if (!input) throw new Error('no input');
    const form = bidForm({
      ...input,
      laCode: '351',
      bidId: 'hn-2021',
      version: 1,
      status: 'submitted',
      placesPlanned: 8,
      placesDelivered: 0,
      costByFunding: { 'this-bid': 0, 'existing-capital': 300_000, central: 0 },
      schemes: input.schemes.map((s) => ({ ...s, status: 'planned' })),
      createdAt: '2021-04-30T10:00:00.000Z',
      updatedAt: '2021-04-30T10:00:00.000Z',
      updatedBy: { sub: 'a', role: 'council-editor' },
    });
    expect(readBidForm(form, false).input).toEqual(input);
  });
});

describe('field names', () => {
  it.each([
    ['schemes[1].cost', 'schemes-1-cost', 'Scheme 2 cost'],
    ['requested', 'requested', 'The amount requested'],
    ['schemes[0].schemeId', 'schemes-0-schemeId', 'Scheme 1 scheme'],
  ])('%s → #%s, "%s"', (path, id, label) => {
    expect(fieldId(path)).toBe(id);
    expect(fieldLabel(path)).toBe(label);
  });

  it("turns the API's messages into sentences", () => {
    expect(
      problemsOf([{ path: 'requested', message: 'is less than the £1,000 the schemes cost' }]),
    ).toEqual([
      {
        path: 'requested',
        message: 'The amount requested is less than the £1,000 the schemes cost',
      },
    ]);
  });
});
