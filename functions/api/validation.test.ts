import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  fieldErrors,
  MAX_FIELD_ERRORS,
  MAX_UNKNOWN_KEYS_NAMED,
  validationError,
} from './validation';

const Body = z.strictObject({
  trajectory: z.array(z.strictObject({ financialYear: z.string().regex(/^\d{4}-\d{2}$/) })),
  finance: z.strictObject({ highNeedsIncome: z.number().int() }).optional(),
});

describe('fieldErrors', () => {
  it('writes paths as people read them, and names unknown fields', () => {
    const result = Body.safeParse({
      trajectory: [{ financialYear: '2024-25' }, { financialYear: 'x' }],
      finance: { highNeedsIncome: 1.5, extra: 1 },
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrors(result.error)).toEqual(
      expect.arrayContaining([
        { path: 'trajectory[1].financialYear', message: expect.any(String) },
        { path: 'finance.highNeedsIncome', message: expect.any(String) },
        { path: 'finance.extra', message: 'is not a known field' },
      ]),
    );
  });
});

describe('validationError', () => {
  const error = z.object({ a: z.string() }).safeParse({}).error!;
  it('answers a bad body with 422, a bad query with 400 and a bad path with 404', () => {
    expect(validationError('json', error).status).toBe(422);
    expect(validationError('query', error).status).toBe(400);
    expect(validationError('header', error).status).toBe(400);
    expect(validationError('param', error).status).toBe(404);
  });
});

describe('unknown fields', () => {
  it('are named up to a few, each cut short, with how many more there are', () => {
    const body = Object.fromEntries(
      Array.from({ length: 1000 }, (_, i) => [`k${i}${i === 0 ? 'x'.repeat(5000) : ''}`, 1]),
    );
    const result = z.strictObject({}).safeParse(body);
    const [error] = fieldErrors(result.error!);
    expect(error?.message).toBe('are not known fields');
    expect(error?.path.endsWith(' and 990 more')).toBe(true);
    expect(error?.path.split(', ')).toHaveLength(MAX_UNKNOWN_KEYS_NAMED);
    expect(error!.path.length).toBeLessThan(400);
  });

  it('leave a body wrong everywhere with a bounded list of errors', () => {
    const result = z.array(z.string()).safeParse(Array.from({ length: 5000 }, () => 1));
    expect(fieldErrors(result.error!)).toHaveLength(MAX_FIELD_ERRORS);
  });
});
