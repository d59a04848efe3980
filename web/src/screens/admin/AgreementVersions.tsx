import { Fragment } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { changesIn, compareVersions, type ComparedLine } from '../../admin/agreement-versions';
import { listAgreementVersions, type Agreement } from '../../api/agreement';
import { CouncilHeading } from '../../components/CouncilHeading';
import { Link } from '../../components/Link';
import { LoadState } from '../../components/LoadState';
import { NotificationBanner } from '../../components/NotificationBanner';
import { SummaryCard } from '../../components/SummaryCard';
import { SummaryList } from '../../components/SummaryList';
import { ColumnHeader, Table } from '../../components/Table';
import { usePageTitle } from '../../components/page-title';
import { takeFlash } from '../../flash';
import { formatDateTime } from '../../format';
import { canAdminister } from '../../permissions';
import { ROLE_NAMES } from '../../roles';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';

/** Every version of a council's agreement: who made it, when and why, what it changed, side by side. */
export function AgreementVersions({ user, laCode }: { user: SessionUser; laCode: string }) {
  const { state } = useLoad((signal) => listAgreementVersions(laCode, signal), [laCode]);
  const [flash] = useState(takeFlash);
  usePageTitle('Versions of the agreement', { error: state.status === 'failed' });
  return (
    <>
      <CouncilHeading
        user={user}
        laCode={laCode}
        area="summary"
        before={
          flash && (
            <NotificationBanner type="success" heading={flash.heading}>
              {flash.body && <p class="govuk-body">{flash.body}</p>}
            </NotificationBanner>
          )
        }
      >
        Versions of the agreement
      </CouncilHeading>
      <LoadState state={state} what="the versions">
        {(versions) => <VersionsBody user={user} laCode={laCode} newestFirst={versions} />}
      </LoadState>
    </>
  );
}

function VersionsBody(props: { user: SessionUser; laCode: string; newestFirst: Agreement[] }) {
  const { user, laCode, newestFirst } = props;
  const oldestFirst = useMemo(() => [...newestFirst].reverse(), [newestFirst]);
  const compared = useMemo(() => compareVersions(oldestFirst), [oldestFirst]);
  const [everyLine, setEveryLine] = useState(false);
  if (newestFirst.length === 0) {
    return <p class="govuk-body">No agreement has been recorded yet.</p>;
  }
  const changedLines = compared.filter((l) => l.changed.some(Boolean));
  const shown = everyLine || oldestFirst.length === 1 ? compared : changedLines;
  return (
    <>
      {canAdminister(user) && (
        <p class="govuk-body">
          <Link class="govuk-link" href={paths.editAgreement(laCode)}>
            Record a variation
          </Link>
        </p>
      )}
      {newestFirst.map((version) => {
        const index = oldestFirst.indexOf(version);
        const changes = changesIn(compared, index);
        return (
          <SummaryCard key={version.version} title={`Version ${version.version}`}>
            <SummaryList
              rows={[
                { key: 'Recorded', value: formatDateTime(version.createdAt) },
                {
                  key: 'By',
                  value: `${version.createdBy.name ?? version.createdBy.sub} (${ROLE_NAMES[version.createdBy.role]})`,
                },
                {
                  key: 'Reason',
                  value: version.reason ?? (index === 0 ? 'First version' : 'None given'),
                },
                {
                  key: 'What changed',
                  value:
                    index === 0 ? (
                      'The agreement as first recorded'
                    ) : changes.length === 0 ? (
                      'Nothing'
                    ) : (
                      <ul class="govuk-list govuk-list--bullet">
                        {changes.map((c) => (
                          <li key={c}>{c}</li>
                        ))}
                      </ul>
                    ),
                },
              ]}
            />
          </SummaryCard>
        );
      })}
      <h2 class="govuk-heading-m">Side by side</h2>
      {oldestFirst.length > 1 && (
        <>
          <p class="govuk-body">
            {everyLine
              ? `Every line of every version. Changed values are marked.`
              : `The ${changedLines.length} lines that changed between versions. Changed values are marked.`}
          </p>
          <button
            type="button"
            class="govuk-button govuk-button--secondary"
            aria-pressed={everyLine}
            onClick={() => setEveryLine((v) => !v)}
          >
            {everyLine ? 'Show only what changed' : 'Show every line'}
          </button>
        </>
      )}
      <SideBySide versions={oldestFirst} lines={shown} />
    </>
  );
}

function SideBySide({ versions, lines }: { versions: Agreement[]; lines: ComparedLine[] }) {
  const sections = [...new Set(lines.map((l) => l.section))];
  return (
    <Table
      label="Versions side by side"
      caption="Versions of the agreement, side by side"
      head={
        <>
          <ColumnHeader>Line</ColumnHeader>
          {versions.map((v) => (
            <ColumnHeader key={v.version}>Version {v.version}</ColumnHeader>
          ))}
        </>
      }
    >
      {sections.map((section) => (
        <Fragment key={section}>
          <tr class="govuk-table__row">
            <th scope="colgroup" colSpan={versions.length + 1} class="govuk-table__header">
              {section}
            </th>
          </tr>
          {lines
            .filter((l) => l.section === section)
            .map((line) => (
              <tr key={line.key} class="govuk-table__row">
                <th scope="row" class="govuk-table__header app-secondary-text">
                  {line.label}
                </th>
                {line.values.map((value, i) => (
                  <td key={i} class={`govuk-table__cell${line.changed[i] ? ' app-changed' : ''}`}>
                    {value ?? 'None'}
                    {line.changed[i] && (
                      <span class="app-cell-note">
                        {value === undefined
                          ? 'Removed'
                          : line.values[i - 1] === undefined
                            ? 'Added'
                            : 'Changed'}
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
        </Fragment>
      ))}
    </Table>
  );
}
