import type { AppEnv } from './env';
import { OpenAPIHono, type OpenAPIDefinitions } from './openapi-hono';

type Register = (app: OpenAPIHono<AppEnv>) => void;

/**
 * Every route module, in the order the app registers them (which is the order of the
 * OpenAPI document's paths). Each is imported on first use, so esbuild puts it in a chunk
 * of its own and a cold start neither compiles nor runs it.
 */
const MODULES = {
  dev: () => import('./routes/dev').then((m) => m.registerDevRoutes),
  councils: () => import('./routes/councils').then((m) => m.registerCouncilRoutes),
  agreement: () => import('./routes/agreement').then((m) => m.registerAgreementRoutes),
  recoveryProfile: () =>
    import('./routes/recovery-profile').then((m) => m.registerRecoveryProfileRoutes),
  mitigations: () => import('./routes/mitigations').then((m) => m.registerMitigationRoutes),
  conditions: () => import('./routes/conditions').then((m) => m.registerConditionRoutes),
  tranches: () => import('./routes/tranches').then((m) => m.registerTrancheRoutes),
  // Before the return routes: `…/returns/{period}.xlsx` would otherwise read as a period.
  files: () => import('./routes/files').then((m) => m.registerFileRoutes),
  returns: () => import('./routes/returns').then((m) => m.registerReturnRoutes),
  scorecards: () => import('./routes/scorecards').then((m) => m.registerScorecardRoutes),
  reformPlans: () => import('./routes/reform-plans').then((m) => m.registerReformPlanRoutes),
  stabilityGrant: () =>
    import('./routes/stability-grant').then((m) => m.registerStabilityGrantRoutes),
  alerts: () => import('./routes/alerts').then((m) => m.registerAlertRoutes),
  acrossCouncils: () =>
    import('./routes/across-councils').then((m) => m.registerAcrossCouncilRoutes),
  capitalBids: () => import('./routes/capital-bids').then((m) => m.registerCapitalBidRoutes),
  audit: () => import('./routes/audit').then((m) => m.registerAuditRoutes),
  notifications: () => import('./routes/notifications').then((m) => m.registerNotificationRoutes),
} satisfies Record<string, () => Promise<Register>>;

type ModuleName = keyof typeof MODULES;
const ORDER = Object.keys(MODULES) as ModuleName[];

/**
 * The modules with a route under each prefix (`groupOf`): a request loads only its
 * group's. A group must hold every module with a route under its prefix, or that route
 * would answer 404 and the 405s' `Allow` would miss its method: `route-groups.test.ts`
 * checks each route of the whole API against the group its path falls in.
 */
export const GROUPS: Readonly<Record<string, readonly ModuleName[]>> = {
  dev: ['dev'],
  councils: ['councils'],
  overview: ['files', 'acrossCouncils'],
  compare: ['acrossCouncils'],
  alerts: ['files', 'alerts'],
  'capital-bids': ['capitalBids'],
  me: ['notifications'],
  measures: ['scorecards'],
  comparators: ['scorecards'],
  'reform-plan-template': ['reformPlans'],
  'councils/agreement': ['agreement', 'recoveryProfile'],
  'councils/mitigations': ['mitigations'],
  'councils/conditions': ['conditions'],
  'councils/tranches': ['tranches'],
  'councils/returns': ['files', 'returns'],
  'councils/scorecard': ['files', 'scorecards'],
  'councils/reform-plan': ['files', 'reformPlans'],
  'councils/stability-grant': ['stabilityGrant'],
  'councils/alerts': ['alerts'],
  'councils/capital-bids': ['capitalBids'],
  'councils/audit': ['files', 'audit'],
};

const API_V1 = '/api/v1/';

/**
 * The group a path under `/api/v1` belongs to: its first segment, or for a council's own
 * resources `councils/` and the segment after the council's code, without a file
 * extension (`…/returns/{period}.xlsx` is in `councils/returns`, `/overview.csv` in
 * `overview`). Undefined for a path no group has.
 */
export function groupOf(path: string): string | undefined {
  if (!path.startsWith(API_V1)) return undefined;
  const [first, , resource] = path.slice(API_V1.length).split('/');
  const bare = (segment: string) => segment.replace(/\.[^.]*$/, '');
  const key =
    first === 'councils' && resource !== undefined
      ? `councils/${bare(resource)}`
      : bare(first ?? '');
  return Object.hasOwn(GROUPS, key) ? key : undefined;
}

/**
 * Registers a group's routes on `app` (every route without a group), in the app's
 * order; the local sign-in's only where the host has it.
 */
export async function registerRoutes(
  app: OpenAPIHono<AppEnv>,
  { group, devIdentity }: { group?: string; devIdentity: boolean },
) {
  const names = ORDER.filter(
    (name) =>
      (group === undefined || GROUPS[group]?.includes(name)) && (name !== 'dev' || devIdentity),
  );
  for (const register of await Promise.all(names.map((name) => MODULES[name]()))) {
    register(app);
  }
}

/**
 * What the OpenAPI document describes: every route, in the app's order, then the
 * service's own (health, the document itself) and the bearer scheme.
 */
export async function describeRoutes({
  devIdentity,
}: {
  devIdentity: boolean;
}): Promise<readonly OpenAPIDefinitions[]> {
  const all = new OpenAPIHono<AppEnv>();
  await registerRoutes(all, { devIdentity });
  const { describeServiceRoutes } = await import('./routes/service-description');
  describeServiceRoutes(all);
  return all.openAPIDefinitions;
}
