import { formatLongDate } from '../dates';
import { describePeriod } from '../periods';
import type { NotificationEvent } from './events';

/** What happened, in the facts each event's message needs. */
export type Notice =
  | {
      event: 'return-due' | 'return-overdue';
      laCode: string;
      council: string;
      period: string;
      dueOn: string;
    }
  | {
      event: 'return-returned' | 'return-accepted';
      laCode: string;
      council: string;
      period: string;
      /** The return's version after the review: a resubmitted return is reviewed again. */
      version: number;
      comments?: string;
    }
  | {
      event: 'ready-for-sign-off';
      laCode: string;
      council: string;
      period: string;
      /** The return's version as handed over: a changed return is handed over afresh. */
      version: number;
      /** Who handed it over, as the approver knows them. */
      by?: string;
    }
  | {
      event: 'alert-red' | 'alert-amber';
      laCode: string;
      council: string;
      alertId: string;
      period: string;
      message: string;
    }
  | {
      event: 'plan-reviewed';
      laCode: string;
      council: string;
      decision: 'approve' | 'return';
      /** The plan's version that was reviewed: a resubmitted plan is reviewed again. */
      version: number;
      comments?: string;
    };

/**
 * A message as every channel sends it: the template's personalisation (GOV.UK Notify
 * fills one template per event with these fields) and the same words rendered for the
 * local outbox. `subject` is what the message is about, for "once per person, event and
 * subject"; `link` is a path in the web app.
 */
export interface Message {
  event: NotificationEvent;
  laCode: string;
  subject: string;
  personalisation: Record<string, string>;
  heading: string;
  body: string;
}

/** The personalisation fields of each event's template (documented in infra/README.md). */
export const TEMPLATE_FIELDS: Record<NotificationEvent, readonly string[]> = {
  'return-due': ['council', 'period', 'due_date', 'link'],
  'return-overdue': ['council', 'period', 'due_date', 'link'],
  'return-returned': ['council', 'period', 'comments', 'link'],
  'return-accepted': ['council', 'period', 'comments', 'link'],
  'ready-for-sign-off': ['council', 'period', 'link'],
  'alert-red': ['council', 'period', 'alert', 'link'],
  'alert-amber': ['council', 'period', 'alert', 'link'],
  'plan-reviewed': ['council', 'decision', 'comments', 'link'],
};

const enc = encodeURIComponent;

/** The message for a notice; `baseUrl` is the web app's origin (no trailing slash). */
export function messageOf(notice: Notice, baseUrl = ''): Message {
  const council = notice.council;
  const returnLink = (period: string) =>
    `${baseUrl}/councils/${enc(notice.laCode)}/returns/${enc(period)}`;
  const base = { event: notice.event, laCode: notice.laCode };
  switch (notice.event) {
    case 'return-due':
    case 'return-overdue': {
      const period = describePeriod(notice.period);
      const due = formatLongDate(notice.dueOn);
      const overdue = notice.event === 'return-overdue';
      return {
        ...base,
        subject: notice.period,
        personalisation: { council, period, due_date: due, link: returnLink(notice.period) },
        heading: overdue
          ? `${council}: the ${period} return is overdue`
          : `${council}: the ${period} return is due on ${due}`,
        body: overdue
          ? `The ${period} return for ${council} was due on ${due} and has not been submitted.`
          : `The ${period} return for ${council} is due on ${due}. It has not been submitted yet.`,
      };
    }
    case 'return-returned':
    case 'return-accepted': {
      const period = describePeriod(notice.period);
      const comments = notice.comments ?? '';
      const accepted = notice.event === 'return-accepted';
      return {
        ...base,
        // A return can be returned, resubmitted and returned again: each review is news.
        subject: `${notice.period}-v${notice.version}`,
        personalisation: { council, period, comments, link: returnLink(notice.period) },
        heading: accepted
          ? `${council}: DfE accepted the ${period} return`
          : `${council}: DfE returned the ${period} return with comments`,
        body: [
          accepted
            ? `DfE accepted the ${period} return for ${council}.`
            : `DfE returned the ${period} return for ${council}. Change it and submit it again.`,
          ...(comments ? [`Comments: ${comments}`] : []),
        ].join('\n\n'),
      };
    }
    case 'ready-for-sign-off': {
      const period = describePeriod(notice.period);
      return {
        ...base,
        // Any edit clears the hand-over, so each one is of a new version: each is news.
        subject: `${notice.period}-v${notice.version}`,
        personalisation: { council, period, link: returnLink(notice.period) },
        heading: `${council}: the ${period} return is ready for sign-off`,
        body: [
          `The ${period} return for ${council} is ready for you to sign off and submit.`,
          ...(notice.by ? [`Sent for sign-off by ${notice.by}.`] : []),
        ].join('\n\n'),
      };
    }
    case 'alert-red':
    case 'alert-amber': {
      const colour = notice.event === 'alert-red' ? 'Red' : 'Amber';
      const period = describePeriod(notice.period);
      return {
        ...base,
        subject: notice.alertId,
        personalisation: {
          council,
          period,
          alert: notice.message,
          link: `${baseUrl}/councils/${enc(notice.laCode)}/alerts`,
        },
        heading: `${colour} alert for ${council}`,
        body: `${colour} alert for ${council} (${period}): ${notice.message}`,
      };
    }
    case 'plan-reviewed': {
      const decision = notice.decision === 'approve' ? 'approved' : 'returned';
      const comments = notice.comments ?? '';
      return {
        ...base,
        subject: `reform-plan-v${notice.version}`,
        personalisation: {
          council,
          decision,
          comments,
          link: `${baseUrl}/councils/${enc(notice.laCode)}/reform-plan`,
        },
        heading: `${council}: DfE ${decision} the local SEND reform plan`,
        body: [
          `DfE ${decision} the local SEND reform plan for ${council}.`,
          ...(comments ? [`Comments: ${comments}`] : []),
        ].join('\n\n'),
      };
    }
  }
}
