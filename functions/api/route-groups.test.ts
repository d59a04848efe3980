import { describe, expect, it } from 'vitest';
import type { AppEnv } from './env';
import { OpenAPIHono } from './openapi-hono';
import { GROUPS, groupOf, registerRoutes } from './route-groups';

const routesOf = async (group?: string) => {
  const app = new OpenAPIHono<AppEnv>();
  await registerRoutes(app, { group, devIdentity: true });
  return app.routes.map((r) => `${r.method} ${r.path}`);
};

describe('route groups', () => {
  it('answer every route of the API from the group its path falls in', async () => {
    const all = await routesOf();
    expect(all.length).toBeGreaterThan(60);
    const byGroup = new Map<string, string[]>();
    for (const group of Object.keys(GROUPS)) byGroup.set(group, await routesOf(group));
    for (const route of all) {
      const group = groupOf(route.split(' ')[1]!);
      expect(group, route).toBeDefined();
      expect(byGroup.get(group!), `${route} in ${group}`).toContain(route);
    }
    // No group is left holding nothing of its own.
    for (const [group, routes] of byGroup) {
      expect(
        routes.some((route) => groupOf(route.split(' ')[1]!) === group),
        group,
      ).toBe(true);
    }
  });

  it.each([
    ['/api/v1/councils', 'councils'],
    ['/api/v1/councils/351', 'councils'],
    ['/api/v1/councils/351/returns/2025-26-Q1.xlsx', 'councils/returns'],
    ['/api/v1/councils/351/scorecard.xlsx', 'councils/scorecard'],
    ['/api/v1/councils/351/agreement/recovery-profile', 'councils/agreement'],
    ['/api/v1/overview.csv', 'overview'],
    ['/api/v1/capital-bids.xlsx', 'capital-bids'],
    ['/api/v1/openapi.json', undefined],
    ['/api/v1/nothing', undefined],
    ['/api/v1/councils/351/nothing', undefined],
    ['/api/health', undefined],
    ['/api/v1/', undefined],
  ])('%s is in %s', (path, group) => {
    expect(groupOf(path)).toBe(group);
  });
});
