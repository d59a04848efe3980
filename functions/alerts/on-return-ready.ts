import type { ReturnRecord } from '../../shared/data/returns/return-record';
import type { AlertingDeps } from '../../shared/alerts/apply-outcomes';
import { tellPeople } from '../../shared/alerts/people';
import { canEditReturn } from '../../shared/domain';
import type { Change } from './change';

/**
 * A change to a return is a hand-over for sign-off when it puts a new ready-for-sign-off
 * mark on a return still being prepared (a draft or a returned return). Any edit clears
 * the mark, and a submission keeps it without being news.
 */
export function isHandOver(change: Change): boolean {
  const after = change.after as Partial<ReturnRecord> | undefined;
  const before = change.before as Partial<ReturnRecord> | undefined;
  if (!after?.readyForSignOff || !after.status || !canEditReturn(after.status)) return false;
  return before?.readyForSignOff?.at !== after.readyForSignOff.at;
}

/** An editor sent a return for sign-off: the council's approvers who asked are told. */
export async function onReturnReadyForSignOff(change: Change, deps: AlertingDeps): Promise<void> {
  if (!isHandOver(change)) return;
  const ready = change.after as unknown as ReturnRecord &
    Required<Pick<ReturnRecord, 'readyForSignOff'>>;
  const by = ready.readyForSignOff.by.name;
  await tellPeople(deps, {
    event: 'ready-for-sign-off',
    laCode: ready.laCode,
    period: ready.period,
    version: ready.version,
    ...(by ? { by } : {}),
  });
}
