import type { Logger } from '@aws-lambda-powertools/logger';
import { readOnce, type BatchReads } from '../data/batch-reads';
import type { Store } from '../data/client';
import { DFE_PARTITION } from '../data/keys';
import {
  claimDeliveries,
  claimDelivery,
  finishDelivery,
  STALE_CLAIM_MS,
  unfinishedClaimStaleAt,
  type DeliveryKey,
  type DeliveryOutcome,
} from '../data/notifications/deliveries';
import { listSubscribers } from '../data/notifications/list-subscribers';
import { audiencesOf, messageOf, recipientsOf, type Notice } from '../domain';
import { DeliveryError, type EmailSender } from './email-sender';

export interface NotifyPeopleDeps {
  store: Store;
  logger: Logger;
  emails: EmailSender;
  now: () => Date;
  /** The web app's origin, for the links in messages. */
  webUrl?: string;
  /** Subscribers already read in this batch of changes; none: read each time. */
  reads?: BatchReads;
}

export interface NotifyResult {
  sent: number;
  /** Already sent (or being sent) to these people: a repeat of the same event. */
  repeats: number;
  failed: number;
}

/**
 * The log message of a message that could not be delivered after every retry: a metric
 * filter counts it and an alarm tells operators (infra/constructs/alerting.ts).
 */
export const UNDELIVERED_LOG_MESSAGE = 'notification not delivered';

/** How often an unfinished claim is looked at again while it may still be in flight. */
const IN_FLIGHT_POLL_MS = 1000;

/**
 * A send someone else claimed: finished (sent), nothing to do; unfinished, it is either in
 * flight in another worker (ending within EMAIL_SEND_BOUND_MS) or its worker was killed in
 * the middle, and the stream retries that batch at once, often before the claim is stale.
 * So it is looked at again each second until it has finished or become stale (at most
 * STALE_CLAIM_MS), then taken over: the email goes out once rather than never.
 */
async function takeOverWhenAbandoned(deps: NotifyPeopleDeps, key: DeliveryKey): Promise<boolean> {
  // Bounded whatever the clock does (a test's may stand still).
  const looks = Math.ceil(STALE_CLAIM_MS / IN_FLIGHT_POLL_MS) + 1;
  for (let look = 0; look < looks; look++) {
    const staleAt = await unfinishedClaimStaleAt(deps.store, key);
    if (!staleAt) return false;
    const untilStale = staleAt.getTime() - deps.now().getTime() + 1;
    if (untilStale > 0) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(untilStale, IN_FLIGHT_POLL_MS)));
    }
    if (await claimDelivery(deps.store, key, deps.now())) return true;
  }
  return false;
}

/**
 * Tells everyone who asked for it about the events of one change (a change may raise
 * several alerts): the council's subscribed people (and DfE's, for the events DfE
 * follows), each at most once per event and subject. Each partition's subscribers are
 * read once. Each send is claimed first with a conditional write (all claims in one
 * write in the usual case), so a repeated stream record or another run of the schedule
 * finds the claim and sends nothing (an unfinished one: see takeOverWhenAbandoned).
 * Each delivery then goes on by itself: sent as soon as it is claimed, and recorded as
 * finished as soon as it is sent, so neither a slow send nor a takeover's wait leaves
 * another claim unfinished long enough to go stale and be sent again. A message that
 * cannot be delivered is recorded as failed (a later run of the same check may claim it
 * again), logged as an error without the address, and counted for the operators' alarm;
 * it never stops the other recipients or the caller.
 */
export async function notifyPeopleOfAll(
  deps: NotifyPeopleDeps,
  notices: readonly Notice[],
): Promise<NotifyResult> {
  const deliveries = (
    await Promise.all(notices.map((notice) => deliveriesOf(deps, notice)))
  ).flat();
  const won = await claimDeliveries(
    deps.store,
    deliveries.map((d) => d.key),
    deps.now(),
  );
  const ends = await Promise.all(
    deliveries.map(async (delivery, i) => {
      if (!won[i] && !(await takeOverWhenAbandoned(deps, delivery.key))) return 'repeat';
      const outcome = await send(deps, delivery);
      await finishDelivery(deps.store, delivery.key, outcome, deps.now());
      return outcome.state;
    }),
  );
  return {
    sent: ends.filter((end) => end === 'sent').length,
    repeats: ends.filter((end) => end === 'repeat').length,
    failed: ends.filter((end) => end === 'failed').length,
  };
}

type Delivery = Awaited<ReturnType<typeof deliveriesOf>>[number];

/** Sends one claimed message; how it ended, never thrown. */
async function send(
  deps: NotifyPeopleDeps,
  { notice, message, recipient }: Delivery,
): Promise<DeliveryOutcome> {
  try {
    const { id } = await deps.emails.send({
      event: notice.event,
      laCode: notice.laCode,
      emailAddress: recipient.email,
      personalisation: message.personalisation,
      heading: message.heading,
      body: message.body,
      reference: `${notice.laCode}:${notice.event}:${message.subject}:${recipient.sub}`.slice(
        0,
        255,
      ),
    });
    return { state: 'sent', providerId: id };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    deps.logger.error(UNDELIVERED_LOG_MESSAGE, {
      laCode: notice.laCode,
      event: notice.event,
      subject: message.subject,
      recipient: recipient.sub,
      attempts: error instanceof DeliveryError ? error.attempts : undefined,
      status: error instanceof DeliveryError ? error.status : undefined,
      reason,
    });
    return { state: 'failed', reason };
  }
}

/** Who is to be told of one event, with its message and each delivery's key. */
async function deliveriesOf(deps: NotifyPeopleDeps, notice: Notice) {
  const message = messageOf(notice, deps.webUrl ?? '');
  const audiences = audiencesOf(notice.event);
  const subscribers = (
    await Promise.all(
      audiences.map((audience) => {
        const partition = audience === 'dfe' ? DFE_PARTITION : notice.laCode;
        return readOnce(deps.reads, `subscribers ${partition}`, () =>
          listSubscribers(deps.store, partition),
        );
      }),
    )
  ).flat();
  return recipientsOf(notice.event, audiences, subscribers).map((recipient) => {
    const key: DeliveryKey = {
      laCode: notice.laCode,
      event: notice.event,
      subject: message.subject,
      audience: recipient.audience,
      sub: recipient.sub,
    };
    return { notice, message, recipient, key };
  });
}
