import { getAgreement } from '../../shared/data/agreements/get-agreement';
import { saveAgreement } from '../../shared/data/agreements/save-agreement';
import { createCouncil } from '../../shared/data/councils/create-council';
import type { Store } from '../../shared/data/client';
import { writeReformPlanChange } from '../../shared/data/reform-plans/write-reform-plan-change';
import { getReturn } from '../../shared/data/returns/get-return';
import { writeReturnChange } from '../../shared/data/returns/write-return-change';
import { saveStabilityGrantFigures } from '../../shared/data/stability-grant/save-stability-grant-figures';
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

/** The council's agreement saved again over the current one: a new version, with this reason. */
export async function varyAgreement(store: Store, laCode: string, reason: string) {
  await saveAgreement(
    store,
    laCode,
    AgreementInput.parse(agreementBody({ reason })),
    admin,
    await getAgreement(store, laCode),
    new Date(),
  );
}

/**
 * A submitted return for the council and period, with the given content; with
 * `previousVersion`, submitted again over the return at that version.
 */
export async function buildSubmittedReturn(
  store: Store,
  laCode: string,
  period: string,
  content: ReturnDraft = completeReturn(),
  previousVersion?: number,
) {
  const at = '2024-11-01T09:00:00.000Z';
  const version = (previousVersion ?? 0) + 1;
  const next = {
    laCode,
    period,
    financialYear: periodFinancialYear(period),
    status: 'submitted' as const,
    version,
    dueOn: periodDueDate(period),
    content,
    createdAt: at,
    updatedAt: at,
    updatedBy: approver,
    submittedAt: at,
    submittedBy: approver,
    signOff: { name: 'Officer', role: 'S151' },
  };
  const previous =
    previousVersion === undefined ? undefined : await getReturn(store, laCode, period);
  if (previousVersion !== undefined && previous?.version !== previousVersion)
    throw new Error(`The return for ${period} is not at version ${previousVersion}.`);
  await writeReturnChange(
    store,
    {
      previous,
      next,
      history: {
        period,
        version,
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

/** A council's reform plan in the given status, straight through the data layer. */
export async function buildReformPlan(
  store: Store,
  laCode: string,
  status: 'draft' | 'submitted' | 'returned' | 'approved' = 'submitted',
) {
  const at = '2026-04-01T09:00:00.000Z';
  const content = { sections: [{ sectionId: 'early', text: 'Identify needs early.' }] };
  await writeReformPlanChange(store, {
    previous: undefined,
    next: {
      laCode,
      status,
      version: 1,
      content,
      createdAt: at,
      updatedAt: at,
      updatedBy: approver,
    },
    history: { version: 1, action: 'saved', status, at, actor: approver, content },
    audit: { actor: approver, action: 'reform-plan.created', entity: 'reform plan' },
  });
}

/** A council's stability grant figures: each source with the same high needs deficit. */
export async function buildStabilityGrant(store: Store, laCode: string, highNeedsDeficit: number) {
  await saveStabilityGrantFigures(
    store,
    undefined,
    {
      laCode,
      version: 1,
      asAt: '2026-03-31',
      sources: [
        { source: 's251-outturn', highNeedsDeficit },
        { source: 'dsg-note', highNeedsDeficit },
      ],
      updatedAt: '2026-04-01T09:00:00.000Z',
      updatedBy: approver,
    },
    { actor: approver, action: 'stability-grant.figures-saved', entity: 'stability grant' },
  );
}
