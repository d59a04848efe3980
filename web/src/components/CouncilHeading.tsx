import type { ComponentChildren } from 'preact';
import type { SessionUser } from '../session';
import type { CouncilArea } from './CouncilNavigation';
import { CouncilTabs } from './CouncilTabs';
import { useCouncilName } from './use-council-name';

/**
 * The top of a council's page: for DfE, the council's own navigation; then the
 * council's name as a caption above the page's heading.
 */
export function CouncilHeading(props: {
  user: SessionUser;
  laCode: string;
  area?: CouncilArea;
  /** What sits between the navigation and the heading: a back link, a banner. */
  before?: ComponentChildren;
  /** Said after the council's name in the caption: "return for 2024-25 quarter 2". */
  caption?: string;
  children: ComponentChildren;
}) {
  const { user, laCode, area, before, caption, children } = props;
  const name = useCouncilName(laCode);
  return (
    <>
      {area && <CouncilTabs user={user} laCode={laCode} area={area} />}
      {before}
      <span class="govuk-caption-l">
        {name}
        {caption ? `: ${caption}` : ''}
      </span>
      <h1 class="govuk-heading-l">{children}</h1>
    </>
  );
}
