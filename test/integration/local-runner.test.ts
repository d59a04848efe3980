import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocal, type LocalRunner } from '../../infra/local/start';
import { keys } from '../../shared/data/keys';
import { eventually } from '../support/http';

const dataDir = mkdtempSync(join(tmpdir(), 'sv-runner-'));
let runner: LocalRunner | undefined;

afterAll(async () => {
  await runner?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function call<T>(base: string, method: string, path: string, token?: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: (await res.json()) as T };
}

async function signIn(base: string, persona: Record<string, string>) {
  const res = await call<{ token: string }>(base, 'POST', '/api/v1/dev/token', undefined, persona);
  expect(res.status).toBe(200);
  return res.body.token;
}

describe('the local runner', () => {
  it('serves the product, keeps data across a restart, and leaves no Java process behind', async () => {
    runner = await startLocal({ port: 0, dataDir, seed: 'demo', logLevel: 'SILENT' });
    const first = runner;
    expect((await call(first.url, 'GET', '/api/health')).body).toEqual({ status: 'ok' });

    const personas = await call<{ items: { role: string; laCode?: string }[] }>(
      first.url,
      'GET',
      '/api/v1/dev/personas',
    );
    const roles = new Set(personas.body.items.map((p) => p.role));
    expect(roles).toEqual(
      new Set([
        'dfe-admin',
        'dfe-reviewer',
        'council-viewer',
        'council-editor',
        'council-approver',
      ]),
    );

    const admin = await signIn(first.url, { sub: 'dfe-admin-1', role: 'dfe-admin' });

    // The demo's submitted returns go through the alert worker like any other: Bury's
    // latest return is well above its agreed trajectory.
    const buryBreach = await eventually(async () => {
      const alerts = await call<{ items: { laCode: string; rule: string; severity: string }[] }>(
        first.url,
        'GET',
        '/api/v1/alerts?status=open&rule=trajectory-breach',
        admin,
      );
      return alerts.body.items.find((a) => a.laCode === '351');
    }, 10_000);
    expect(buryBreach.severity).toBe('red');
    const created = await call(first.url, 'POST', '/api/v1/councils', admin, {
      laCode: '888',
      name: 'Testshire',
    });
    expect(created.status).toBe(201);

    const outsider = await signIn(first.url, {
      sub: 'bury-viewer',
      role: 'council-viewer',
      laCode: '351',
    });
    expect((await call(first.url, 'GET', '/api/v1/councils/888', outsider)).status).toBe(404);

    // As a table from before the small items the pages read: Bury's figures item, its
    // returns' marker and its agreement's summary are gone, with agreementSummarySince.
    const TableName = first.store.tableName;
    const figures = { TableName, Key: keys.returnFigures('351') };
    await first.store.db.send(new DeleteCommand(figures));
    const marker = { TableName, Key: keys.returnStatesKept('351') };
    await first.store.db.send(new DeleteCommand(marker));
    const summary = { TableName, Key: keys.agreementSummary('351') };
    await first.store.db.send(new DeleteCommand(summary));
    const council = { TableName, Key: keys.council('351') };
    await first.store.db.send(
      new UpdateCommand({ ...council, UpdateExpression: 'REMOVE agreementSummarySince' }),
    );

    await first.stop();
    expect(first.ddb.process.exitCode !== null || first.ddb.process.signalCode !== null).toBe(true);
    expect(() => process.kill(first.ddb.process.pid ?? -1, 0)).toThrow();

    runner = await startLocal({ port: 0, dataDir, seed: 'demo', logLevel: 'SILENT' });
    const again = await call<{ name: string }>(runner.url, 'GET', '/api/v1/councils/888', admin);
    expect(again.status).toBe(200);
    expect(again.body.name).toBe('Testshire');
    const all = await call<{ items: unknown[] }>(runner.url, 'GET', '/api/v1/councils', admin);
    // The four demo councils are loaded once, not again on the second start.
    expect(all.body.items).toHaveLength(5);
    // The start built Bury's figures item again from its submitted returns.
    const { Item: rebuilt } = await runner.store.db.send(new GetCommand(figures));
    expect(rebuilt?.keptSince).toEqual(expect.any(String));
    expect(Object.keys(rebuilt ?? {}).some((name) => name.startsWith('P#'))).toBe(true);
    // And brought it back onto its returns' state items and its agreement's summary.
    const read = async (input: typeof figures) =>
      (await runner!.store.db.send(new GetCommand(input))).Item;
    expect(await read(marker)).toBeDefined();
    expect(await read(summary)).toMatchObject({ laCode: '351', summary: expect.any(String) });
    expect(await read(council)).toMatchObject({ agreementSummarySince: expect.any(String) });
  }, 120_000);
});
