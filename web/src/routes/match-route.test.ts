import { describe, expect, it } from 'vitest';
import { matchRoute } from './match-route';
import { paths } from './paths';

describe('matchRoute', () => {
  it('finds each screen at the address paths builds for it', () => {
    expect(matchRoute(paths.home())).toEqual({ name: 'home' });
    expect(matchRoute(paths.council('351'))).toEqual({ name: 'council', laCode: '351' });
    expect(matchRoute(paths.returnPage('351', '2024-25-Q2'))).toEqual({
      name: 'return',
      laCode: '351',
      period: '2024-25-Q2',
    });
    expect(matchRoute(paths.returnSection('351', '2024-25-T3', 'finance'))).toEqual({
      name: 'return-section',
      laCode: '351',
      period: '2024-25-T3',
      section: 'finance',
    });
    expect(matchRoute(paths.returnCheck('351', '2024-25-M12')).name).toBe('return-check');
    expect(matchRoute(paths.returnSubmitted('351', '2024-25-Q1')).name).toBe('return-submitted');
    expect(matchRoute(paths.returnReview('351', '2024-25-Q1')).name).toBe('return-review');
    expect(matchRoute(paths.assess('351', 'inmss-placements'))).toEqual({
      name: 'condition-assess',
      laCode: '351',
      conditionId: 'inmss-placements',
    });
    expect(matchRoute(paths.decide('351', 'y2'))).toEqual({
      name: 'payment-decide',
      laCode: '351',
      trancheId: 'y2',
    });
    expect(matchRoute(paths.acknowledge('351', '01JABC'))).toEqual({
      name: 'alert-acknowledge',
      laCode: '351',
      alertId: '01JABC',
    });
    expect(matchRoute(paths.scorecardMonth('351', '2024-03'))).toEqual({
      name: 'scorecard-month',
      laCode: '351',
      month: '2024-03',
    });
    for (const [path, name] of [
      [paths.conditions('351'), 'conditions'],
      [paths.payments('351'), 'payments'],
      [paths.audit('351'), 'audit'],
      [paths.scorecard('351'), 'scorecard'],
      [paths.scorecardMeasures('351'), 'scorecard-measures'],
      [paths.councilAlerts('351'), 'council-alerts'],
      [paths.alerts(), 'alerts'],
      [paths.overview(), 'overview'],
      [paths.compare(), 'compare'],
      [paths.capital('351'), 'capital'],
      [paths.newCapitalBid('351'), 'capital-bid-new'],
      [paths.capitalBids(), 'capital-bids'],
    ] as const) {
      expect(matchRoute(path).name).toBe(name);
    }
  });

  it("finds a council's capital bid and what can be done to it", () => {
    const at = (name: string) => ({ name, laCode: '351', bidId: 'Bid_2021' });
    expect(matchRoute(paths.capitalBid('351', 'Bid_2021'))).toEqual(at('capital-bid'));
    expect(matchRoute(paths.editCapitalBid('351', 'Bid_2021'))).toEqual(at('capital-bid-edit'));
    expect(matchRoute(paths.decideCapitalBid('351', 'Bid_2021'))).toEqual(at('capital-bid-decide'));
    const progress = paths.schemeProgress('351', 'Bid_2021', 'vision-house');
    expect(matchRoute(progress.split('?')[0] ?? '')).toEqual(at('scheme-progress'));
    expect(progress).toContain('?scheme=vision-house');
    for (const path of [
      '/councils/351/capital/new/edit',
      '/councils/351/capital/bad.id',
      '/councils/351/capital/x/nonsense',
    ]) {
      expect(matchRoute(path)).toEqual({ name: 'not-found' });
    }
  });

  it("finds the organisation's sign-in and where it sends people back to", () => {
    expect(matchRoute('/auth/sign-in')).toEqual({ name: 'organisation-sign-in' });
    expect(matchRoute('/auth/callback')).toEqual({ name: 'sign-in-callback' });
    expect(matchRoute('/auth')).toEqual({ name: 'not-found' });
    expect(matchRoute('/auth/elsewhere')).toEqual({ name: 'not-found' });
    expect(matchRoute('/auth/callback/more')).toEqual({ name: 'not-found' });
  });

  it("finds DfE's admin screens: a new council, a council's agreement and its versions", () => {
    expect(matchRoute(paths.newCouncil())).toEqual({ name: 'council-new' });
    expect(matchRoute(paths.editAgreement('351'))).toEqual({
      name: 'agreement-edit',
      laCode: '351',
    });
    expect(matchRoute(paths.agreementVersions('351'))).toEqual({
      name: 'agreement-versions',
      laCode: '351',
    });
    for (const path of [
      '/councils/new/x',
      '/councils/351/agreement',
      '/councils/351/agreement/x',
      '/councils/351/agreement/edit/x',
    ]) {
      expect(matchRoute(path)).toEqual({ name: 'not-found' });
    }
  });

  it('ignores a trailing slash', () => {
    expect(matchRoute('/councils/351/')).toEqual({ name: 'council', laCode: '351' });
  });

  it('refuses addresses that name nothing', () => {
    for (const path of [
      '/councils',
      '/councils/35',
      '/councils/351/returns',
      '/councils/351/returns/2024-25-Q5',
      '/councils/351/returns/2024-25-Q2/nonsense',
      '/councils/351/returns/2024-25-Q2/finance/more',
      '/councils/351/conditions/x/y',
      '/councils/351/scorecard/months/2024-13',
      '/councils/351/scorecard/months',
      '/councils/351/scorecard/other',
      '/councils/351/%E0%A4%A',
      '/elsewhere',
    ]) {
      expect(matchRoute(path)).toEqual({ name: 'not-found' });
    }
  });
});
