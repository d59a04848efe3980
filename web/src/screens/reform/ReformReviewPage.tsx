import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { PLAN_RATINGS, type PlanRating } from '../../../../shared/domain';
import { asProblem } from '../../api/client';
import { reviewPlan } from '../../api/reform';
import { BackLink } from '../../components/BackLink';
import { CouncilHeading } from '../../components/CouncilHeading';
import { ErrorSummary } from '../../components/ErrorSummary';
import { LoadState } from '../../components/LoadState';
import { Radios } from '../../components/Radios';
import { Textarea } from '../../components/Textarea';
import { usePageTitle } from '../../components/page-title';
import { setFlash } from '../../flash';
import { canReview } from '../../permissions';
import { navigate } from '../../router';
import { paths } from '../../routes/paths';
import type { SessionUser } from '../../session';
import { useLoad } from '../../use-load';
import { loadReform } from './load-reform';

/** DfE rates each section of a submitted plan, then approves it or returns it. */
export function ReformReviewPage(props: { user: SessionUser; laCode: string }) {
  const { user, laCode } = props;
  const { state } = useLoad((signal) => loadReform(laCode, signal), [laCode]);
  const [errors, setErrors] = useState<ComponentChildren>(null);
  const [ratings, setRatings] = useState<Record<string, PlanRating>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const attemptRef = useRef(0);
  const [decision, setDecision] = useState('');
  const [comments, setComments] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [sending, setSending] = useState(false);
  usePageTitle('Review the reform plan', { error: errors !== null || state.status === 'failed' });

  async function send(sectionIds: string[], titles: Map<string, string>) {
    if (sending) return;
    const own: { path: string; message: string }[] = [];
    for (const id of sectionIds) {
      if (!ratings[id])
        own.push({
          path: `rating-${id}`,
          message: `Choose a rating for “${titles.get(id) ?? id}”`,
        });
    }
    if (!decision) own.push({ path: 'decision', message: 'Choose your decision' });
    if (decision === 'return' && !comments.trim()) {
      own.push({ path: 'comments', message: 'Enter comments to say why the plan is sent back' });
    }
    if (own.length > 0) {
      setProblems(Object.fromEntries(own.map((e) => [e.path, e.message])));
      setErrors(
        <ErrorSummary
          key={++attemptRef.current}
          errors={own.map((e) => ({ ...e, href: `#${e.path}` }))}
        />,
      );
      return;
    }
    setSending(true);
    try {
      await reviewPlan(laCode, {
        decision: decision as 'approve' | 'return',
        ...(comments.trim() ? { comments: comments.trim() } : {}),
        ratings: sectionIds.map((sectionId) => ({
          sectionId,
          rating: ratings[sectionId]!,
          ...(notes[sectionId]?.trim() ? { comment: notes[sectionId].trim() } : {}),
        })),
      });
      setFlash({
        heading:
          decision === 'approve' ? 'Reform plan approved' : 'Reform plan returned to the council',
      });
      navigate(paths.reformPlan(laCode));
    } catch (error) {
      setSending(false);
      const problem = asProblem(error);
      setErrors(
        <ErrorSummary
          key={++attemptRef.current}
          description={problem.detail}
          errors={(problem.errors ?? []).map((e) => ({
            ...e,
            href: `#${e.path.replace(/^ratings\./, 'rating-')}`,
          }))}
        />,
      );
    }
  }

  return (
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds-from-desktop">
        <BackLink href={paths.reformPlan(laCode)} />
        {errors}
        <CouncilHeading user={user} laCode={laCode} area="reform" caption="reform plan">
          Review the reform plan
        </CouncilHeading>
        <LoadState state={state} what="the reform plan">
          {({ template, plan }) => {
            if (!template || !plan || plan.status !== 'submitted') {
              return <p class="govuk-body">There is no submitted plan to review.</p>;
            }
            if (!canReview(user)) return <p class="govuk-body">Only DfE reviews reform plans.</p>;
            const titles = new Map(template.sections.map((s) => [s.id, s.title]));
            const sectionIds = template.sections.map((s) => s.id);
            return (
              <form
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  void send(sectionIds, titles);
                }}
              >
                {template.sections.map((section) => {
                  const answer = plan.content.sections.find((s) => s.sectionId === section.id);
                  return (
                    <div key={section.id} class="app-review-section">
                      <h2 class="govuk-heading-m">{section.title}</h2>
                      <p class="govuk-body app-pre-wrap">{answer?.text ?? 'Not written'}</p>
                      {answer?.actions?.length ? (
                        <ul class="govuk-list govuk-list--bullet">
                          {answer.actions.map((a, i) => (
                            <li key={i}>
                              {a.title}
                              {a.owner ? ` (${a.owner})` : ''}
                              {a.dueOn ? `, due ${a.dueOn}` : ''}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                      <Radios
                        id={`rating-${section.id}`}
                        legend={`Rating for “${section.title}”`}
                        error={problems[`rating-${section.id}`]}
                        choices={PLAN_RATINGS.map((r) => ({ value: r.value, label: r.label }))}
                        value={ratings[section.id] ?? ''}
                        onChange={(v) => setRatings({ ...ratings, [section.id]: v as PlanRating })}
                        small
                      />
                      <Textarea
                        id={`comment-${section.id}`}
                        label={`Comment on “${section.title}” (optional)`}
                        value={notes[section.id] ?? ''}
                        onInput={(v) => setNotes({ ...notes, [section.id]: v })}
                        rows={3}
                        maxLength={4000}
                      />
                    </div>
                  );
                })}
                <Radios
                  id="decision"
                  legend="Your decision"
                  legendClass="govuk-fieldset__legend--m"
                  error={problems['decision']}
                  choices={[
                    {
                      value: 'approve',
                      label: 'Approve the plan',
                      hint: 'The council’s stability grant can then be released.',
                    },
                    {
                      value: 'return',
                      label: 'Return it to the council',
                      hint: 'Say what needs to change.',
                    },
                  ]}
                  value={decision}
                  onChange={setDecision}
                />
                <Textarea
                  id="comments"
                  label="Comments to the council"
                  labelClass="govuk-label--m"
                  hint="Required when you return the plan."
                  error={problems['comments']}
                  value={comments}
                  onInput={setComments}
                  maxLength={8000}
                />
                <button type="submit" class="govuk-button" disabled={sending}>
                  Confirm review
                </button>
              </form>
            );
          }}
        </LoadState>
      </div>
    </div>
  );
}
