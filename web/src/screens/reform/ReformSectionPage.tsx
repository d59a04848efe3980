import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { asProblem } from '../../api/client';
import { savePlan, type ReformPlan, type ReformPlanTemplate } from '../../api/reform';
import { BackLink } from '../../components/BackLink';
import { CouncilHeading } from '../../components/CouncilHeading';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadState } from '../../components/LoadState';
import { TextInput } from '../../components/TextInput';
import { Textarea } from '../../components/Textarea';
import { usePageTitle } from '../../components/page-title';
import { setFlash } from '../../flash';
import { canEditReformPlan } from '../../permissions';
import { navigate } from '../../router';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { loadReform } from './load-reform';

const ACTION_ROWS = 3;

type ActionRow = { title: string; owner: string; dueOn: string };

/** One section of the plan: its text, actions with owner and due date, and measures. */
export function ReformSectionPage(props: { user: SessionUser; laCode: string; sectionId: string }) {
  const { user, laCode, sectionId } = props;
  const { state } = useLoad((signal) => loadReform(laCode, signal), [laCode]);
  const [errors, setErrors] = useState<ComponentChildren>(null);
  usePageTitle('Reform plan section', { error: errors !== null || state.status === 'failed' });
  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds-from-desktop">
        <BackLink href={paths.reformPlan(laCode)} />
        {errors}
        <LoadState state={state} what="the reform plan">
          {({ template, plan }) => {
            const section = template?.sections.find((s) => s.id === sectionId);
            if (!template || !section) {
              return <p class="govuk-body">The reform plan template has no such section.</p>;
            }
            const editable = !plan || plan.status === 'draft' || plan.status === 'returned';
            if (!canEditReformPlan(user) || !editable) {
              return <p class="govuk-body">This plan cannot be edited now.</p>;
            }
            return (
              <SectionForm
                user={user}
                laCode={laCode}
                template={template}
                plan={plan}
                sectionId={sectionId}
                onErrors={setErrors}
              />
            );
          }}
        </LoadState>
      </div>
    </div>
  );
}

function SectionForm(props: {
  user: SessionUser;
  laCode: string;
  template: ReformPlanTemplate;
  plan: ReformPlan | null;
  sectionId: string;
  onErrors: (e: ComponentChildren) => void;
}) {
  const { user, laCode, template, plan, sectionId, onErrors } = props;
  const section = template.sections.find((s) => s.id === sectionId)!;
  const existing = plan?.content.sections.find((s) => s.sectionId === sectionId);
  const [text, setText] = useState(existing?.text ?? '');
  const [actions, setActions] = useState<ActionRow[]>(
    Array.from({ length: ACTION_ROWS }, (_, i) => ({
      title: existing?.actions?.[i]?.title ?? '',
      owner: existing?.actions?.[i]?.owner ?? '',
      dueOn: existing?.actions?.[i]?.dueOn ?? '',
    })),
  );
  const [measures, setMeasures] = useState((existing?.measures ?? []).join(', '));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [sending, setSending] = useState(false);

  const setAction = (i: number, field: keyof ActionRow, value: string) =>
    setActions(actions.map((a, j) => (j === i ? { ...a, [field]: value } : a)));

  async function save() {
    if (sending) return;
    const mine = {
      sectionId,
      text: text.trim(),
      actions: actions
        .filter((a) => a.title.trim() || a.owner.trim() || a.dueOn.trim())
        .map((a) => ({
          title: a.title.trim(),
          ...(a.owner.trim() ? { owner: a.owner.trim() } : {}),
          ...(a.dueOn.trim() ? { dueOn: a.dueOn.trim() } : {}),
        })),
      measures: measures
        .split(',')
        .map((m) => m.trim())
        .filter(Boolean),
    };
    const others = (plan?.content.sections ?? []).filter((s) => s.sectionId !== sectionId);
    const index = others.length;
    setSending(true);
    try {
      await savePlan(laCode, { sections: [...others, mine] }, plan?.version);
      setFlash({ heading: 'Section saved', body: section.title });
      navigate(paths.reformPlan(laCode));
    } catch (error) {
      setSending(false);
      const problem = asProblem(error);
      // API paths name this section's place in the plan: show them on its fields.
      const prefix = `sections[${index}].`;
      const fieldErrors = (problem.errors ?? []).map((e) => {
        const rest = e.path.startsWith(prefix) ? e.path.slice(prefix.length) : e.path;
        const id = rest.replace(/^actions\[(\d+)\]\.(\w+)$/, 'action-$1-$2').replace('.', '-');
        return { path: id, message: `${labelOf(rest)} ${e.message}` };
      });
      setProblems(Object.fromEntries(fieldErrors.map((e) => [e.path, e.message])));
      onErrors(
        <ErrorSummary
          key={Date.now()}
          {...(fieldErrors.length === 0 ? { description: problem.detail } : {})}
          errors={fieldErrors.map((e) => ({ ...e, href: `#${e.path}` }))}
        />,
      );
    }
  }

  return (
    <>
      <CouncilHeading user={user} laCode={laCode} caption="reform plan">
        {section.title}
      </CouncilHeading>
      {section.guidance && <div class="govuk-inset-text">{section.guidance}</div>}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Textarea
          id="text"
          label="What the area will do"
          labelClass="govuk-label--m"
          error={problems['text']}
          value={text}
          onInput={setText}
          rows={10}
          maxLength={20000}
        />
        <h2 class="govuk-heading-m">Actions</h2>
        <p class="govuk-body">
          Up to {ACTION_ROWS} actions, each with who owns it and when it is due.
        </p>
        {actions.map((action, i) => (
          <fieldset key={i} class="govuk-fieldset app-action-row">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">Action {i + 1}</legend>
            <TextInput
              id={`action-${i}-title`}
              label="What will be done"
              error={problems[`action-${i}-title`]}
              value={action.title}
              onInput={(v) => setAction(i, 'title', v)}
            />
            <TextInput
              id={`action-${i}-owner`}
              label="Owner"
              widthClass="govuk-input--width-20"
              error={problems[`action-${i}-owner`]}
              value={action.owner}
              onInput={(v) => setAction(i, 'owner', v)}
            />
            <TextInput
              id={`action-${i}-dueOn`}
              label="Due date"
              hint="For example, 2026-09-30"
              widthClass="govuk-input--width-10"
              error={problems[`action-${i}-dueOn`]}
              value={action.dueOn}
              onInput={(v) => setAction(i, 'dueOn', v)}
            />
          </fieldset>
        ))}
        <TextInput
          id="measures"
          label="Scorecard measures"
          labelClass="govuk-label--m"
          hint="The keys of the scorecard measures this section is judged by, separated by commas, for example ehcp-20-week-pct"
          error={
            problems['measures'] ??
            problems[Object.keys(problems).find((k) => k.startsWith('measures')) ?? '']
          }
          value={measures}
          onInput={setMeasures}
        />
        <button type="submit" class="govuk-button" disabled={sending}>
          Save and return to the plan
        </button>
      </form>
    </>
  );
}

function labelOf(path: string): string {
  if (path === 'text') return 'The text';
  if (path.startsWith('measures')) return 'A measure';
  if (/title$/.test(path)) return 'What will be done';
  if (/owner$/.test(path)) return 'The owner';
  if (/dueOn$/.test(path)) return 'The due date';
  return 'This';
}
