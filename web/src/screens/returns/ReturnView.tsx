import { Link } from '../../components/Link';
import { canReview } from '../../permissions';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { KeyFigures } from './KeyFigures';
import type { ReturnContext } from './load-return';
import { ReturnAnswers } from './ReturnAnswers';
import { ReturnHistory } from './ReturnHistory';

/** A return as it stands, to read: what the council reported and what happened to it. */
export function ReturnView(props: {
  user: SessionUser;
  laCode: string;
  period: string;
  context: ReturnContext;
}) {
  const { user, laCode, period, context } = props;
  const { detail, agreement } = context;
  if (!detail) {
    return <p class="govuk-body">Nothing has been saved for this period yet.</p>;
  }
  return (
    <>
      {canReview(user) && detail.status === 'submitted' && (
        <Link
          href={paths.returnReview(laCode, period)}
          class="govuk-button"
          role="button"
          draggable={false}
        >
          Review this return
        </Link>
      )}
      {detail.review?.decision === 'accept' && detail.review.comments && (
        <div class="govuk-inset-text">
          <p class="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">DfE’s comments</p>
          <p class="govuk-body app-multiline govuk-!-margin-bottom-0">{detail.review.comments}</p>
        </div>
      )}
      <h2 class="govuk-heading-m">Against the plan</h2>
      <KeyFigures agreement={agreement} period={period} content={detail.content} />
      <h2 class="govuk-heading-m">What the council reported</h2>
      <ReturnAnswers
        content={detail.content}
        conditions={agreement.conditions}
        mitigations={agreement.mitigations}
      />
      <h2 class="govuk-heading-m">History</h2>
      <ReturnHistory laCode={laCode} period={period} />
    </>
  );
}
