export {
  NOTIFICATION_EVENTS,
  type NotificationEvent,
  type Audience,
  isNotificationEvent,
  audiencesOf,
  eventsFor,
  isForRole,
  SIGN_OFF_ROLE,
} from './events';
export { type Subscriber, type Recipient, recipientsOf } from './recipients';
export {
  DUE_REMINDER_DAYS,
  OVERDUE_GRACE_DAYS,
  type ReturnReminder,
  returnReminders,
} from './reminders';
export { type Notice, type Message, TEMPLATE_FIELDS, messageOf } from './messages';
