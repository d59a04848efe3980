import { useEffect, useRef, useState } from 'preact/hooks';
import {
  BASELINE_PLACEMENTS,
  CONDITION_COLUMNS,
  emptyAgreementForm,
  formFromAgreement,
  MITIGATION_COLUMNS,
  resizeTrajectory,
  TOLERANCE_FIELDS,
  TRAJECTORY_LINES,
  TRANCHE_COLUMNS,
  trajectoryYears,
  type AgreementForm,
  type SentRows,
} from '../../admin/agreement-form';
import { agreementControl, agreementProblems } from '../../admin/agreement-problems';
import { readAgreementForm } from '../../admin/read-agreement';
import { getAgreement, saveAgreement, type Agreement } from '../../api/agreement';
import { asProblem } from '../../api/client';
import { BackLink } from '../../components/BackLink';
import { CouncilHeading } from '../../components/CouncilHeading';
import { LoadState } from '../../components/LoadState';
import { Radios } from '../../components/Radios';
import { Select } from '../../components/Select';
import { TextInput } from '../../components/TextInput';
import { Textarea } from '../../components/Textarea';
import { usePageTitle } from '../../components/page-title';
import { AGREEMENT_STATUS_NAMES, CADENCE_NAMES, PROGRAMME_NAMES } from '../../display/labels';
import { setFlash } from '../../flash';
import { canAdminister } from '../../permissions';
import { navigate, useSearch } from '../../router';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { useFormProblems } from '../capital/useFormProblems';
import { AgreementCheck } from './AgreementCheck';
import { useCouncilName } from '../../components/use-council-name';
import { PasteGrid } from './PasteGrid';
import { TRAJECTORY_WORKBOOK_ID, TrajectoryWorkbook } from './TrajectoryWorkbook';
import { useFocusFromHash } from './use-focus-from-hash';

const MONEY_HINT = 'In pounds, like 20,000,000, or millions, like £20m.';
const NO_ROWS: SentRows = { trajectory: [], conditions: [], tranches: [], mitigations: [] };

/**
 * DfE sets up a council's agreement, or records a variation of it: the form, then
 * check your answers, then the new version. The trajectory is one table of years and
 * lines that a block copied from the council's DSG management plan pastes into.
 */
export function AgreementEditor({ user, laCode }: { user: SessionUser; laCode: string }) {
  const { state } = useLoad((signal) => getAgreement(laCode, signal), [laCode]);
  const previous = state.status === 'loaded' ? state.value : null;
  const sent = useRef<SentRows>(NO_ROWS);
  const problems = useFormProblems({
    controlOf: (path) => agreementControl(path, sent.current),
    fromApi: (errors) => agreementProblems(errors, sent.current),
  });
  const checking = new URLSearchParams(useSearch()).get('step') === 'check';
  const heading = previous ? 'Record a variation' : 'Set up the agreement';
  usePageTitle(checking ? `Check the ${previous ? 'variation' : 'agreement'}` : heading, {
    error: problems.failed || state.status === 'failed',
  });
  if (!canAdminister(user)) {
    return (
      <>
        <CouncilHeading user={user} laCode={laCode} area="summary">
          {heading}
        </CouncilHeading>
        <p class="govuk-body">Only DfE administrators record agreements and their variations.</p>
      </>
    );
  }
  return (
    <LoadState state={state} what="the agreement">
      {(agreement) => (
        <AgreementFormBody
          user={user}
          laCode={laCode}
          previous={agreement}
          checking={checking}
          problems={problems}
          remember={(rows) => {
            sent.current = rows;
          }}
          sentRows={() => sent.current}
        />
      )}
    </LoadState>
  );
}

function AgreementFormBody(props: {
  user: SessionUser;
  laCode: string;
  previous: Agreement | null;
  checking: boolean;
  problems: ReturnType<typeof useFormProblems>;
  /** Keeps the rows last sent, so the API's errors can be placed on their cells. */
  remember: (rows: SentRows) => void;
  sentRows: () => SentRows;
}) {
  const { user, laCode, previous, problems } = props;
  const councilName = useCouncilName(laCode);
  const [form, setForm] = useState<AgreementForm>(() =>
    previous ? formFromAgreement(previous) : emptyAgreementForm(),
  );
  // The years the trajectory's columns hold, kept while the term is half typed.
  const [gridYears, setGridYears] = useState<string[]>(() =>
    trajectoryYears(form.firstYear, form.lastYear),
  );
  const [sending, setSending] = useState(false);
  const read = readAgreementForm(form, previous);
  const step = props.checking && read.errors.length === 0 ? 'check' : 'form';
  useFocusFromHash(step);
  const invalid = read.errors.length > 0;
  useEffect(() => {
    if (props.checking && invalid) navigate(paths.editAgreement(laCode), { replace: true });
  }, [props.checking, invalid, laCode]);

  const set = (patch: Partial<AgreementForm>) => setForm((f) => ({ ...f, ...patch }));
  const setTerm = (patch: { firstYear?: string; lastYear?: string }) => {
    const next = { ...form, ...patch };
    const years = trajectoryYears(next.firstYear.trim(), next.lastYear.trim());
    if (years.length === 0) return setForm(next);
    setForm({ ...next, trajectory: resizeTrajectory(form.trajectory, gridYears, years) });
    setGridYears(years);
  };

  function toCheck() {
    props.remember(read.sent);
    if (read.errors.length > 0) return problems.show(read.errors);
    problems.show([]);
    navigate(`${paths.editAgreement(laCode)}?step=check`);
  }

  async function save() {
    if (sending) return;
    setSending(true);
    props.remember(read.sent);
    try {
      const saved = await saveAgreement(laCode, read.body, previous?.version);
      setFlash(
        previous
          ? { heading: `Variation recorded: version ${saved.version}`, body: saved.reason ?? '' }
          : {
              heading: 'Agreement recorded',
              body: `Version 1, ${saved.firstYear} to ${saved.lastYear}.`,
            },
      );
      navigate(previous ? paths.agreementVersions(laCode) : paths.council(laCode));
    } catch (error) {
      setSending(false);
      const problem = asProblem(error);
      navigate(paths.editAgreement(laCode));
      if (problem.status === 412) {
        problems.show(
          [],
          'Someone else recorded a version of this agreement since you started. Reload the page to vary the latest version.',
        );
      } else if (problem.status === 409 && problem.errors?.length) {
        problems.show(agreementProblems(problem.errors, read.sent), problem.detail);
      } else problems.fromApi(error);
    }
  }

  const heading = previous ? 'Record a variation' : 'Set up the agreement';
  if (step === 'check') {
    return (
      <>
        <CouncilHeading
          user={user}
          laCode={laCode}
          area="summary"
          before={<BackLink href={paths.editAgreement(laCode)} />}
        >
          {previous ? 'Check the variation' : 'Check the agreement'}
        </CouncilHeading>
        <AgreementCheck laCode={laCode} body={read.body} previous={previous} />
        <button type="button" class="govuk-button" disabled={sending} onClick={() => void save()}>
          {previous ? 'Record the variation' : 'Record the agreement'}
        </button>
      </>
    );
  }

  const controlOf = (path: string) => agreementControl(path, props.sentRows());
  const shown = problems.list.map((p) => ({ id: controlOf(p.path), message: p.message }));
  const err = (id: string) =>
    shown
      .filter((p) => p.id === id)
      .map((p) => p.message)
      .join('. ') || undefined;
  const gridErrors = (prefix: string) => shown.filter((p) => p.id.startsWith(`${prefix}-`));
  const years = gridYears;
  const listGrid = (
    key: 'conditions' | 'tranches' | 'mitigations',
    caption: string,
    columns: readonly string[],
    hint: string,
  ) => (
    <>
      <PasteGrid
        id={key}
        caption={caption}
        hint={hint}
        columns={columns}
        rows={[]}
        rowHeader="Row"
        grid={form[key]}
        onChange={(grid) => set({ [key]: grid })}
        cellId={(r, c) => `${key}-${r}-${c}`}
        cellLabel={(r, c) => `${caption}, row ${r + 1}, ${columns[c]?.toLowerCase()}`}
        growRows
        errors={gridErrors(key)}
      />
      <button
        type="button"
        class="govuk-button govuk-button--secondary"
        onClick={() => set({ [key]: [...form[key], columns.map(() => '')] })}
      >
        Add a row to {caption.toLowerCase()}
      </button>
    </>
  );

  return (
    <>
      <CouncilHeading
        user={user}
        laCode={laCode}
        area="summary"
        before={
          <>
            <BackLink href={paths.council(laCode)} />
            {problems.summary}
          </>
        }
      >
        {heading}
      </CouncilHeading>
      {previous && (
        <p class="govuk-body">
          You are varying version {previous.version}. The variation becomes version{' '}
          {previous.version + 1}; every earlier version is kept.
        </p>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          toCheck();
        }}
      >
        <h2 class="govuk-heading-m">The agreement</h2>
        <Radios
          id="programme"
          legend="Programme"
          error={err('programme')}
          choices={Object.entries(PROGRAMME_NAMES).map(([value, label]) => ({ value, label }))}
          value={form.programme}
          onChange={(programme) => set({ programme })}
        />
        <Select
          id="status"
          label="Status"
          error={err('status')}
          choices={Object.entries(AGREEMENT_STATUS_NAMES).map(([value, label]) => ({
            value,
            label,
          }))}
          value={form.status}
          onChange={(status) => set({ status })}
        />
        <TextInput
          id="signedOn"
          label="Date signed (optional)"
          hint="For example, 2021-03-19."
          error={err('signedOn')}
          value={form.signedOn}
          onInput={(signedOn) => set({ signedOn })}
          widthClass="govuk-input--width-10"
        />
        <TextInput
          id="firstYear"
          label="First financial year of the term"
          hint="For example, 2020-21."
          error={err('firstYear')}
          value={form.firstYear}
          onInput={(firstYear) => setTerm({ firstYear })}
          widthClass="govuk-input--width-5"
        />
        <TextInput
          id="lastYear"
          label="Last financial year of the term"
          hint="For example, 2024-25. Submitted returns must stay inside the term."
          error={err('lastYear')}
          value={form.lastYear}
          onInput={(lastYear) => setTerm({ lastYear })}
          widthClass="govuk-input--width-5"
        />
        <Radios
          id="cadence"
          legend="How often the council sends a return"
          error={err('cadence')}
          choices={Object.entries(CADENCE_NAMES).map(([value, label]) => ({ value, label }))}
          value={form.cadence}
          onChange={(cadence) => set({ cadence })}
        />
        <TextInput
          id="returnDueDays"
          label="Days after each period ends that its return is due"
          error={err('returnDueDays')}
          value={form.returnDueDays}
          onInput={(returnDueDays) => set({ returnDueDays })}
          widthClass="govuk-input--width-3"
          inputMode="numeric"
        />
        <TextInput
          id="dfeContributionTotal"
          label="DfE contribution over the term"
          hint={`${MONEY_HINT} The tranches must add up to it.`}
          error={err('dfeContributionTotal')}
          value={form.dfeContributionTotal}
          onInput={(dfeContributionTotal) => set({ dfeContributionTotal })}
          widthClass="govuk-input--width-10"
        />
        <TextInput
          id="councilContributionTotal"
          label="Council contribution over the term (optional)"
          hint={MONEY_HINT}
          error={err('councilContributionTotal')}
          value={form.councilContributionTotal}
          onInput={(councilContributionTotal) => set({ councilContributionTotal })}
          widthClass="govuk-input--width-10"
        />

        <h2 class="govuk-heading-m" id="trajectory">
          Trajectory
        </h2>
        <Radios
          id="trajectoryUnit"
          legend="The trajectory’s money is in"
          inline
          choices={[
            { value: 'pounds', label: 'Pounds' },
            { value: 'millions', label: '£ millions, as in a DSG management plan' },
          ]}
          value={form.trajectoryUnit}
          onChange={(unit) => set({ trajectoryUnit: unit as AgreementForm['trajectoryUnit'] })}
        />
        {years.length === 0 ? (
          <p class="govuk-body">Enter the term to lay out the trajectory’s years.</p>
        ) : (
          <PasteGrid
            id="trajectory-grid"
            caption="Trajectory by financial year"
            hint={
              <>
                The first column is the year before the term: where the plan starts from. Copy the
                rows from the spreadsheet and paste them into the first cell to fill the table.
                Leave a line empty if the plan does not give it; a deficit is positive.
              </>
            }
            columns={years}
            rows={TRAJECTORY_LINES.map((l) => l.label)}
            rowHeader="Line"
            grid={form.trajectory}
            onChange={(trajectory) => set({ trajectory })}
            cellId={(r, c) => `trajectory-${TRAJECTORY_LINES[r]?.key}-${years[c]}`}
            cellLabel={(r, c) => `${TRAJECTORY_LINES[r]?.label}, ${years[c]}`}
            growRows={false}
            errors={gridErrors('trajectory')}
            numeric
          />
        )}
        {years.length > 0 && (
          <TrajectoryWorkbook
            councilName={councilName}
            years={years}
            grid={form.trajectory}
            unit={form.trajectoryUnit}
            onFilled={(trajectory) => set({ trajectory, trajectoryUnit: 'pounds' })}
            onProblems={(found) => problems.show(found)}
            errors={shown.filter((p) => p.id === TRAJECTORY_WORKBOOK_ID).map((p) => p.message)}
          />
        )}

        <h2 class="govuk-heading-m">Tranches</h2>
        {listGrid(
          'tranches',
          'Tranches',
          TRANCHE_COLUMNS,
          'One row per payment from DfE: an id such as y1, the financial year, the amount, the date it is due (like 2021-03-31), and the ids of the conditions it depends on, separated by commas.',
        )}

        <h2 class="govuk-heading-m">Conditions</h2>
        {listGrid(
          'conditions',
          'Conditions',
          CONDITION_COLUMNS,
          'One row per condition: an id, its title and, if it has a measure, the return field it is measured by (like placements.mainstreamPct), the unit, increase or decrease, and the targets written like 2024-25=45; 2025-26=47; then what the agreement says of it (optional).',
        )}

        <h2 class="govuk-heading-m">Mitigations</h2>
        {listGrid(
          'mitigations',
          'Mitigations',
          MITIGATION_COLUMNS,
          'The plan’s actions: an id, a title, the workstream (optional) and the savings planned, written like 2024-25=£500,000; 2025-26=£1.2m.',
        )}

        <h2 class="govuk-heading-m">Baseline (optional)</h2>
        <p class="govuk-body">
          Where the plan starts from, such as a Delivering Better Value diagnostic: EHCPs and spend
          by setting on a date.
        </p>
        <TextInput
          id="baseline-asAt"
          label="Date of the baseline"
          hint="For example, 2022-01-20."
          error={err('baseline-asAt')}
          value={form.baseline['asAt'] ?? ''}
          onInput={(v) => set({ baseline: { ...form.baseline, asAt: v } })}
          widthClass="govuk-input--width-10"
        />
        <TextInput
          id="baseline-source"
          label="Source"
          hint="Where the figures come from, such as the SEN2 census or the DBV diagnostic."
          error={err('baseline-source')}
          value={form.baseline['source'] ?? ''}
          onInput={(v) => set({ baseline: { ...form.baseline, source: v } })}
          spellcheck
        />
        <TextInput
          id="baseline-ehcpsTotal"
          label="EHCPs at the baseline"
          error={err('baseline-ehcpsTotal')}
          value={form.baseline['ehcpsTotal'] ?? ''}
          onInput={(v) => set({ baseline: { ...form.baseline, ehcpsTotal: v } })}
          widthClass="govuk-input--width-5"
          inputMode="numeric"
        />
        <PasteGrid
          id="baseline-grid"
          caption="Baseline by setting"
          hint="Children with EHCPs in each setting and the spend on it; leave a setting empty if the baseline does not give it."
          columns={['Children with EHCPs', 'Spend']}
          rows={BASELINE_PLACEMENTS.map(([, label]) => label)}
          rowHeader="Setting"
          grid={BASELINE_PLACEMENTS.map(([key]) => [
            form.baseline[`placements.${key}`] ?? '',
            form.baseline[`expenditure.${key}`] ?? '',
          ])}
          onChange={(grid) => {
            const next = { ...form.baseline };
            BASELINE_PLACEMENTS.forEach(([key], r) => {
              next[`placements.${key}`] = grid[r]?.[0] ?? '';
              next[`expenditure.${key}`] = grid[r]?.[1] ?? '';
            });
            set({ baseline: next });
          }}
          cellId={(r, c) =>
            `baseline-${c === 0 ? 'placements' : 'expenditure'}-${BASELINE_PLACEMENTS[r]?.[0]}`
          }
          cellLabel={(r, c) =>
            `${BASELINE_PLACEMENTS[r]?.[1]}, ${c === 0 ? 'children with EHCPs' : 'spend'}`
          }
          growRows={false}
          errors={gridErrors('baseline').filter(
            (e) => !['baseline-asAt', 'baseline-source', 'baseline-ehcpsTotal'].includes(e.id),
          )}
          numeric
        />

        <h2 class="govuk-heading-m" id="tolerances">
          Alert tolerances
        </h2>
        <p class="govuk-body">
          How far the council’s figures may move from the agreement before an alert is raised.
        </p>
        {TOLERANCE_FIELDS.map((field) => (
          <TextInput
            key={field.key}
            id={`tolerances-${field.key}`}
            label={field.label}
            hint={field.hint}
            error={err(`tolerances-${field.key}`)}
            value={form.tolerances[field.key]}
            onInput={(v) => set({ tolerances: { ...form.tolerances, [field.key]: v } })}
            widthClass={field.unit === 'pounds' ? 'govuk-input--width-10' : 'govuk-input--width-4'}
            {...(field.unit === 'pounds' ? {} : { suffix: '%', inputMode: 'decimal' as const })}
          />
        ))}

        {previous && (
          <Textarea
            id="reason"
            label="Reason for the variation"
            labelClass="govuk-label--m"
            hint="What was agreed and when, as people reading the versions later will need it."
            error={err('reason')}
            value={form.reason}
            onInput={(reason) => set({ reason })}
            rows={3}
            maxLength={2000}
          />
        )}
        <button type="submit" class="govuk-button">
          Continue
        </button>
      </form>
    </>
  );
}
