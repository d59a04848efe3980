/**
 * Reads a secret through the AWS Parameters and Secrets Lambda Extension, which the CDK
 * stack adds to the functions that send email: a local HTTP call that the extension
 * answers from its cache or Secrets Manager, with the function's own credentials.
 * (It keeps the AWS SDK's Secrets Manager client out of the bundles.)
 */
export async function readSecret(
  secretId: string,
  options: { port?: string; token?: string; fetch?: typeof fetch } = {},
): Promise<string> {
  const port = options.port ?? process.env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT ?? '2773';
  const token = options.token ?? process.env.AWS_SESSION_TOKEN ?? '';
  const res = await (options.fetch ?? fetch)(
    `http://localhost:${port}/secretsmanager/get?secretId=${encodeURIComponent(secretId)}`,
    { headers: { 'X-Aws-Parameters-Secrets-Token': token }, signal: AbortSignal.timeout(5000) },
  );
  if (!res.ok) throw new Error(`The secret could not be read (${res.status}).`);
  const body = (await res.json()) as { SecretString?: unknown };
  if (typeof body.SecretString !== 'string' || body.SecretString.trim() === '') {
    throw new Error('The secret holds no text.');
  }
  return body.SecretString.trim();
}
