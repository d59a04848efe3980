import { getAgreement, type Agreement } from '../../api/agreement';
import { ProblemError } from '../../api/client';
import { listConditions, type ConditionView } from '../../api/conditions';
import { listTranches, type TrancheView } from '../../api/tranches';

export interface PaymentsData {
  agreement: Agreement;
  tranches: TrancheView[];
  conditions: ConditionView[];
}

/** The agreement's tranches, and its conditions for the titles and DfE's assessments. */
export async function loadPayments(laCode: string, signal: AbortSignal): Promise<PaymentsData> {
  const agreement = await getAgreement(laCode, signal);
  if (!agreement) {
    throw new ProblemError({
      status: 404,
      title: 'Not found',
      detail: 'This council has no agreement, so no payments are due.',
    });
  }
  const [tranches, conditions] = await Promise.all([
    listTranches(laCode, signal),
    listConditions(laCode, signal),
  ]);
  return { agreement, tranches, conditions };
}
