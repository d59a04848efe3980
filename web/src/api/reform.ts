import type {
  ReformPlan,
  ReformPlanDraft,
  ReformPlanTemplate,
  ReviewReformPlanInput,
  SubmitReformPlanInput,
} from '../../../shared/schemas/reform-plan';
import type { GrantDecisionInput, StabilityGrant } from '../../../shared/schemas/stability-grant';
import { api, apiOrNull } from './client';
import { councilApi, withSignal } from './paths';

export type { ReformPlan, ReformPlanDraft, ReformPlanTemplate, StabilityGrant };

export function getTemplate(signal?: AbortSignal): Promise<ReformPlanTemplate | null> {
  return apiOrNull<ReformPlanTemplate>('/api/v1/reform-plan-template', withSignal(signal));
}

/** The council's plan, or null before its first save. */
export function getPlan(laCode: string, signal?: AbortSignal): Promise<ReformPlan | null> {
  return apiOrNull<ReformPlan>(councilApi(laCode, '/reform-plan'), withSignal(signal));
}

export function savePlan(
  laCode: string,
  content: ReformPlanDraft,
  version: number | undefined,
): Promise<ReformPlan> {
  return api<ReformPlan>(councilApi(laCode, '/reform-plan'), {
    method: 'PUT',
    body: content,
    ...(version === undefined ? {} : { headers: { 'If-Match': `"${version}"` } }),
  });
}

export function submitPlan(
  laCode: string,
  input: SubmitReformPlanInput,
  idempotencyKey: string,
): Promise<ReformPlan> {
  return api<ReformPlan>(councilApi(laCode, '/reform-plan/submit'), {
    method: 'POST',
    body: input,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function reviewPlan(laCode: string, input: ReviewReformPlanInput): Promise<ReformPlan> {
  return api<ReformPlan>(councilApi(laCode, '/reform-plan/review'), {
    method: 'POST',
    body: input,
  });
}

export function getGrant(laCode: string, signal?: AbortSignal): Promise<StabilityGrant> {
  return api<StabilityGrant>(councilApi(laCode, '/stability-grant'), withSignal(signal));
}

export function releaseGrant(laCode: string, input: GrantDecisionInput): Promise<StabilityGrant> {
  return api<StabilityGrant>(councilApi(laCode, '/stability-grant/decision'), {
    method: 'POST',
    body: input,
  });
}
