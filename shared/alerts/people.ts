import { readOnce, type BatchReads } from '../data/batch-reads';
import { getCouncil } from '../data/councils/get-council';
import type { Notice } from '../domain';
import { notifyPeopleOfAll, type NotifyResult } from '../messaging/notify-people';
import type { Logger } from '@aws-lambda-powertools/logger';
import type { Store } from '../data/client';
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
}

/** Notice facts without the council's name, which is read here. */
export type NoticeOf = Notice extends infer N
  ? N extends { council: string }
    ? Omit<N, 'council'>
    : never
  : never;

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

/** `tellPeople` for several events at once: one claim, one record of the outcomes. */
export async function tellPeopleOfAll(
  deps: PeopleDeps,
  notices: readonly NoticeOf[],
): Promise<NotifyResult | undefined> {
  if (!deps.emails || notices.length === 0) return undefined;
  const named = await Promise.all(
    notices.map(async (notice) => {
      const council = await readOnce(deps.reads, `council ${notice.laCode}`, () =>
        getCouncil(deps.store, notice.laCode),
      );
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
    },
    named,
  );
}
