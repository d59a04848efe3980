import { describe, expect, it } from 'vitest';
import { navigationFor } from './navigation';

const current = (items: ReturnType<typeof navigationFor>, path: string) =>
  items.filter((item) => item.matches(path)).map((item) => item.text);

describe('navigationFor', () => {
  it('gives council users the pages of their own council', () => {
    const items = navigationFor({ sub: 'a', name: 'A', role: 'council-editor', laCode: '351' });
    expect(items.map((i) => [i.text, i.href])).toEqual([
      ['Home', '/councils/351'],
      ['Conditions', '/councils/351/conditions'],
      ['Payments', '/councils/351/payments'],
      ['Scorecard', '/councils/351/scorecard'],
      ['Capital', '/councils/351/capital'],
      ['Reform plan', '/councils/351/reform-plan'],
      ['Stability grant', '/councils/351/stability-grant'],
      ['Alerts', '/councils/351/alerts'],
    ]);
    expect(current(items, '/councils/351/scorecard/months/2024-03')).toEqual(['Scorecard']);
    expect(current(items, '/councils/351/capital/hn-2021/edit')).toEqual(['Capital']);
    expect(current(items, '/councils/351/reform-plan/early')).toEqual(['Reform plan']);
    expect(current(items, '/councils/351/returns/2024-25-Q2/finance')).toEqual(['Home']);
    expect(current(items, '/councils/351/conditions')).toEqual(['Conditions']);
    expect(current(items, '/councils/351/alerts/x/acknowledge')).toEqual(['Alerts']);
  });

  it('gives DfE the pages across councils', () => {
    const items = navigationFor({ sub: 'b', name: 'B', role: 'dfe-reviewer' });
    expect(items.map((i) => i.text)).toEqual([
      'Overview',
      'Councils',
      'Capital bids',
      'Alerts',
      'Compare',
    ]);
    expect(current(items, '/capital-bids')).toEqual(['Capital bids']);
    expect(current(items, '/')).toEqual(['Councils']);
    expect(current(items, '/councils/351/audit')).toEqual(['Councils']);
    expect(current(items, '/overview')).toEqual(['Overview']);
  });
});
