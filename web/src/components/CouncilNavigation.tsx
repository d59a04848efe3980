import { paths } from '../routes/paths';
import { Link } from './Link';

export type CouncilArea =
  | 'summary'
  | 'conditions'
  | 'payments'
  | 'scorecard'
  | 'capital'
  | 'reform'
  | 'grant'
  | 'alerts'
  | 'audit';

const AREAS: { area: CouncilArea; text: string; href: (laCode: string) => string }[] = [
  { area: 'summary', text: 'Summary', href: paths.council },
  { area: 'conditions', text: 'Conditions', href: paths.conditions },
  { area: 'payments', text: 'Payments', href: paths.payments },
  { area: 'scorecard', text: 'Scorecard', href: paths.scorecard },
  { area: 'capital', text: 'Capital', href: paths.capital },
  { area: 'reform', text: 'Reform plan', href: paths.reformPlan },
  { area: 'grant', text: 'Stability grant', href: paths.stabilityGrant },
  { area: 'alerts', text: 'Alerts', href: paths.councilAlerts },
  { area: 'audit', text: 'Audit trail', href: paths.audit },
];

/**
 * The pages of one council, for DfE users, who reach many councils (a council's own
 * users have these in the service navigation).
 */
export function CouncilNavigation({
  laCode,
  councilName,
  current,
}: {
  laCode: string;
  councilName: string;
  current?: CouncilArea | undefined;
}) {
  return (
    <nav class="app-sub-navigation" aria-label={`${councilName} pages`}>
      <ul class="app-sub-navigation__list">
        {AREAS.map(({ area, text, href }) => (
          <li key={area} class="app-sub-navigation__item">
            <Link
              class="app-sub-navigation__link govuk-link govuk-link--no-visited-state"
              href={href(laCode)}
              {...(area === current ? { 'aria-current': 'page' } : {})}
            >
              {text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
