import type { NotificationEvent } from '../../../shared/domain';
import { api, ProblemError } from './client';

export type { NotificationEvent };

export interface NotificationSettings {
  email?: string;
  events: NotificationEvent[];
  availableEvents: NotificationEvent[];
  version?: number;
  updatedAt?: string;
}

export interface OutboxMessage {
  id: string;
  at: string;
  laCode: string;
  event: NotificationEvent;
  to: string;
  heading: string;
  body: string;
}

/** The signed-in person's own choice of email notifications. */
export function readNotificationSettings(signal?: AbortSignal): Promise<NotificationSettings> {
  return api<NotificationSettings>('/api/v1/me/notifications', signal ? { signal } : {});
}

/** Saves the choice; `version` is the one read (none before the first save). */
export function saveNotificationSettings(
  input: { email?: string; events: NotificationEvent[] },
  version: number | undefined,
): Promise<NotificationSettings> {
  return api<NotificationSettings>('/api/v1/me/notifications', {
    method: 'PUT',
    body: input,
    ...(version === undefined ? {} : { headers: { 'If-Match': `"${version}"` } }),
  });
}

/** The local runner's outbox, newest first; null where there is none (in AWS). */
export async function listOutbox(signal?: AbortSignal): Promise<OutboxMessage[] | null> {
  try {
    const page = await api<{ items: OutboxMessage[] }>('/api/v1/dev/outbox?limit=200', {
      auth: false,
      ...(signal ? { signal } : {}),
    });
    return page.items;
  } catch (error) {
    if (error instanceof ProblemError && error.status === 404) return null;
    throw error;
  }
}
