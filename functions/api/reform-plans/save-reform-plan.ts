import type { Principal } from '../../../shared/auth';
import { ConditionFailedError } from '../../../shared/data/errors';
import { getReformPlan } from '../../../shared/data/reform-plans/get-reform-plan';
import { getReformPlanTemplate } from '../../../shared/data/reform-plans/get-reform-plan-template';
import type { ReformPlanRecord } from '../../../shared/data/reform-plans/reform-plan-record';
import { writeReformPlanChange } from '../../../shared/data/reform-plans/write-reform-plan-change';
import {
  checkVersion,
  ConflictError,
  InvalidError,
  StaleVersionError,
  canEditReformPlan,
  checkPlanSections,
} from '../../../shared/domain';
import type { ReformPlan, ReformPlanDraft } from '../../../shared/schemas/reform-plan';
import type { AppDeps } from '../env';
import { reformPlanView } from './reform-plan-view';
import { requireExistingCouncil } from './require-existing-council';

/**
 * Saves the council's reform plan as a draft: the first save creates it; later saves
 * name the version they were based on, and only a draft or returned plan can change.
 * A draft may leave sections out, but each it has must be one of the template's.
 */
export async function saveReformPlan(
  deps: AppDeps,
  principal: Principal,
  request: { laCode: string; content: ReformPlanDraft; ifMatch: string | undefined },
): Promise<{ created: boolean; plan: ReformPlan }> {
  const { laCode, content, ifMatch } = request;
  const { store } = deps;
  const now = deps.now();
  await requireExistingCouncil(store, laCode);
  const [template, previous] = await Promise.all([
    getReformPlanTemplate(store),
    getReformPlan(store, laCode),
  ]);
  if (!template) {
    throw new ConflictError('DfE has not published the reform plan template yet.');
  }
  checkVersion(ifMatch, previous?.version);
  if (previous && !canEditReformPlan(previous.status)) {
    throw new ConflictError(
      `The reform plan is ${previous.status}: only a draft or returned plan can be edited.`,
    );
  }
  const errors = checkPlanSections(content.sections, template.sections);
  if (errors.length > 0) throw new InvalidError('The plan cannot be saved.', errors);

  const at = now.toISOString();
  const actor = { sub: principal.sub, role: principal.role };
  const next: ReformPlanRecord = {
    ...(previous ?? { laCode, status: 'draft', createdAt: at }),
    version: (previous?.version ?? 0) + 1,
    content,
    updatedAt: at,
    updatedBy: actor,
  };
  try {
    await writeReformPlanChange(
      store,
      {
        previous,
        next,
        history: {
          version: next.version,
          action: 'saved',
          status: next.status,
          at,
          actor,
          content,
        },
        audit: {
          actor,
          action: previous ? 'reform-plan.saved' : 'reform-plan.created',
          entity: 'reform plan',
          ...(previous ? { before: { version: previous.version, status: previous.status } } : {}),
          after: {
            version: next.version,
            status: next.status,
            sections: content.sections.map((s) => s.sectionId),
          },
        },
      },
      now,
    );
  } catch (error) {
    if (error instanceof ConditionFailedError) {
      throw new StaleVersionError(
        'Someone else saved the reform plan at the same time. Reload it to see their changes.',
      );
    }
    throw error;
  }
  return { created: !previous, plan: reformPlanView(next) };
}
