import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface NotifyRequest {
  path: string;
  authorization: string;
  body: {
    template_id: string;
    email_address: string;
    personalisation?: Record<string, string>;
    reference?: string;
  };
}

/** An API key in GOV.UK Notify's format: name, service id, secret. */
export const TEST_NOTIFY_KEY =
  'test_key-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0';

/**
 * `'never'`: the server reads the request and never answers it (a hung connection);
 * `'accepted-unanswered'`: it accepts the email (it is then found by its reference) and
 * never answers.
 */
export type FakeAnswer = number | 'never' | 'accepted-unanswered';

/**
 * A local HTTP server standing in for GOV.UK Notify's API: it records every email sent
 * (`requests`) and answers with the status `answer` chooses (201 with a notification id
 * by default), the way Notify's own error bodies look otherwise, or never answers at all.
 * The emails it accepted are listed by reference, as Notify's `GET /v2/notifications`
 * lists them (those questions are recorded in `lookups`).
 */
export async function startFakeNotify() {
  const requests: NotifyRequest[] = [];
  const lookups: string[] = [];
  const accepted: { id: string; reference: string | undefined }[] = [];
  let answer: (request: NotifyRequest, index: number) => FakeAnswer = () => 201;
  const hung = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => {
      if (req.method === 'GET' && req.url?.startsWith('/v2/notifications')) {
        lookups.push(req.url);
        const reference = new URL(req.url, 'http://notify').searchParams.get('reference');
        res.setHeader('Content-Type', 'application/json');
        res.end(
          JSON.stringify({
            notifications: accepted
              .filter((n) => n.reference === reference)
              .map((n) => ({ ...n, type: 'email', status: 'delivered' })),
            links: {},
          }),
        );
        return;
      }
      const request: NotifyRequest = {
        path: req.url ?? '',
        authorization: req.headers.authorization ?? '',
        body: JSON.parse(text || '{}') as NotifyRequest['body'],
      };
      requests.push(request);
      const status = answer(request, requests.length);
      if (status === 'never' || status === 'accepted-unanswered') {
        if (status === 'accepted-unanswered')
          accepted.push({ id: `notify-${requests.length}`, reference: request.body.reference });
        hung.add(res);
        return;
      }
      if (status === 201)
        accepted.push({ id: `notify-${requests.length}`, reference: request.body.reference });
      res.statusCode = status;
      res.setHeader('Content-Type', 'application/json');
      res.end(
        JSON.stringify(
          status === 201
            ? { id: `notify-${requests.length}`, reference: request.body.reference }
            : {
                status_code: status,
                errors: [{ error: status === 429 ? 'RateLimitError' : 'Error', message: 'No' }],
              },
        ),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    lookups,
    answerWith(next: (request: NotifyRequest, index: number) => FakeAnswer) {
      answer = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hung) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
