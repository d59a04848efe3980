import type { Principal } from '../../../shared/auth';
import { ConditionFailedError } from '../../../shared/data/errors';
import { getReformPlanTemplate } from '../../../shared/data/reform-plans/get-reform-plan-template';
import { saveReformPlanTemplate as writeTemplate } from '../../../shared/data/reform-plans/save-reform-plan-template';
import {
  checkVersion,
  InvalidError,
  StaleVersionError,
  checkTemplateSections,
} from '../../../shared/domain';
import type {
  ReformPlanTemplate,
  ReformPlanTemplateInput,
} from '../../../shared/schemas/reform-plan';
import type { AppDeps } from '../env';

/**
 * DfE publishes the sections every council's reform plan must cover, with guidance. A
 * new version needs If-Match; plans already submitted keep the sections they were
 * submitted against, and the next submission is checked against the new ones.
 */
export async function saveReformPlanTemplate(
  deps: AppDeps,
  principal: Principal,
  request: { input: ReformPlanTemplateInput; ifMatch: string | undefined },
): Promise<{ created: boolean; template: ReformPlanTemplate }> {
  const { input, ifMatch } = request;
  const now = deps.now();
  const errors = checkTemplateSections(input.sections);
  if (errors.length > 0) throw new InvalidError('The template cannot be saved.', errors);
  const previous = await getReformPlanTemplate(deps.store);
  checkVersion(ifMatch, previous?.version);

  const actor = { sub: principal.sub, role: principal.role };
  const template: ReformPlanTemplate = {
    sections: input.sections,
    version: (previous?.version ?? 0) + 1,
    updatedAt: now.toISOString(),
    updatedBy: actor,
  };
  try {
    await writeTemplate(
      deps.store,
      previous,
      template,
      {
        actor,
        action: previous ? 'reform-plan-template.saved' : 'reform-plan-template.created',
        entity: 'reform plan template',
        ...(previous ? { before: { version: previous.version } } : {}),
        after: { version: template.version, sections: input.sections.map((s) => s.id) },
      },
      now,
    );
  } catch (error) {
    if (error instanceof ConditionFailedError) {
      throw new StaleVersionError(
        'Someone else saved the template at the same time. Reload it to see their changes.',
      );
    }
    throw error;
  }
  return { created: !previous, template };
}
