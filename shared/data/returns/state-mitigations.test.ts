import { describe, expect, it } from 'vitest';
import { packMitigations, unpackMitigations } from './state-mitigations';

describe('mitigation reports on a state item', () => {
  it('keep what the savings read, without notes, and come back the same', () => {
    const packed = packMitigations([
      { mitigationId: 'INMSS', savingsToDate: 1, forecastSavings: 2, rag: 'green', note: 'x' },
      { mitigationId: 'graduated-approach', forecastSavings: 3 },
    ]);
    expect(unpackMitigations(packed)).toEqual([
      { mitigationId: 'INMSS', savingsToDate: 1, forecastSavings: 2, rag: 'green' },
      { mitigationId: 'graduated-approach', forecastSavings: 3 },
    ]);
    expect(unpackMitigations(packMitigations(undefined))).toEqual([]);
  });

  it('say a state item without them, or with a value that cannot be read, is older', () => {
    expect(unpackMitigations(undefined)).toBeUndefined();
    expect(unpackMitigations('{not json')).toBeUndefined();
    expect(unpackMitigations('{"mitigationId":"INMSS"}')).toBeUndefined();
  });
});
