import { describe, expect, it } from 'vitest';
import { readSecret } from './read-secret';
import { templateIdsOf } from './notify-from-env';

function answering(status: number, body: unknown) {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const fetch = ((url: string, init: { headers: Record<string, string> }) => {
    calls.push({ url, headers: init.headers });
    return Promise.resolve(new Response(JSON.stringify(body), { status }));
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

describe('reading the Notify key through the Parameters and Secrets extension', () => {
  it('asks the extension on its port with the session token, and returns the text', async () => {
    const { fetch, calls } = answering(200, { SecretString: ' key-123 \n' });
    const key = await readSecret('arn:aws:secretsmanager:eu-west-2:1:secret:notify', {
      port: '2773',
      token: 'session',
      fetch,
    });
    expect(key).toBe('key-123');
    expect(calls[0]!.url).toBe(
      'http://localhost:2773/secretsmanager/get?secretId=arn%3Aaws%3Asecretsmanager%3Aeu-west-2%3A1%3Asecret%3Anotify',
    );
    expect(calls[0]!.headers['X-Aws-Parameters-Secrets-Token']).toBe('session');
  });

  it.each([
    [500, { message: 'no' }, 'could not be read'],
    [200, { SecretString: '' }, 'holds no text'],
  ])('fails clearly on %s', async (status, body, message) => {
    const { fetch } = answering(status, body);
    await expect(readSecret('s', { port: '1', token: 't', fetch })).rejects.toThrow(message);
  });
});

describe('template ids from the environment', () => {
  it('keeps the ids of known events only', () => {
    expect(templateIdsOf('{"alert-red":"a","tranche-paid":"b","return-due":""}')).toEqual({
      'alert-red': 'a',
    });
    expect(templateIdsOf(undefined)).toEqual({});
  });
});
