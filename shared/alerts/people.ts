import { factKeys, readOnce, type BatchReads } from '../data/batch-reads';
import { getCouncil } from '../data/councils/get-council';
import { audiencesOf, type Notice, type NotificationEvent } from '../domain';
import { notifyPeopleOfAll, subscribersOf, type NotifyResult } from '../messaging/notify-people';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Store } from '../data/client';
import type { TransactItem } from '../data/transact';
import type { EmailSender } from '../messaging/email-sender';

/** What telling people needs: the workers' dependencies carry all of it. */
export interface PeopleDeps {
  store: Store;
  logger: Logger;
  now: () => Date;
  /** Where people's emails go (GOV.UK Notify, or the local outbox); none: no emails. */
  emails?: EmailSender;
  /** The web app's origin, for links in emails. */
  webUrl?: string;
  /** Facts already read in this batch of changes (`processRecords`); none: read each time. */
  reads?: BatchReads;
  /** The worker's time left (Lambda's `getRemainingTimeInMillis`); none: unbounded. */
  remainingTimeMs?: () => number;
}

/** Notice facts without the council's name, which is read here. */
export type NoticeOf = Notice extends infer N
  ? N extends { council: string }
    ? Omit<N, 'council'>
    : never
  : never;

/**
 * Starts reading, into the batch's reads, what telling people of these events of a
 * council will read (its name, the audiences' subscribers), so that those reads share a
 * round trip with the caller's own. Nothing when the host sends no email or there is no
 * batch to keep the reads in; a failed read is read again when it is needed.
 */
export function readAheadForPeople(
  deps: PeopleDeps,
  laCode: string,
  events: readonly NotificationEvent[],
): void {
  if (!deps.emails || !deps.reads) return;
  const audiences = new Set(events.flatMap(audiencesOf));
  const reads: Promise<unknown>[] = [
    councilOf(deps, laCode),
    ...[...audiences].map((audience) => subscribersOf(deps, laCode, audience)),
  ];
  for (const read of reads) read.catch(() => undefined);
}

function councilOf(deps: PeopleDeps, laCode: string) {
  return readOnce(deps.reads, factKeys.council(laCode), () => getCouncil(deps.store, laCode));
}

/**
 * Emails the people who asked about an event, when the host sends email at all (the
 * workers' tests and hosts without a sender skip it). The council's name is read once.
 */
export async function tellPeople(
  deps: PeopleDeps,
  notice: NoticeOf,
): Promise<NotifyResult | undefined> {
  return tellPeopleOfAll(deps, [notice]);
}

/**
 * `tellPeople` for several events at once: one claim, one record of the outcomes, with
 * `then` written alongside once every delivery has ended (`notifyPeopleOfAll`). Nothing
 * is written, `then` included, when the host sends no email (undefined).
 */
export async function tellPeopleOfAll(
  deps: PeopleDeps,
  notices: readonly NoticeOf[],
  { then = [] }: { then?: readonly TransactItem[] } = {},
): Promise<NotifyResult | undefined> {
  if (!deps.emails || notices.length === 0) return undefined;
  const named = await Promise.all(
    notices.map(async (notice) => {
      const council = await councilOf(deps, notice.laCode);
      return { ...notice, council: council?.name ?? `Council ${notice.laCode}` };
    }),
  );
  return notifyPeopleOfAll(
    {
      store: deps.store,
      logger: deps.logger,
      emails: deps.emails,
      now: deps.now,
      ...(deps.webUrl ? { webUrl: deps.webUrl } : {}),
      ...(deps.reads ? { reads: deps.reads } : {}),
      ...(deps.remainingTimeMs ? { remainingTimeMs: deps.remainingTimeMs } : {}),
    },
    named,
    { then },
  );
}
