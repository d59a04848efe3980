import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { canEditReturn, type FieldError } from '../../../../shared/domain';
import { asProblem } from '../../api/client';
import { saveDraft, type ReturnDraft } from '../../api/returns';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Link } from '../../components/Link';
import { NotificationBanner } from '../../components/NotificationBanner';
import { setFlash } from '../../flash';
import { formatTime } from '../../format';
import { canEditReturns } from '../../permissions';
import { ROLE_NAMES } from '../../roles';
import { lowerFirst } from '../../returns/messages';
import { describeReturnProblems, type ProblemContext } from '../../returns/problems';
import { sectionGaps } from '../../returns/section-reasons';
import { applySectionForm, initialSectionForm, type SectionForm } from '../../returns/section-edit';
import { navigate } from '../../router';
import type { ReturnSection } from '../../routes/match-route';
import { SECTION_NAMES, sectionsFor } from '../../returns/section-status';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import type { ReturnContext } from './load-return';
import { SectionFields } from './sections/SectionFields';

/** What to show above the page's heading: an error summary or a banner. */
export interface Notice {
  error: boolean;
  node: ComponentChildren;
}

type Failure =
  /** `saved`: the draft is saved as it is, but cannot be submitted so. */
  | { kind: 'fields'; problems: FieldError[]; context: ProblemContext; saved?: boolean }
  | { kind: 'conflict' }
  | { kind: 'other'; detail: string };

/**
 * One section of a return, as a form. Saving sends the whole draft with the version it
 * was opened at (If-Match): if someone else has saved since, nothing is overwritten and
 * the user can load their version.
 */
export function SectionEditor(props: {
  user: SessionUser;
  laCode: string;
  period: string;
  section: ReturnSection;
  context: ReturnContext;
  onReload: () => void;
  /** The latest version was loaded after a conflict: say so. */
  reloaded: boolean;
  /**
   * Shows a notice above the page's heading. The page draws the heading, so it stays
   * put (and keeps focus) while the return loads.
   */
  onNotice: (notice: Notice) => void;
  /** The draft was saved and stays on this section: load the version saved. */
  onSaved: () => void;
}) {
  const { user, laCode, period, section, context, onReload, reloaded, onNotice, onSaved } = props;
  const content = context.content;
  const [form, setForm] = useState<SectionForm>(() =>
    initialSectionForm(section, content, context.agreement),
  );
  const [failure, setFailure] = useState<Failure | null>(() => {
    const standing = wholeSectionProblems(section, content, context.agreement);
    return standing.length === 0
      ? null
      : {
          kind: 'fields',
          problems: standing,
          saved: true,
          context: {
            conditions: context.agreement.conditions,
            mitigations: context.agreement.mitigations,
            content,
          },
        };
  });
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const described =
    failure?.kind === 'fields' ? describeReturnProblems(failure.problems, failure.context) : null;

  function notice(): ComponentChildren {
    if (failure?.kind === 'conflict') {
      return (
        <ErrorSummary
          key={`conflict-${attempt}`}
          title="Someone else has saved this return since you opened it"
          description="Your changes have not been saved. Load their version to see what they changed, then make your changes again."
        >
          <button type="button" class="govuk-button govuk-!-margin-bottom-0" onClick={onReload}>
            Reload their version
          </button>
        </ErrorSummary>
      );
    }
    if (failure?.kind === 'other') {
      return <ErrorSummary key={`other-${attempt}`} description={failure.detail} />;
    }
    if (described && failure?.kind === 'fields' && failure.saved) {
      return (
        <ErrorSummary
          key={`saved-${attempt}`}
          title={`${SECTION_NAMES[section]} cannot be submitted as they are`}
          description="Your draft is saved. Put this right here, or in the demand section, before the return is submitted."
          errors={described.shown.map((p) => ({
            path: p.path,
            message: p.message,
            href: p.fieldId ? `#${p.fieldId}` : undefined,
          }))}
        />
      );
    }
    if (described) {
      return (
        <ErrorSummary
          key={`fields-${attempt}`}
          errors={described.shown.map((p) => ({
            path: p.path,
            message: p.message,
            href: p.fieldId ? `#${p.fieldId}` : undefined,
          }))}
        />
      );
    }
    if (reloaded) {
      return (
        <NotificationBanner type="success" heading="This is the latest saved version of the return">
          <p class="govuk-body">
            It was saved by someone else (version {context.detail?.version}). Make your changes
            again, then save.
          </p>
        </NotificationBanner>
      );
    }
    return null;
  }

  useEffect(() => {
    onNotice({ error: failure !== null, node: notice() });
    // Shown again on each attempt and reload; `notice` and `onNotice` are new each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the listed changes are the triggers
  }, [failure, attempt, reloaded]);
  useFocusOnHash();

  const editable = canEditReturns(user) && canEditReturn(context.detail?.status ?? 'draft');
  if (!editable) {
    return (
      <p class="govuk-body">
        {canEditReturns(user)
          ? `This return cannot be changed: it is ${context.detail?.status ?? 'not started'}.`
          : `You can read this council’s returns but not change them: your role (${lowerFirst(ROLE_NAMES[user.role])}) does not edit returns. A council editor or approver does.`}{' '}
        <Link class="govuk-link" href={paths.returnPage(laCode, period)}>
          View the return
        </Link>
      </p>
    );
  }

  function fail(next: Failure) {
    setFailure(next);
    setAttempt((n) => n + 1);
  }

  async function save(intent: 'continue' | 'draft') {
    if (saving) return;
    const applied = applySectionForm(form, content, context.agreement);
    if (applied.errors.length > 0) {
      return fail({
        kind: 'fields',
        problems: applied.errors,
        context: {
          conditions: context.agreement.conditions,
          mitigations: context.agreement.mitigations,
          content: applied.content,
        },
      });
    }
    setSaving(true);
    try {
      const saved = await saveDraft(laCode, period, applied.content, context.detail?.version);
      if (intent === 'draft') {
        setFlash({
          heading: 'Your draft has been saved',
          body: `${SECTION_NAMES[section]} was saved at ${formatTime(new Date())} (version ${saved.version}).`,
        });
        navigate(paths.returnPage(laCode, period));
      } else if (wholeSectionProblems(section, saved.content, context.agreement).length > 0) {
        // Saved, but the section cannot be submitted so: stay, and say why.
        onSaved();
      } else if (cameFromCheck()) {
        // "Change" on check your answers: back there, not on through the sections.
        navigate(paths.returnCheck(laCode, period));
      } else {
        const sections = sectionsFor(context.agreement);
        const next = sections[sections.indexOf(section) + 1];
        navigate(
          next ? paths.returnSection(laCode, period, next) : paths.returnCheck(laCode, period),
        );
      }
    } catch (error) {
      const problem = asProblem(error);
      setSaving(false);
      if (problem.status === 412) return fail({ kind: 'conflict' });
      if (problem.status === 422 && problem.errors?.length) {
        return fail({
          kind: 'fields',
          problems: problem.errors,
          context: {
            conditions: context.agreement.conditions,
            mitigations: context.agreement.mitigations,
            content: applied.content,
            ...(applied.rowOf ? { rowOf: applied.rowOf } : {}),
          },
        });
      }
      fail({ kind: 'other', detail: problem.detail });
    }
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const submitter = (event as unknown as SubmitEvent).submitter;
        void save(submitter?.getAttribute('value') === 'draft' ? 'draft' : 'continue');
      }}
    >
      <SectionFields
        form={form}
        onChange={setForm}
        errors={described?.byField ?? {}}
        context={context}
        period={period}
      />
      <div class="govuk-button-group">
        <button type="submit" class="govuk-button" value="continue" disabled={saving}>
          Save and continue
        </button>
        <button
          type="submit"
          class="govuk-button govuk-button--secondary"
          value="draft"
          disabled={saving}
        >
          Save draft
        </button>
        <Link class="govuk-link" href={paths.returnPage(laCode, period)}>
          Cancel
        </Link>
      </div>
    </form>
  );
}

function cameFromCheck(): boolean {
  return new URLSearchParams(window.location.search).get('from') === 'check';
}

/**
 * Problems with a section as a whole that a draft may be saved with but not submitted:
 * placements adding up to more than the EHCPs maintained.
 */
function wholeSectionProblems(
  section: ReturnSection,
  content: ReturnDraft,
  agreement: ReturnContext['agreement'],
): FieldError[] {
  if (section !== 'placements') return [];
  return (sectionGaps(content, agreement).placements ?? []).filter((g) => g.path === 'placements');
}

/** Arriving from an error summary on another page (`…/finance#finance-x`), go to the field. */
function useFocusOnHash(): void {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    if (!id) return;
    const field = document.getElementById(id);
    if (!field) return;
    field.scrollIntoView({ block: 'center' });
    field.focus({ preventScroll: true });
  }, []);
}
