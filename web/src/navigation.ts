import { paths } from './routes/paths';
import type { SessionUser } from './session';

export interface NavigationItem {
  href: string;
  text: string;
  /** Whether a path belongs to this item, so it shows as current on its pages. */
  matches: (path: string) => boolean;
}

const under = (prefix: string) => (path: string) =>
  path === prefix || path.startsWith(`${prefix}/`);

/**
 * The service navigation for a role: a council's users move around their own council;
 * DfE moves across councils.
 */
export function navigationFor(user: SessionUser): NavigationItem[] {
  if (user.laCode) {
    const home = paths.council(user.laCode);
    const councilPages = [
      paths.conditions(user.laCode),
      paths.payments(user.laCode),
      paths.scorecard(user.laCode),
      paths.capital(user.laCode),
      paths.reformPlan(user.laCode),
      paths.stabilityGrant(user.laCode),
      paths.councilAlerts(user.laCode),
      paths.audit(user.laCode),
    ];
    return [
      {
        href: home,
        text: 'Home',
        matches: (path) => under(home)(path) && !councilPages.some((page) => under(page)(path)),
      },
      {
        href: paths.conditions(user.laCode),
        text: 'Conditions',
        matches: under(paths.conditions(user.laCode)),
      },
      {
        href: paths.payments(user.laCode),
        text: 'Payments',
        matches: under(paths.payments(user.laCode)),
      },
      {
        href: paths.scorecard(user.laCode),
        text: 'Scorecard',
        matches: under(paths.scorecard(user.laCode)),
      },
      {
        href: paths.capital(user.laCode),
        text: 'Capital',
        matches: under(paths.capital(user.laCode)),
      },
      {
        href: paths.reformPlan(user.laCode),
        text: 'Reform plan',
        matches: under(paths.reformPlan(user.laCode)),
      },
      {
        href: paths.stabilityGrant(user.laCode),
        text: 'Stability grant',
        matches: under(paths.stabilityGrant(user.laCode)),
      },
      {
        href: paths.councilAlerts(user.laCode),
        text: 'Alerts',
        matches: under(paths.councilAlerts(user.laCode)),
      },
    ];
  }
  return [
    { href: paths.overview(), text: 'Overview', matches: under(paths.overview()) },
    {
      href: paths.home(),
      text: 'Councils',
      matches: (path) => path === '/' || under('/councils')(path),
    },
    { href: paths.capitalBids(), text: 'Capital bids', matches: under(paths.capitalBids()) },
    { href: paths.alerts(), text: 'Alerts', matches: under(paths.alerts()) },
    { href: paths.compare(), text: 'Compare', matches: under(paths.compare()) },
  ];
}
