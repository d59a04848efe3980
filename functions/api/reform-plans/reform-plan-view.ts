import type { ReformPlanRecord } from '../../../shared/data/reform-plans/reform-plan-record';
import type { ReformPlan } from '../../../shared/schemas/reform-plan';

/** The plan as the API shows it (what is kept only for the rules stays out). */
export function reformPlanView(record: ReformPlanRecord): ReformPlan {
  return {
    laCode: record.laCode,
    status: record.status,
    version: record.version,
    content: record.content,
    ...(record.templateVersion ? { templateVersion: record.templateVersion } : {}),
    ...(record.submittedAt ? { submittedAt: record.submittedAt } : {}),
    ...(record.submittedBy ? { submittedBy: record.submittedBy } : {}),
    ...(record.signOff ? { signOff: record.signOff } : {}),
    ...(record.review ? { review: record.review } : {}),
    updatedAt: record.updatedAt,
    updatedBy: record.updatedBy,
  };
}
