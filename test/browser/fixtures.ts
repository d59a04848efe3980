import {
  financialYearOf,
  financialYearRange,
  nextFinancialYear,
  periodContaining,
  previousFinancialYear,
  previousPeriod,
} from '../../shared/domain';
import type { AgreementInputBody } from '../../shared/schemas/agreement';
import type { ReturnDraft } from '../../shared/schemas/return-content';
import { devToken } from './support';

/**
 * A council of the tests' own, beside the demo councils, with an agreement whose term
 * runs around today, so that what is due and late does not depend on the demo's dates.
 */
export const TEST_COUNCIL = { laCode: '999', name: 'Northshire', region: 'North East' };

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The latest period that has ended: the return the story submits. */
export function reportingPeriod(on = today()): string {
  const period = previousPeriod(periodContaining('quarterly', on));
  if (!period) throw new Error('no period before today');
  return period;
}

/** A quarterly Safety Valve agreement from last financial year to two years ahead. */
export function testAgreement(on = today()): AgreementInputBody {
  const thisYear = financialYearOf(on);
  const firstYear = previousFinancialYear(thisYear);
  const lastYear = nextFinancialYear(nextFinancialYear(thisYear));
  const years = financialYearRange(firstYear, lastYear);
  const planned = [24_000_000, 18_500_000, 11_000_000, 2_500_000];
  return {
    programme: 'safety-valve',
    status: 'active',
    signedOn: `${firstYear.slice(0, 4)}-03-20`,
    firstYear,
    lastYear,
    cadence: 'quarterly',
    dfeContributionTotal: 30_000_000,
    councilContributionTotal: 4_000_000,
    trajectory: years.map((financialYear, i) => ({
      financialYear,
      plannedCumulativeDeficit: planned[i] ?? 0,
      unmitigatedCumulativeDeficit: 26_000_000 + i * 4_000_000,
      plannedEhcps: 2400 + i * 50,
    })),
    conditions: [
      { id: 'mainstream-inclusion', title: 'Raise the share of EHCPs in mainstream schools' },
      { id: 'inmss-placements', title: 'Reduce independent special school placements' },
    ],
    tranches: years.map((financialYear, i) => ({
      id: `y${i + 1}`,
      financialYear,
      amount: [12_000_000, 8_000_000, 6_000_000, 4_000_000][i] ?? 0,
      dueOn: `${financialYear.slice(0, 4)}-09-30`,
      conditionIds: i === 0 ? [] : ['mainstream-inclusion', 'inmss-placements'],
    })),
  };
}

/** A complete return for the test agreement, its forecast as given. */
export function completeReturn(forecastCumulativeDeficit: number): ReturnDraft {
  return {
    finance: {
      highNeedsIncome: 48_000_000,
      highNeedsExpenditure: 47_500_000,
      forecastInYearBalance: 500_000,
      forecastCumulativeDeficit,
    },
    demand: { ehcpsTotal: 2380, newEhcps: 95 },
    placements: {
      mainstream: 900,
      resourcedProvision: 120,
      laMaintainedSpecial: 700,
      academySpecial: 250,
      independentSpecial: 110,
      nonMaintainedSpecial: 20,
      alternativeProvision: 30,
      post16: 200,
      other: 50,
    },
    conditions: [
      { conditionId: 'mainstream-inclusion', status: 'on-track', statement: 'Fund in place.' },
      { conditionId: 'inmss-placements', status: 'on-track', statement: 'Placements falling.' },
    ],
    narrative: 'Close to plan.',
  };
}

/** Calls the API as someone, for setting up and checking data. */
export async function apiAs(
  url: string,
  user: { sub: string; role: Parameters<typeof devToken>[1]['role']; laCode?: string },
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown }> {
  const token = await devToken(url, user);
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}

export const DFE_ADMIN = { sub: 'dfe-admin-1', role: 'dfe-admin' as const };

/** Sets up the test council and its agreement through the API. */
export async function setUpTestCouncil(url: string): Promise<void> {
  const council = await apiAs(url, DFE_ADMIN, 'POST', '/api/v1/councils', TEST_COUNCIL);
  if (council.status !== 201) throw new Error(`council: ${JSON.stringify(council)}`);
  const agreement = await apiAs(
    url,
    DFE_ADMIN,
    'PUT',
    `/api/v1/councils/${TEST_COUNCIL.laCode}/agreement`,
    testAgreement(),
  );
  if (agreement.status !== 201) throw new Error(`agreement: ${JSON.stringify(agreement)}`);
}
