import { getPlan, getTemplate, type ReformPlan, type ReformPlanTemplate } from '../../api/reform';

export interface ReformContext {
  template: ReformPlanTemplate | null;
  plan: ReformPlan | null;
}

export async function loadReform(laCode: string, signal: AbortSignal): Promise<ReformContext> {
  const [template, plan] = await Promise.all([getTemplate(signal), getPlan(laCode, signal)]);
  return { template, plan };
}

/** The words for a plan's status. */
export const PLAN_STATUS_TEXT: Record<string, string> = {
  none: 'Not started',
  draft: 'Draft',
  submitted: 'Submitted to DfE',
  returned: 'Returned by DfE',
  approved: 'Approved by DfE',
};

export const PLAN_STATUS_COLOUR: Record<string, 'grey' | 'turquoise' | 'orange' | 'green'> = {
  none: 'grey',
  draft: 'grey',
  submitted: 'turquoise',
  returned: 'orange',
  approved: 'green',
};
