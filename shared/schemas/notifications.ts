import * as z from 'zod';
import { NOTIFICATION_EVENTS } from '../domain';
import { Timestamp } from './common';

export const NotificationEventName = z
  .enum(NOTIFICATION_EVENTS)
  .meta({ id: 'NotificationEvent', description: 'An event a person can be emailed about' });

export const EmailAddress = z
  .email('must be an email address, like name@example.gov.uk')
  .max(254, 'must be 254 characters or fewer');

export const NotificationSettingsInput = z
  .strictObject({
    email: EmailAddress.optional(),
    events: z
      .array(NotificationEventName)
      .max(NOTIFICATION_EVENTS.length)
      .refine((events) => new Set(events).size === events.length, 'must not name an event twice'),
  })
  .meta({
    id: 'NotificationSettingsInput',
    description:
      'The address to email and the events to email about; `email` is needed unless `events` is empty',
  });
export type NotificationSettingsInput = z.infer<typeof NotificationSettingsInput>;

export const NotificationSettings = z
  .object({
    email: z.string().optional(),
    events: z.array(NotificationEventName),
    /** The events this person can receive (DfE users get only those DfE follows). */
    availableEvents: z.array(NotificationEventName),
    version: z.number().int().optional().meta({ description: 'Absent until the first save' }),
    updatedAt: Timestamp.optional(),
  })
  .meta({ id: 'NotificationSettings' });
export type NotificationSettings = z.infer<typeof NotificationSettings>;

export const OutboxMessage = z
  .object({
    id: z.string(),
    at: Timestamp,
    laCode: z.string(),
    event: NotificationEventName,
    to: z.string(),
    heading: z.string(),
    body: z.string(),
    templateId: z.string().optional(),
    personalisation: z.record(z.string(), z.string()),
    reference: z.string(),
  })
  .meta({ id: 'OutboxMessage', description: 'An email the local runner kept instead of sending' });
export type OutboxMessage = z.infer<typeof OutboxMessage>;
