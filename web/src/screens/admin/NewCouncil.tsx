import { useEffect, useState } from 'preact/hooks';
import type { FieldError } from '../../../../shared/domain';
import { fieldMessage } from '../../returns/messages';
import {
  councilControl,
  emptyCouncilForm,
  neighbourCodes,
  readCouncilForm,
  REGIONS,
  type CouncilForm,
} from '../../admin/council-form';
import { asProblem } from '../../api/client';
import { createCouncil } from '../../api/councils';
import { BackLink } from '../../components/BackLink';
import { usePageTitle } from '../../components/page-title';
import { Select } from '../../components/Select';
import { SummaryList } from '../../components/SummaryList';
import { TextInput } from '../../components/TextInput';
import { Textarea } from '../../components/Textarea';
import { setFlash } from '../../flash';
import { canAdminister } from '../../permissions';
import { navigate, useSearch } from '../../router';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { useFormProblems } from '../capital/useFormProblems';
import { useFocusFromHash } from './use-focus-from-hash';

const LABELS: Record<string, string> = {
  name: 'The name',
  laCode: 'The LA code',
  region: 'The region',
  statisticalNeighbours: 'Statistical neighbours',
};

const wording = {
  controlOf: councilControl,
  fromApi: (errors: FieldError[] | undefined) =>
    (errors ?? []).map((e) => ({
      path: e.path,
      message: fieldMessage(LABELS[councilControl(e.path)] ?? e.path, e.message),
    })),
};

/** DfE sets up a council: its name, LA code, region and statistical neighbours, checked before saving. */
export function NewCouncil({ user }: { user: SessionUser }) {
  const checking = new URLSearchParams(useSearch()).get('step') === 'check';
  const [form, setForm] = useState<CouncilForm>(emptyCouncilForm);
  const [sending, setSending] = useState(false);
  const problems = useFormProblems(wording);
  const read = readCouncilForm(form);
  // The check page needs answers to check: straight to it (a reload), it is the form.
  const step = checking && read.input ? 'check' : 'form';
  const heading = step === 'check' ? 'Check the council’s details' : 'Set up a council';
  usePageTitle(heading, { error: problems.failed });
  useFocusFromHash(step);
  const unanswered = read.input === undefined;
  useEffect(() => {
    if (checking && unanswered) navigate(paths.newCouncil(), { replace: true });
  }, [checking, unanswered]);

  if (!canAdminister(user)) {
    return (
      <>
        <h1 class="govuk-heading-l">{heading}</h1>
        <p class="govuk-body">Only DfE administrators set up councils.</p>
      </>
    );
  }

  const set = (patch: Partial<CouncilForm>) => setForm((f) => ({ ...f, ...patch }));
  const err = problems.error;

  function toCheck() {
    if (!read.input) return problems.show(read.errors);
    problems.show([]);
    navigate(`${paths.newCouncil()}?step=check`);
  }

  async function save() {
    if (sending || !read.input) return;
    setSending(true);
    try {
      const council = await createCouncil(read.input);
      setFlash({
        heading: 'Council set up',
        body: `${council.name} (${council.laCode}) can now have its agreement recorded.`,
      });
      navigate(paths.council(council.laCode));
    } catch (error) {
      setSending(false);
      const problem = asProblem(error);
      navigate(paths.newCouncil());
      if (problem.status === 409) problems.show([{ path: 'laCode', message: problem.detail }]);
      else problems.fromApi(error);
    }
  }

  if (step === 'check' && read.input) {
    const input = read.input;
    const change = (field: string, hidden: string) => ({
      href: `${paths.newCouncil()}#${field}`,
      hidden,
    });
    return (
      <>
        <BackLink href={paths.newCouncil()} />
        <h1 class="govuk-heading-l">{heading}</h1>
        <SummaryList
          rows={[
            { key: 'Name', value: input.name, change: change('name', 'the name') },
            { key: 'LA code', value: input.laCode, change: change('laCode', 'the LA code') },
            {
              key: 'Region',
              value: input.region ?? 'Not given',
              change: change('region', 'the region'),
            },
            {
              key: 'Statistical neighbours',
              value: input.statisticalNeighbours?.join(', ') ?? 'None given',
              change: change('statisticalNeighbours', 'the statistical neighbours'),
            },
          ]}
        />
        <p class="govuk-body">
          The LA code cannot be changed once the council is set up: it is part of the addresses of
          everything the council records.
        </p>
        <button type="button" class="govuk-button" disabled={sending} onClick={() => void save()}>
          Set up the council
        </button>
      </>
    );
  }

  return (
    <>
      <BackLink href={paths.home()} />
      {problems.summary}
      <h1 class="govuk-heading-l">{heading}</h1>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          toCheck();
        }}
      >
        <TextInput
          id="name"
          label="Name"
          hint="As DfE names the local authority, like Bury or Bristol, City of."
          error={err('name')}
          value={form.name}
          onInput={(name) => set({ name })}
          spellcheck
        />
        <TextInput
          id="laCode"
          label="LA code"
          hint="DfE’s 3-digit local authority code, like 351."
          error={err('laCode')}
          value={form.laCode}
          onInput={(laCode) => set({ laCode })}
          widthClass="govuk-input--width-4"
          inputMode="numeric"
        />
        <Select
          id="region"
          label="Region (optional)"
          error={err('region')}
          choices={[
            { value: '', label: 'Not given' },
            ...REGIONS.map((r) => ({ value: r, label: r })),
          ]}
          value={form.region}
          onChange={(region) => set({ region })}
        />
        <Textarea
          id="statisticalNeighbours"
          label="Statistical neighbours (optional)"
          hint="The LA codes of the councils DfE compares it with, separated by commas or spaces, like 354, 355, 356."
          error={err('statisticalNeighbours')}
          value={form.statisticalNeighbours}
          onInput={(statisticalNeighbours) => set({ statisticalNeighbours })}
          rows={2}
        />
        {neighbourCodes(form.statisticalNeighbours).length > 0 && (
          <p class="govuk-body-s">
            {neighbourCodes(form.statisticalNeighbours).length} statistical neighbours given.
          </p>
        )}
        <button type="submit" class="govuk-button">
          Continue
        </button>
      </form>
    </>
  );
}
