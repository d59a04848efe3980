import { describe, expect, it } from 'vitest';
import { createDb } from './client';

const steps = (db: ReturnType<typeof createDb>) => db.middlewareStack.identify().join('\n');

describe('the document client', () => {
  it('has no SDK logging step without a logger, and keeps it for one given', () => {
    expect(steps(createDb({ region: 'eu-west-2' }))).not.toMatch(/loggerMiddleware/);
    const logger = { debug() {}, info() {}, warn() {}, error() {} };
    expect(steps(createDb({ region: 'eu-west-2', logger }))).toMatch(/loggerMiddleware/);
  });
});
