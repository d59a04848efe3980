import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { type FieldError, targetFor } from '../../../../shared/domain';
import { asProblem } from '../../api/client';
import {
  saveScorecardMonth,
  type ScorecardMeasureView,
  type ScorecardMonth,
} from '../../api/scorecard';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { setFlash } from '../../flash';
import { fieldMessage } from '../../returns/messages';
import { navigate } from '../../router';
import { paths } from '../../routes/paths';
import { formatFigure, formatMonth } from '../../scorecard/format';

const UNIT_HINTS = {
  percent: 'A percentage from 0 to 100, like 67.1.',
  count: 'A whole number, like 1030.',
  weeks: 'In weeks, like 19.5.',
  pounds: 'In whole pounds, like 250000.',
} as const;

const valueId = (key: string) => `value-${key}`;
const noteId = (key: string) => `note-${key}`;

/** Reads a figure as typed: `67.1`, `67.1%`, `1,030`. Empty is "not reported this month". */
function readFigure(text: string): number | undefined | 'invalid' {
  const cleaned = text.trim().replace(/[,%£\s]/g, '');
  if (cleaned === '') return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : 'invalid';
}

/** A month's figures: one for each measure (left empty when not reported), each with a note. */
export function MonthForm(props: {
  laCode: string;
  month: string;
  measures: ScorecardMeasureView[];
  saved: ScorecardMonth | null;
  onErrors: (summary: ComponentChildren) => void;
}) {
  const { laCode, month, measures, saved, onErrors } = props;
  const initial = (key: string) => saved?.values.find((v) => v.key === key);
  const [figures, setFigures] = useState<Record<string, string>>(() =>
    Object.fromEntries(measures.map((m) => [m.key, String(initial(m.key)?.value ?? '')])),
  );
  const [notes, setNotes] = useState<Record<string, string>>(() =>
    Object.fromEntries(measures.map((m) => [m.key, initial(m.key)?.note ?? ''])),
  );
  const [problems, setProblems] = useState<FieldError[]>([]);
  const [sending, setSending] = useState(false);
  const attemptRef = useRef(0);

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
    const values: { key: string; value: number; note?: string }[] = [];
    for (const m of measures) {
      const figure = readFigure(figures[m.key] ?? '');
      const note = (notes[m.key] ?? '').trim();
      if (figure === 'invalid') {
        own.push({ path: valueId(m.key), message: `Enter ${m.title.toLowerCase()} as a number` });
      } else if (figure !== undefined) {
        values.push({ key: m.key, value: figure, ...(note ? { note } : {}) });
      } else if (note) {
        own.push({
          path: valueId(m.key),
          message: `Enter ${m.title.toLowerCase()}, or remove its note`,
        });
      }
    }
    if (own.length > 0) return fail(own);
    setSending(true);
    try {
      await saveScorecardMonth(laCode, month, { values }, saved?.version);
      onErrors(null);
      setFlash({
        heading: 'Figures saved',
        body: `The scorecard figures for ${formatMonth(month)} are saved.`,
      });
      navigate(paths.scorecard(laCode));
    } catch (error) {
      const problem = asProblem(error);
      setSending(false);
      fail(
        (problem.errors ?? []).map((e) => {
          // `values[2].value` names the third figure sent.
          const match = /^values\[(\d+)\]\.(value|key|note)$/.exec(e.path);
          const entry = match ? values[Number(match[1])] : undefined;
          const measure = measures.find((m) => m.key === entry?.key);
          if (!measure) return { path: valueId(measures[0]?.key ?? ''), message: e.message };
          const path = match?.[2] === 'note' ? noteId(measure.key) : valueId(measure.key);
          return { path, message: fieldMessage(measure.title, e.message) };
        }),
        problem.detail,
      );
    }
  }

  const byPath = Object.fromEntries(problems.map((p) => [p.path, p.message]));
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <p class="govuk-body">
        Enter each measure’s figure for {formatMonth(month)}. Leave a figure empty if it was not
        reported this month.
      </p>
      {measures.map((m) => {
        const target = targetFor(m.targets, month);
        return (
          <fieldset key={m.key} class="govuk-fieldset app-scorecard-figure">
            <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{m.title}</legend>
            <TextInput
              id={valueId(m.key)}
              label="Figure"
              hint={`${UNIT_HINTS[m.unit]}${target === undefined ? '' : ` Target: ${formatFigure(m.unit, target)}.`}`}
              error={byPath[valueId(m.key)]}
              value={figures[m.key] ?? ''}
              onInput={(value) => setFigures((f) => ({ ...f, [m.key]: value }))}
              widthClass="govuk-input--width-5"
              inputMode="decimal"
            />
            <TextInput
              id={noteId(m.key)}
              label="Note (optional)"
              error={byPath[noteId(m.key)]}
              value={notes[m.key] ?? ''}
              onInput={(value) => setNotes((n) => ({ ...n, [m.key]: value }))}
              spellcheck
            />
          </fieldset>
        );
      })}
      <button type="submit" class="govuk-button" disabled={sending}>
        Save figures
      </button>
    </form>
  );
}
