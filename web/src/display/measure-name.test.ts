import { describe, expect, it } from 'vitest';
import { measureName } from './measure-name';

describe('measureName', () => {
  it('names return fields and placement shares', () => {
    expect(measureName('placements.independentSpecial')).toBe('Independent special schools');
    expect(measureName('placements.mainstreamPct')).toBe('Share of EHCPs in mainstream schools');
    expect(measureName('demand.issuedWithin20WeeksPct')).toBe('New EHCPs issued within 20 weeks');
    expect(measureName('finance.forecastCumulativeDeficit')).toBe(
      'Forecast cumulative DSG deficit at the year end',
    );
  });

  it('leaves a council’s own measure as it is', () => {
    expect(measureName('local.sencoTraining')).toBe('local.sencoTraining');
    expect(measureName('placements.nothing')).toBe('placements.nothing');
  });
});
