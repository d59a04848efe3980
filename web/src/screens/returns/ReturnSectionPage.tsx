import { useState } from 'preact/hooks';
import { BackLink } from '../../components/BackLink';
import { CouncilHeading } from '../../components/CouncilHeading';
import { LoadState } from '../../components/LoadState';
import { usePageTitle } from '../../components/page-title';
import { periodName } from '../../display/labels';
import type { ReturnSection } from '../../routes/match-route';
import { canEditReturns } from '../../permissions';
import { paths } from '../../routes/paths';
import { SECTION_NAMES } from '../../returns/section-status';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { loadReturn } from './load-return';
import { SectionEditor, type Notice } from './SectionEditor';

/** A section of a return to fill in: loads the latest saved version, then the form. */
export function ReturnSectionPage(props: {
  user: SessionUser;
  laCode: string;
  period: string;
  section: ReturnSection;
}) {
  const { user, laCode, period, section } = props;
  const { state, reload } = useLoad(
    (signal) => loadReturn(laCode, period, signal, { startNew: canEditReturns(user) }),
    [laCode, period],
  );
  const [notice, setNotice] = useState<Notice>({ error: false, node: null });
  const [reloaded, setReloaded] = useState(false);
  usePageTitle(`${SECTION_NAMES[section]} – return for ${periodName(period)}`, {
    error: notice.error || state.status === 'failed',
  });
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds-from-desktop">
        <BackLink href={paths.returnPage(laCode, period)} />
        {state.status === 'loaded' && notice.node}
        <CouncilHeading user={user} laCode={laCode} caption={`return for ${periodName(period)}`}>
          {SECTION_NAMES[section]}
        </CouncilHeading>
        {state.status === 'loaded' ? (
          <SectionEditor
            key={`${section}-${state.value.detail?.version ?? 0}`}
            user={user}
            laCode={laCode}
            period={period}
            section={section}
            context={state.value}
            onReload={() => {
              setReloaded(true);
              reload();
            }}
            reloaded={reloaded}
            onNotice={setNotice}
            onSaved={reload}
          />
        ) : (
          <LoadState state={state} what="the return">
            {() => null}
          </LoadState>
        )}
      </div>
    </div>
  );
}
