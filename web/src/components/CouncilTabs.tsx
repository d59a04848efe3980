import { isCouncilUser } from '../permissions';
import type { SessionUser } from '../session';
import { CouncilNavigation, type CouncilArea } from './CouncilNavigation';
import { useCouncilName } from './use-council-name';

/** A council's own navigation, for DfE users only: a council's users have the service navigation. */
export function CouncilTabs(props: { user: SessionUser; laCode: string; area: CouncilArea }) {
  const name = useCouncilName(props.laCode);
  if (isCouncilUser(props.user)) return null;
  return <CouncilNavigation laCode={props.laCode} councilName={name} current={props.area} />;
}
