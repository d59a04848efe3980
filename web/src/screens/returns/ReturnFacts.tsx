import type { ReturnDetail } from '../../../../shared/schemas/return-content';
import { ReturnStatusTag } from '../../components/ReturnStatusTag';
import { SummaryList } from '../../components/SummaryList';
import { Tag } from '../../components/Tag';
import { formatDate, formatDateTime } from '../../format';

/** A return's status, due date, submission and sign-off, and DfE's review. */
export function ReturnFacts({ detail, dueOn }: { detail: ReturnDetail | null; dueOn: string }) {
  return (
    <SummaryList
      rows={[
        {
          key: 'Status',
          value: (
            <span class="app-tags">
              <ReturnStatusTag status={detail?.status ?? 'not-started'} />
              {detail?.late && <Tag colour="red">Late</Tag>}
            </span>
          ),
        },
        { key: 'Due', value: formatDate(detail?.dueOn ?? dueOn) },
        ...(detail?.submittedAt
          ? [{ key: 'Submitted', value: formatDateTime(detail.submittedAt) }]
          : []),
        ...(detail?.signOff
          ? [{ key: 'Signed off by', value: `${detail.signOff.name}, ${detail.signOff.role}` }]
          : []),
        ...(detail?.review
          ? [
              {
                key: detail.review.decision === 'accept' ? 'Accepted' : 'Returned',
                value: formatDateTime(detail.review.reviewedAt),
              },
            ]
          : []),
      ]}
    />
  );
}
