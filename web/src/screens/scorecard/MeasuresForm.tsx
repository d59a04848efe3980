import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { type FieldError, addMonths, monthOf } from '../../../../shared/domain';
import { asProblem } from '../../api/client';
import { saveScorecard, type CatalogueMeasure, type ScorecardView } from '../../api/scorecard';
import { Checkboxes } from '../../components/Checkboxes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Radios } from '../../components/Radios';
import { Select } from '../../components/Select';
import { TextInput } from '../../components/TextInput';
import { setFlash } from '../../flash';
import { fieldMessage } from '../../returns/messages';
import { navigate } from '../../router';
import { paths } from '../../routes/paths';
import { formatFigure, formatMonth } from '../../scorecard/format';

type Unit = CatalogueMeasure['unit'];
type Better = CatalogueMeasure['better'];
interface Definition {
  key: string;
  title: string;
  unit: Unit;
  better: Better;
  description?: string;
  local: boolean;
  targets: { from: string; value: number }[];
}

const KEY = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const targetId = (key: string) => `target-${key}`;

/** Months a target can start from: two years back to a year ahead, newest first. */
function targetMonths(now: Date): string[] {
  const current = monthOf(now);
  return Array.from({ length: 37 }, (_, i) => addMonths(current, 12 - i));
}

/**
 * The scorecard's measures (from the catalogue, and the council's own local ones) and a
 * new target for any of them, in force from a month until a later one replaces it.
 */
export function MeasuresForm(props: {
  laCode: string;
  catalogue: CatalogueMeasure[];
  scorecard: ScorecardView | null;
  onErrors: (summary: ComponentChildren) => void;
}) {
  const { laCode, catalogue, scorecard, onErrors } = props;
  const months = targetMonths(new Date());
  const definitions: Definition[] = [
    ...catalogue.map((m) => ({
      ...m,
      local: false,
      targets: scorecard?.measures.find((s) => s.key === m.key)?.targets ?? [],
    })),
    ...(scorecard?.measures.filter((m) => m.local) ?? []),
  ];
  const [chosen, setChosen] = useState<string[]>(scorecard?.measures.map((m) => m.key) ?? []);
  const [newTargets, setNewTargets] = useState<Record<string, { value: string; from: string }>>({});
  const [local, setLocal] = useState({ key: '', title: '', unit: '', better: '' });
  const [problems, setProblems] = useState<FieldError[]>([]);
  const [sending, setSending] = useState(false);
  const attemptRef = useRef(0);
  const defaultFrom = addMonths(monthOf(new Date()), 1);

  const fail = (errors: FieldError[], detail?: string) => {
    setProblems(errors);
    attemptRef.current += 1;
    onErrors(
      <ErrorSummary
        key={attemptRef.current}
        {...(detail && errors.length === 0 ? { description: detail } : {})}
        errors={errors.map((e) => ({ ...e, href: `#${e.path}` }))}
      />,
    );
  };

  async function send() {
    if (sending) return;
    const own: FieldError[] = [];
    const picked = definitions.filter((d) => chosen.includes(d.key));
    const measures = picked.map((d) => {
      const typed = newTargets[d.key];
      let targets = d.targets;
      if (typed && typed.value.trim() !== '') {
        const value = Number(typed.value.trim().replace(/[,%£\s]/g, ''));
        if (!Number.isFinite(value)) {
          own.push({
            path: targetId(d.key),
            message: `Enter the target for ${d.title.toLowerCase()} as a number`,
          });
        } else {
          const from = typed.from || defaultFrom;
          targets = [...targets.filter((t) => t.from !== from), { from, value }];
        }
      }
      return d.local
        ? { key: d.key, title: d.title, unit: d.unit, better: d.better, targets }
        : { key: d.key, targets };
    });
    const addingLocal = local.key.trim() !== '' || local.title.trim() !== '';
    if (addingLocal) {
      if (!KEY.test(local.key.trim()))
        own.push({ path: 'local-key', message: 'Enter a short id of letters, digits, - or _' });
      if (!local.title.trim())
        own.push({ path: 'local-title', message: 'Enter the local measure’s title' });
      if (!local.unit)
        own.push({ path: 'local-unit', message: 'Select how the local measure is counted' });
      if (!local.better) own.push({ path: 'local-better', message: 'Select which way is better' });
    }
    if (own.length > 0) return fail(own);
    const all = addingLocal
      ? [
          ...measures,
          {
            key: local.key.trim(),
            title: local.title.trim(),
            unit: local.unit as Unit,
            better: local.better as Better,
          },
        ]
      : measures;
    setSending(true);
    try {
      await saveScorecard(laCode, { measures: all }, scorecard?.version);
      onErrors(null);
      setFlash({ heading: 'Scorecard saved', body: `The scorecard has ${all.length} measures.` });
      navigate(paths.scorecard(laCode));
    } catch (error) {
      const problem = asProblem(error);
      setSending(false);
      fail(
        (problem.errors ?? []).map((e) => {
          const match = /^measures\[(\d+)\]\.(\w+)/.exec(e.path);
          const index = match ? Number(match[1]) : -1;
          const entry = all[index];
          if (addingLocal && index === all.length - 1) {
            const field = match?.[2] ?? 'key';
            return {
              path: `local-${field}`,
              message: fieldMessage('The local measure’s ' + field, e.message),
            };
          }
          const title = definitions.find((d) => d.key === entry?.key)?.title ?? 'The measure';
          return {
            path: entry ? targetId(entry.key) : 'measures',
            message: fieldMessage(title, e.message),
          };
        }),
        problem.detail,
      );
    }
  }

  const byPath = Object.fromEntries(problems.map((p) => [p.path, p.message]));
  const picked = definitions.filter((d) => chosen.includes(d.key));
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <Checkboxes
        id="measures"
        legend="Measures on the scorecard"
        legendClass="govuk-fieldset__legend--m"
        hint="Select each measure the council reports month by month."
        choices={definitions.map((d) => ({
          value: d.key,
          label: d.title,
          hint: d.description ?? 'A local measure of the council’s own.',
        }))}
        values={chosen}
        onChange={setChosen}
      />
      {picked.length > 0 && <h2 class="govuk-heading-m">Targets</h2>}
      {picked.map((d) => {
        const typed = newTargets[d.key] ?? { value: '', from: defaultFrom };
        const set = (change: Partial<typeof typed>) =>
          setNewTargets((t) => ({ ...t, [d.key]: { ...typed, ...change } }));
        return (
          <fieldset key={d.key} class="govuk-fieldset app-scorecard-figure">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{d.title}</legend>
            <p class="govuk-body">
              {d.targets.length === 0
                ? 'No target yet.'
                : d.targets
                    .map((t) => `${formatFigure(d.unit, t.value)} from ${formatMonth(t.from)}`)
                    .join('; ')}
            </p>
            <div class="app-filters__row">
              <TextInput
                id={targetId(d.key)}
                label="New target (optional)"
                error={byPath[targetId(d.key)]}
                value={typed.value}
                onInput={(value) => set({ value })}
                widthClass="govuk-input--width-5"
                inputMode="decimal"
              />
              <Select
                id={`target-from-${d.key}`}
                label="In force from"
                choices={months.map((m) => ({ value: m, label: formatMonth(m) }))}
                value={typed.from}
                onChange={(from) => set({ from })}
              />
            </div>
          </fieldset>
        );
      })}
      <details class="govuk-details">
        <summary class="govuk-details__summary">
          <span class="govuk-details__summary-text">Add a local measure</span>
        </summary>
        <div class="govuk-details__text">
          <TextInput
            id="local-key"
            label="Short id"
            hint="Letters, digits, - and _, like short-breaks-uptake."
            error={byPath['local-key']}
            value={local.key}
            onInput={(key) => setLocal((l) => ({ ...l, key }))}
            widthClass="govuk-input--width-20"
          />
          <TextInput
            id="local-title"
            label="Title"
            error={byPath['local-title']}
            value={local.title}
            onInput={(title) => setLocal((l) => ({ ...l, title }))}
            spellcheck
          />
          <Radios
            id="local-unit"
            legend="Counted as"
            legendClass="govuk-fieldset__legend--s"
            error={byPath['local-unit']}
            choices={[
              { value: 'percent', label: 'A percentage' },
              { value: 'count', label: 'A number' },
              { value: 'weeks', label: 'Weeks' },
              { value: 'pounds', label: 'Pounds' },
            ]}
            value={local.unit}
            onChange={(unit) => setLocal((l) => ({ ...l, unit }))}
            small
          />
          <Radios
            id="local-better"
            legend="Better when it is"
            legendClass="govuk-fieldset__legend--s"
            error={byPath['local-better']}
            choices={[
              { value: 'higher', label: 'Higher' },
              { value: 'lower', label: 'Lower' },
            ]}
            value={local.better}
            onChange={(better) => setLocal((l) => ({ ...l, better }))}
            small
            inline
          />
        </div>
      </details>
      <button type="submit" class="govuk-button" disabled={sending}>
        Save scorecard
      </button>
    </form>
  );
}
