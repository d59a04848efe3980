import { useState } from 'preact/hooks';
import { listConditions } from '../../api/conditions';
import { CouncilHeading } from '../../components/CouncilHeading';
import { LoadState } from '../../components/LoadState';
import { NotificationBanner } from '../../components/NotificationBanner';
import { usePageTitle } from '../../components/page-title';
import { takeFlash } from '../../flash';
import { canAssess } from '../../permissions';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { ConditionCard } from './ConditionCard';

/** The conditions of the agreement, each with the council's statuses and DfE's assessments. */
export function Conditions({ user, laCode }: { user: SessionUser; laCode: string }) {
  const { state } = useLoad((signal) => listConditions(laCode, signal), [laCode]);
  const [flash] = useState(takeFlash);
  usePageTitle('Conditions', { error: state.status === 'failed' });
  return (
    <>
      <CouncilHeading
        user={user}
        laCode={laCode}
        area="conditions"
        before={
          flash && (
            <NotificationBanner type="success" heading={flash.heading}>
              {flash.body && <p class="govuk-body">{flash.body}</p>}
            </NotificationBanner>
          )
        }
      >
        Conditions
      </CouncilHeading>
      <LoadState state={state} what="the conditions">
        {(conditions) =>
          conditions.length === 0 ? (
            <p class="govuk-body">The agreement has no conditions.</p>
          ) : (
            <>
              <p class="govuk-body">
                What the council committed to in its agreement. The council reports a status for
                each condition in every return; DfE assesses them, and DfE’s assessments decide
                whether linked payments can be released.
              </p>
              {conditions.map((condition, index) => (
                <ConditionCard
                  key={condition.id}
                  laCode={laCode}
                  condition={condition}
                  number={index + 1}
                  canAssess={canAssess(user)}
                />
              ))}
            </>
          )
        }
      </LoadState>
    </>
  );
}
