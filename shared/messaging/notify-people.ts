import type { Logger } from '@aws-lambda-powertools/logger';
import { readOnce, type BatchReads } from '../data/batch-reads';
import type { Store } from '../data/client';
import { DFE_PARTITION } from '../data/keys';
import type { TransactItem } from '../data/transact';
import {
  claimDeliveries,
  claimDelivery,
  finishDeliveries,
  finishDelivery,
  unfinishedClaimStaleAt,
  type DeliveryKey,
  type DeliveryOutcome,
} from '../data/notifications/deliveries';
import { listSubscribers } from '../data/notifications/list-subscribers';
import {
  audiencesOf,
  messageOf,
  recipientsOf,
  type Audience,
  type Notice,
  type Subscriber,
} from '../domain';
import {
  DeliveryError,
  EMAIL_SEND_BOUND_MS,
  type EmailSender,
  type SendOptions,
} from './email-sender';

export interface NotifyPeopleDeps {
  store: Store;
  logger: Logger;
  emails: EmailSender;
  now: () => Date;
  /** The web app's origin, for the links in messages. */
  webUrl?: string;
  /** Subscribers already read in this batch of changes; none: read each time. */
  reads?: BatchReads;
  /** The worker's time left (Lambda's `getRemainingTimeInMillis`); none: unbounded. */
  remainingTimeMs?: () => number;
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

/**
 * What a taken-over send needs after its wait: the send's own bound and room for the
 * write that finishes it.
 */
const TAKEOVER_ROOM_MS = EMAIL_SEND_BOUND_MS + 5_000;

/**
 * A delivery someone else claimed and has not finished, which this worker could not
 * take over (it would run out of time waiting, or the claim is still held after the
 * wait): thrown so that the change is retried later, when the claim has finished or is
 * stale, rather than the email being dropped.
 */
export class ClaimStillHeldError extends Error {
  constructor() {
    super('A delivery is claimed by another worker and not finished yet.');
    this.name = 'ClaimStillHeldError';
  }
}

/**
 * A send someone else claimed: finished (sent), nothing to do; unfinished, it is either in
 * flight in another worker (ending within EMAIL_SEND_BOUND_MS) or its worker was killed in
 * the middle, and the stream retries that batch at once, often before the claim is stale.
 * So the claim is read once and, unfinished, waited on once until it is stale (at most
 * STALE_CLAIM_MS), then taken over with one conditional write: the email goes out once
 * rather than never; one that finished meanwhile fails the write and is not sent again.
 * A wait the worker's remaining time (`remainingTimeMs`) cannot hold, with the send
 * after it, is not begun: ClaimStillHeldError, and the stream's retry comes back to it.
 */
async function takeOverWhenAbandoned(deps: NotifyPeopleDeps, key: DeliveryKey): Promise<boolean> {
  const staleAt = await unfinishedClaimStaleAt(deps.store, key);
  if (!staleAt) return false;
  // A little past the stale instant, so the claim's condition holds when it is written.
  const wait = staleAt.getTime() - deps.now().getTime() + 50;
  if (wait > 0) {
    const remaining = deps.remainingTimeMs?.();
    if (remaining !== undefined && wait + TAKEOVER_ROOM_MS > remaining) {
      throw new ClaimStillHeldError();
    }
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  if ((await claimDelivery(deps.store, key, deps.now())) !== false) return true;
  // Not taken: finished meanwhile, or taken over by another worker (a newer claim, its
  // to send): nothing to send. The same claim still held (a clock that stood still) is
  // never dropped silently.
  const heldUntil = await unfinishedClaimStaleAt(deps.store, key);
  if (heldUntil?.getTime() === staleAt.getTime()) throw new ClaimStillHeldError();
  return false;
}

/**
 * Tells everyone who asked for it about the events of one change (a change may raise
 * several alerts): the council's subscribed people (and DfE's, for the events DfE
 * follows), each at most once per event and subject. Each partition's subscribers are
 * read once. Each send is claimed first with a conditional write (all in parallel), so
 * a repeated stream record or another run of the schedule finds the claim and sends
 * nothing (an unfinished one: see takeOverWhenAbandoned).
 * The deliveries claimed are sent at once and recorded as finished together, in one
 * write, as soon as the last of them is sent: claimed together and each send bounded
 * (EMAIL_SEND_BOUND_MS), none can go stale meanwhile. A taken-over delivery goes on by
 * itself, so its wait never holds back the others' records. `then` (the alerts'
 * announcement) is written once every delivery has ended: with the outcomes when
 * nothing was taken over (the usual case), else after the last takeover. A message that
 * cannot be delivered is recorded as failed (a later run of the same check may claim it
 * again), logged as an error without the address, and counted for the operators' alarm;
 * it never stops the other recipients or the caller.
 */
export async function notifyPeopleOfAll(
  deps: NotifyPeopleDeps,
  notices: readonly Notice[],
  { then = [] }: { then?: readonly TransactItem[] } = {},
): Promise<NotifyResult> {
  const deliveries = (
    await Promise.all(notices.map((notice) => deliveriesOf(deps, notice)))
  ).flat();
  const won = await claimDeliveries(
    deps.store,
    deliveries.map((d) => d.key),
    deps.now(),
  );
  const claimed = deliveries.flatMap((delivery, i) =>
    won[i] ? [{ delivery, claim: won[i] }] : [],
  );
  const held = deliveries.filter((_, i) => !won[i]);
  const [sent, takenOver] = await Promise.all([
    (async () => {
      const outcomes = await Promise.all(
        // Claimed again after a failed or abandoned try: Notify is asked whether it has it.
        claimed.map(({ delivery, claim }) =>
          send(deps, delivery, { mayHaveBeenSent: claim === 'again' }),
        ),
      );
      await finishDeliveries(
        deps.store,
        claimed.map(({ delivery }, i) => ({ key: delivery.key, outcome: outcomes[i]! })),
        deps.now(),
        held.length === 0 ? then : [],
      );
      return outcomes.map((outcome) => outcome.state);
    })(),
    Promise.allSettled(
      held.map(async (delivery) => {
        if (!(await takeOverWhenAbandoned(deps, delivery.key))) return 'repeat' as const;
        // Its worker may have handed it over before it was killed.
        const outcome = await send(deps, delivery, { mayHaveBeenSent: true });
        await finishDelivery(deps.store, delivery.key, outcome, deps.now());
        return outcome.state;
      }),
    ),
  ]);
  const unsettled = takenOver.find((t) => t.status === 'rejected');
  if (unsettled) throw unsettled.reason;
  if (held.length > 0 && then.length > 0) await finishDeliveries(deps.store, [], deps.now(), then);
  const ends = [...sent, ...takenOver.map((t) => (t.status === 'fulfilled' ? t.value : 'failed'))];
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
  options: SendOptions = {},
): Promise<DeliveryOutcome> {
  try {
    const { id } = await deps.emails.send(
      {
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
      },
      options,
    );
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
    await Promise.all(audiences.map((audience) => subscribersOf(deps, notice.laCode, audience)))
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

/** An audience's subscribers for a council's events, read once per batch. */
export function subscribersOf(
  deps: Pick<NotifyPeopleDeps, 'store' | 'reads'>,
  laCode: string,
  audience: Audience,
): Promise<Subscriber[]> {
  const partition = audience === 'dfe' ? DFE_PARTITION : laCode;
  return readOnce(deps.reads, `subscribers ${partition}`, () =>
    listSubscribers(deps.store, partition),
  );
}
