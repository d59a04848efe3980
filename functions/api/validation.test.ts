import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { fieldErrors, validationError } from './validation';

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
