import type { NotificationEvent } from '../../../shared/domain';

/** Each event as a person chooses it on the settings page. */
export const NOTIFICATION_EVENT_NAMES: Record<NotificationEvent, string> = {
  'return-due': 'A return is due within 7 days',
  'return-overdue': 'A return is overdue',
  'return-returned': 'DfE returns a return with comments',
  'return-accepted': 'DfE accepts a return',
  'alert-red': 'A red alert is raised',
  'alert-amber': 'An amber alert is raised',
  'plan-reviewed': 'DfE reviews the local SEND reform plan',
  'ready-for-sign-off': 'A return is ready for sign-off',
};
