import {
  DEFAULT_TOLERANCES,
  formatCount,
  formatPounds,
  DEFAULT_RETURN_DUE_DAYS,
} from '../../../../shared/domain';
import { TRAJECTORY_LINES } from '../../admin/agreement-form';
import {
  agreementLines,
  changesIn,
  compareVersions,
  type AgreementLine,
} from '../../admin/agreement-versions';
import type { Agreement, AgreementInputBody } from '../../api/agreement';
import { Link } from '../../components/Link';
import { ColumnHeader, Table } from '../../components/Table';
import { SummaryList } from '../../components/SummaryList';
import { paths } from '../../routes/paths';

/** Where each line of the first section is changed in the form. */
const CONTROL: Record<string, string> = {
  programme: 'programme',
  status: 'status',
  signedOn: 'signedOn',
  term: 'firstYear',
  cadence: 'cadence',
  returnDueDays: 'returnDueDays',
  dfe: 'dfeContributionTotal',
  council: 'councilContributionTotal',
  'tol.pct': 'tolerances-cumulativeDeficitPct',
  'tol.abs': 'tolerances-cumulativeDeficitAbs',
  'tol.ehcp': 'tolerances-ehcpGrowthPct',
};

const SECTION_CONTROL: Record<string, string> = {
  Tranches: 'tranches-0-0',
  Conditions: 'conditions-0-0',
  Mitigations: 'mitigations-0-0',
  Baseline: 'baseline-asAt',
};

/** The agreement the body would make, to show it as its versions are shown. */
export function previewOf(
  laCode: string,
  body: AgreementInputBody,
  previous: Agreement | null,
): Agreement {
  return {
    ...body,
    returnDueDays: body.returnDueDays ?? DEFAULT_RETURN_DUE_DAYS,
    tolerances: { ...DEFAULT_TOLERANCES, ...previous?.tolerances, ...body.tolerances },
    laCode,
    version: (previous?.version ?? 0) + 1,
    createdAt: new Date().toISOString(),
    createdBy: previous?.createdBy ?? { sub: '', role: 'dfe-admin' },
  };
}

/** Check your answers for an agreement or a variation, with what a variation changes. */
export function AgreementCheck(props: {
  laCode: string;
  body: AgreementInputBody;
  previous: Agreement | null;
}) {
  const { laCode, body, previous } = props;
  const preview = previewOf(laCode, body, previous);
  const edit = paths.editAgreement(laCode);
  const lines = agreementLines(preview).filter((l) => !l.section.startsWith('Trajectory '));
  const sections = [...new Set(lines.map((l) => l.section))];
  const changes = previous ? changesIn(compareVersions([previous, preview]), 1) : [];
  const row = (line: AgreementLine) => {
    const control = CONTROL[line.key] ?? SECTION_CONTROL[line.section] ?? 'programme';
    return {
      key: line.label,
      value: line.value,
      change: { href: `${edit}#${control}`, hidden: line.label.toLowerCase() },
    };
  };
  return (
    <>
      {previous && (
        <>
          <h2 class="govuk-heading-m">What the variation changes</h2>
          {changes.length === 0 ? (
            <p class="govuk-body">
              Nothing but the reason: the new version repeats version {previous.version}.
            </p>
          ) : (
            <ul class="govuk-list govuk-list--bullet">
              {changes.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          )}
          <SummaryList
            rows={[
              {
                key: 'Reason',
                value: body.reason ?? '',
                change: { href: `${edit}#reason`, hidden: 'the reason' },
              },
            ]}
          />
        </>
      )}
      {sections.map((section) => (
        <section key={section}>
          <h2 class="govuk-heading-m">{section}</h2>
          <SummaryList rows={lines.filter((l) => l.section === section).map(row)} />
        </section>
      ))}
      {(['Tranches', 'Conditions', 'Mitigations'] as const)
        .filter((s) => !sections.includes(s))
        .map((s) => (
          <section key={s}>
            <h2 class="govuk-heading-m">{s}</h2>
            <SummaryList
              rows={[
                {
                  key: s,
                  value: 'None',
                  change: { href: `${edit}#${SECTION_CONTROL[s]}`, hidden: s.toLowerCase() },
                },
              ]}
            />
          </section>
        ))}
      <h2 class="govuk-heading-m">Trajectory</h2>
      <TrajectoryTable agreement={preview} />
      <p class="govuk-body">
        <Link class="govuk-link" href={`${edit}#trajectory`}>
          Change<span class="govuk-visually-hidden"> the trajectory</span>
        </Link>
      </p>
    </>
  );
}

/** The trajectory as entered: its lines down the side, its years across. */
function TrajectoryTable({ agreement }: { agreement: Agreement }) {
  const lines = TRAJECTORY_LINES.filter((line) =>
    agreement.trajectory.some((y) => y[line.key] !== undefined),
  );
  if (agreement.trajectory.length === 0) return <p class="govuk-body">No trajectory entered.</p>;
  return (
    <Table
      label="Trajectory"
      caption="Trajectory by financial year"
      head={
        <>
          <ColumnHeader>Line</ColumnHeader>
          {agreement.trajectory.map((y) => (
            <ColumnHeader key={y.financialYear} numeric>
              {y.financialYear}
            </ColumnHeader>
          ))}
        </>
      }
    >
      {lines.map((line) => (
        <tr key={line.key} class="govuk-table__row">
          <th scope="row" class="govuk-table__header">
            {line.label}
          </th>
          {agreement.trajectory.map((y) => {
            const v = y[line.key];
            return (
              <td key={y.financialYear} class="govuk-table__cell govuk-table__cell--numeric">
                {v === undefined ? '' : line.money ? formatPounds(v) : formatCount(v)}
              </td>
            );
          })}
        </tr>
      ))}
    </Table>
  );
}
