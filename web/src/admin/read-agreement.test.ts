import { describe, expect, it } from 'vitest';
import { buryAgreement } from '../../../shared/domain/testing/bury';
import type { Agreement } from '../../../shared/schemas/agreement';
import { emptyAgreementForm, formFromAgreement } from './agreement-form';
import { readAgreementForm } from './read-agreement';

const bury = (): Agreement => ({
  ...buryAgreement(),
  laCode: '351',
  version: 1,
  createdAt: '2021-03-19T10:00:00.000Z',
  createdBy: { sub: 'a', role: 'dfe-admin' },
});

describe('reading the agreement form before anything is sent', () => {
  it('needs a term first', () => {
    const { errors } = readAgreementForm(emptyAgreementForm(), null);
    expect(errors.map((e) => e.path)).toEqual(['firstYear', 'lastYear', 'dfeContributionTotal']);
    const backwards = { ...emptyAgreementForm(), firstYear: '2024-25', lastYear: '2020-21' };
    expect(readAgreementForm(backwards, null).errors[0]).toEqual({
      path: 'lastYear',
      message: 'The last year must not be before the first year',
    });
  });

  it('needs a reason for a variation, not for the first version', () => {
    const previous = bury();
    expect(readAgreementForm(formFromAgreement(previous), null).errors).toEqual([]);
    expect(readAgreementForm(formFromAgreement(previous), previous).errors).toEqual([
      { path: 'reason', message: 'Enter the reason for the variation' },
    ]);
    const varied = { ...formFromAgreement(previous), reason: 'Extended' };
    expect(readAgreementForm(varied, previous).errors).toEqual([]);
  });

  it('applies the agreement’s own rules once the form reads', () => {
    const form = formFromAgreement(bury());
    form.dfeContributionTotal = '£21m';
    const { errors } = readAgreementForm(form, null);
    expect(errors).toEqual([
      {
        path: 'tranches',
        message: 'Tranche amounts add up to £20,000,000, not the DfE contribution of £21,000,000',
      },
    ]);
  });
});
