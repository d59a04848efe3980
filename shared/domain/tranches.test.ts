import { describe, expect, it } from 'vitest';
import type { TrancheDecisionKind, TrancheStatus } from './agreement';
import { blockingConditions, decideTranche, type TrancheDecisionContext } from './tranches';

const assessedWell: TrancheDecisionContext = {
  conditionIds: ['a', 'b'],
  latestAssessments: { a: 'met', b: 'on-track' },
};
const state = (status: TrancheStatus, backPaid = false) => ({ status, backPaid });

describe('decideTranche: transitions', () => {
  it.each<[TrancheStatus, TrancheDecisionKind, TrancheStatus, boolean]>([
    ['scheduled', 'release', 'released', false],
    ['scheduled', 'withhold', 'withheld', false],
    ['scheduled', 'suspend', 'suspended', false],
    ['withheld', 'release', 'released', true],
    ['withheld', 'suspend', 'suspended', false],
    ['suspended', 'release', 'released', true],
    ['suspended', 'withhold', 'withheld', false],
  ])('%s + %s → %s (backPaid %s)', (from, decision, to, backPaid) => {
    expect(decideTranche(state(from), { decision, reason: 'x' }, assessedWell)).toEqual({
      ok: true,
      state: { status: to, backPaid },
      overriddenConditionIds: [],
    });
  });

  it.each<TrancheDecisionKind>(['release', 'withhold', 'suspend'])(
    'a released tranche is final (%s)',
    (decision) => {
      const outcome = decideTranche(
        state('released'),
        { decision, reason: 'x', override: true },
        assessedWell,
      );
      expect(outcome).toMatchObject({ ok: false, error: { kind: 'final' } });
    },
  );

  it.each<[TrancheStatus, TrancheDecisionKind]>([
    ['withheld', 'withhold'],
    ['suspended', 'suspend'],
  ])('refuses %s + %s as no change', (from, decision) => {
    expect(decideTranche(state(from), { decision, reason: 'x' }, assessedWell)).toMatchObject({
      ok: false,
      error: { kind: 'unchanged', message: `The tranche is already ${from}.` },
    });
  });
});

describe('decideTranche: the release rule', () => {
  const context: TrancheDecisionContext = {
    conditionIds: ['met', 'risk', 'not', 'missing', 'track'],
    latestAssessments: { met: 'met', risk: 'at-risk', not: 'not-met', track: 'on-track' },
  };

  it('names every blocking condition: at risk, not met or never assessed', () => {
    expect(blockingConditions(context)).toEqual(['risk', 'not', 'missing']);
    const outcome = decideTranche(
      state('scheduled'),
      { decision: 'release', reason: 'x' },
      context,
    );
    expect(outcome).toEqual({
      ok: false,
      error: {
        kind: 'conditions-blocking',
        conditionIds: ['risk', 'not', 'missing'],
        message: expect.stringContaining('conditions risk, not, missing are at risk'),
      },
    });
  });

  it('blocks a back-payment too', () => {
    const outcome = decideTranche(state('withheld'), { decision: 'release', reason: 'x' }, context);
    expect(outcome).toMatchObject({ ok: false, error: { kind: 'conditions-blocking' } });
  });

  it('releases over the conditions with override and a reason, and records them', () => {
    const outcome = decideTranche(
      state('suspended'),
      { decision: 'release', reason: 'Revised agreement reached', override: true },
      context,
    );
    expect(outcome).toEqual({
      ok: true,
      state: { status: 'released', backPaid: true },
      overriddenConditionIds: ['risk', 'not', 'missing'],
    });
  });

  it('needs a reason to override', () => {
    for (const reason of [undefined, '', '   ']) {
      const outcome = decideTranche(
        state('scheduled'),
        { decision: 'release', reason, override: true },
        context,
      );
      expect(outcome).toMatchObject({ ok: false, error: { kind: 'reason-required' } });
    }
  });

  it('releases a tranche linked to no condition', () => {
    const outcome = decideTranche(
      state('scheduled'),
      { decision: 'release' },
      { conditionIds: [], latestAssessments: {} },
    );
    expect(outcome).toMatchObject({ ok: true, state: { status: 'released', backPaid: false } });
  });

  it('does not block withholding or suspending', () => {
    expect(
      decideTranche(state('scheduled'), { decision: 'withhold', reason: 'x' }, context).ok,
    ).toBe(true);
    expect(decideTranche(state('withheld'), { decision: 'suspend', reason: 'x' }, context).ok).toBe(
      true,
    );
  });

  it('names a condition linked twice once', () => {
    expect(blockingConditions({ conditionIds: ['a', 'a'], latestAssessments: {} })).toEqual(['a']);
    const outcome = decideTranche(
      state('scheduled'),
      { decision: 'release' },
      { conditionIds: ['a'], latestAssessments: { a: 'at-risk' } },
    );
    expect(outcome).toMatchObject({
      error: { message: expect.stringContaining('condition a is at risk') },
    });
  });
});
