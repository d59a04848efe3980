import { saveAgreement } from '../../shared/data/agreements/save-agreement';
import { createCouncil } from '../../shared/data/councils/create-council';
import type { Store } from '../../shared/data/client';
import { writeReturnChange } from '../../shared/data/returns/write-return-change';
import { periodDueDate, periodFinancialYear } from '../../shared/domain';
import { AgreementInput } from '../../shared/schemas/agreement';
import type { ReturnDraft } from '../../shared/schemas/return-content';
import { agreementBody, completeReturn } from './fixtures';

const admin = { sub: 'builder', role: 'dfe-admin' } as const;
const approver = { sub: 'builder-approver', role: 'council-approver' } as const;

/** A council with the fixture agreement, written straight through the data layer (fast, for volume tests). */
export async function buildCouncil(
  store: Store,
  laCode: string,
  name: string,
  overrides: Parameters<typeof agreementBody>[0] = {},
) {
  await createCouncil(store, { laCode, name }, admin, new Date());
  await saveAgreement(
    store,
    laCode,
    AgreementInput.parse(agreementBody(overrides)),
    admin,
    undefined,
    new Date(),
  );
}

/** A submitted return for the council and period, with the given forecast. */
export async function buildSubmittedReturn(
  store: Store,
  laCode: string,
  period: string,
  content: ReturnDraft = completeReturn(),
) {
  const at = '2024-11-01T09:00:00.000Z';
  await writeReturnChange(
    store,
    {
      previous: undefined,
      next: {
        laCode,
        period,
        financialYear: periodFinancialYear(period),
        status: 'submitted',
        version: 1,
        dueOn: periodDueDate(period),
        content,
        createdAt: at,
        updatedAt: at,
        updatedBy: approver,
        submittedAt: at,
        submittedBy: approver,
        signOff: { name: 'Officer', role: 'S151' },
      },
      history: {
        period,
        version: 1,
        action: 'submitted',
        status: 'submitted',
        at,
        actor: approver,
        content,
      },
      audit: { actor: approver, action: 'return.submitted', entity: `return ${period}` },
    },
    new Date(at),
  );
}
