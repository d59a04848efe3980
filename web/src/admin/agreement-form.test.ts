import { describe, expect, it } from 'vitest';
import { buryAgreement } from '../../../shared/domain/testing/bury';
import {
  bodyFromForm,
  controlFor,
  emptyAgreementForm,
  formFromAgreement,
  resizeTrajectory,
  TRAJECTORY_LINES,
  trajectoryYears,
} from './agreement-form';
import { parseBlock, pasteBlock } from './paste-grid';

const bury = () => ({
  ...buryAgreement(),
  laCode: '351',
  version: 1,
  createdAt: '2021-03-19T10:00:00.000Z',
  createdBy: { sub: 'a', role: 'dfe-admin' as const },
});

describe('the agreement form', () => {
  it('gives the trajectory the year before the term and every year of it', () => {
    expect(trajectoryYears('2020-21', '2024-25')).toEqual([
      '2019-20',
      '2020-21',
      '2021-22',
      '2022-23',
      '2023-24',
      '2024-25',
    ]);
    expect(trajectoryYears('2024-25', '2020-21')).toEqual([]);
  });

  it('round-trips an agreement through the form', () => {
    const agreement = bury();
    const { body, errors } = bodyFromForm(formFromAgreement(agreement));
    expect(errors).toEqual([]);
    expect(body.trajectory).toEqual(agreement.trajectory);
    expect(body.tranches).toEqual(agreement.tranches);
    expect(body.conditions).toEqual(agreement.conditions);
  });

  it('takes a trajectory pasted in £m from a DSG plan', () => {
    const form = { ...emptyAgreementForm(), firstYear: '2020-21', lastYear: '2024-25' };
    const years = trajectoryYears(form.firstYear, form.lastYear);
    form.trajectory = resizeTrajectory(form.trajectory, [], years);
    form.trajectoryUnit = 'millions';
    const block = parseBlock(
      '20.067\t27.407\t28.639\t28.541\t25.605\t19.038\n\t\t\t\t\t\n0\t0\t1.125\t1.125\t0.902\t0.902\n20.067\t21.407\t19.764\t15.666\t9.507\t-0.060\n',
    );
    const mitigated = TRAJECTORY_LINES.findIndex((l) => l.key === 'mitigatedCumulativeDeficit');
    form.trajectory = pasteBlock(
      form.trajectory,
      block,
      { row: mitigated, column: 0 },
      {
        columns: years.length,
        growRows: false,
      },
    ).grid;
    const { body, errors } = bodyFromForm(form);
    expect(errors.filter((e) => e.path.startsWith('trajectory'))).toEqual([]);
    expect(body.trajectory.map((y) => y.plannedCumulativeDeficit)).toEqual([
      20_067_000, 21_407_000, 19_764_000, 15_666_000, 9_507_000, -60_000,
    ]);
    expect(body.trajectory[2]).toMatchObject({
      mitigatedCumulativeDeficit: 28_639_000,
      programmeCost: 1_125_000,
    });
  });

  it.each([
    ['trajectory[1].programmeCost', 'trajectory-programmeCost-2021-22'],
    ['tranches[0].amount', 'tranches-3-2'],
    ['mitigations[0].plannedSavings[1].financialYear', 'mitigations-0-3'],
    ['baseline.placements', 'baseline-placements-mainstream'],
    ['baseline.ehcpsTotal', 'baseline-ehcpsTotal'],
    ['lastYear', 'lastYear'],
  ])('links %s to its control', (path, id) => {
    const sent = {
      trajectory: ['2020-21', '2021-22'],
      conditions: [],
      tranches: [3],
      mitigations: [0],
    };
    expect(controlFor(path, sent)).toBe(id);
  });

  it('says what it cannot read, at the API’s paths', () => {
    const form = { ...emptyAgreementForm(), firstYear: '2020-21', lastYear: '2020-21' };
    form.trajectory = resizeTrajectory(form.trajectory, [], ['2019-20', '2020-21']);
    form.trajectory[3] = ['lots', ''];
    form.tranches = [['t1', '2020-21', 'ten', '2021-03-31', '']];
    const { errors } = bodyFromForm(form);
    expect(errors.map((e) => e.path)).toEqual([
      'trajectory[0].programmeCost',
      'tranches[0].amount',
      'dfeContributionTotal',
    ]);
  });
});
