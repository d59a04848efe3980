import type { ReturnSection } from '../../routes/match-route';
import { paths } from '../../routes/paths';
import {
  SECTION_HINTS,
  SECTION_NAMES,
  sectionStatuses,
  sectionsFor,
  type SectionStatus,
} from '../../returns/section-status';
import { Link } from '../../components/Link';
import { periodName } from '../../display/labels';
import { incompleteReasons } from '../../returns/section-reasons';
import type { ReturnContext } from './load-return';

const STATUS_TEXT: Record<SectionStatus, string> = {
  completed: 'Completed',
  incomplete: 'Incomplete',
  'not-started': 'Not yet started',
  'none-added': 'None added',
};

/** The sections of a return to complete, as a GOV.UK task list, then check and submit. */
export function ReturnTaskList(props: {
  laCode: string;
  period: string;
  context: ReturnContext;
  canSubmit: boolean;
}) {
  const { laCode, period, context, canSubmit } = props;
  const content = context.content;
  const statuses = sectionStatuses(content, context.agreement);
  const reasons = incompleteReasons(content, context.agreement);
  const sections = sectionsFor(context.agreement);
  const required = sections.filter((s) => s !== 'workstreams' && s !== 'risks');
  const done = required.filter((s) => statuses[s] === 'completed').length;
  return (
    <>
      <h2 class="govuk-heading-m">Prepare the return</h2>
      {context.carriedFrom && !context.detail && (
        <div class="govuk-inset-text" data-testid="carried-forward">
          This return starts from your return for {periodName(context.carriedFrom)}: the conditions’
          position statements, the workstreams and the risks are filled in from it. The figures are
          left empty for you to enter this period’s own. Nothing is saved until you save a section.
        </div>
      )}
      <p class="govuk-body">
        You have completed {done} of {required.length} required sections. You can save a draft and
        come back to it at any time.
      </p>
      <ul class="govuk-task-list">
        {sections.map((section) => (
          <TaskItem
            key={section}
            href={paths.returnSection(laCode, period, section)}
            section={section}
            status={statuses[section]}
            reason={reasons[section]}
          />
        ))}
      </ul>
      <h2 class="govuk-heading-m">Check and submit</h2>
      <p class="govuk-body">
        {canSubmit
          ? 'Check your answers, then sign off and submit the return to DfE.'
          : 'Check your answers. A council approver (the director of children’s services or the section 151 officer) then signs off the return and submits it to DfE.'}
      </p>
      <Link
        href={paths.returnCheck(laCode, period)}
        class="govuk-button"
        role="button"
        draggable={false}
      >
        Check your answers
      </Link>
    </>
  );
}

function TaskItem(props: {
  href: string;
  section: ReturnSection;
  status: SectionStatus;
  /** Why an incomplete section cannot be submitted yet. */
  reason: string | undefined;
}) {
  const { href, section, status, reason } = props;
  const statusId = `task-${section}-status`;
  const hintId = `task-${section}-hint`;
  return (
    <li class="govuk-task-list__item govuk-task-list__item--with-link">
      <div class="govuk-task-list__name-and-hint">
        <Link
          class="govuk-link govuk-task-list__link"
          href={href}
          aria-describedby={`${hintId} ${statusId}`}
        >
          {SECTION_NAMES[section]}
        </Link>
        <div id={hintId} class="govuk-task-list__hint">
          {SECTION_HINTS[section]}
        </div>
      </div>
      <div class="govuk-task-list__status" id={statusId}>
        {status === 'completed' || status === 'none-added' ? (
          STATUS_TEXT[status]
        ) : (
          <>
            <strong class={`govuk-tag${status === 'incomplete' ? ' govuk-tag--yellow' : ''}`}>
              {STATUS_TEXT[status]}
            </strong>
            {status === 'incomplete' && reason && (
              <span class="app-task-reason" data-testid={`task-${section}-reason`}>
                {reason}
              </span>
            )}
          </>
        )}
      </div>
    </li>
  );
}
