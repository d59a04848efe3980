import { createRoute, type OpenAPIHono } from '../openapi-hono';
import {
  NotificationSettings,
  NotificationSettingsInput,
} from '../../../shared/schemas/notifications';
import type { AppEnv } from '../env';
import { IfMatchHeaders, etag, readIfMatch } from '../if-match';
import { readNotificationSettings } from '../notifications/read-notification-settings';
import { saveNotificationSettings } from '../notifications/save-notification-settings';
import { bearer, json, problems } from '../openapi';

const getSettings = createRoute({
  method: 'get',
  path: '/api/v1/me/notifications',
  operationId: 'readNotificationSettings',
  tags: ['Notifications'],
  summary: 'Your own choice of email notifications: the address and the events',
  security: bearer,
  responses: { 200: json(NotificationSettings, 'Your settings'), ...problems(401) },
});

const putSettings = createRoute({
  method: 'put',
  path: '/api/v1/me/notifications',
  operationId: 'saveNotificationSettings',
  tags: ['Notifications'],
  summary:
    'Choose the events you are emailed about and the address (any role, your own only); changing needs If-Match',
  security: bearer,
  request: {
    headers: IfMatchHeaders,
    body: {
      required: true,
      content: { 'application/json': { schema: NotificationSettingsInput } },
    },
  },
  responses: {
    200: json(NotificationSettings, 'The saved settings'),
    201: json(NotificationSettings, 'Your first settings'),
    ...problems(400, 401, 412, 413, 422, 428),
  },
});

export function registerNotificationRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(getSettings, async (c) => {
    const settings = await readNotificationSettings(c.var.scoped, c.var.principal);
    if (settings.version !== undefined) c.header('ETag', etag(settings.version));
    return c.json(settings, 200);
  });

  app.openapi(putSettings, async (c) => {
    const saved = await saveNotificationSettings(c.var.scoped, c.var.principal, {
      input: c.req.valid('json'),
      ifMatch: readIfMatch(c),
    });
    c.header('ETag', etag(saved.settings.version ?? 0));
    return saved.created ? c.json(saved.settings, 201) : c.json(saved.settings, 200);
  });
}
