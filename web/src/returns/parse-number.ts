import { parseMoney, type Result } from '../../../shared/domain';
import type { NumberKind } from './fields';

const COUNT = /^(\d{1,3}(,\d{3})+|\d+)$/;
const PERCENT = /^(\d+(\.\d+)?|\.\d+)%?$/;

/** A whole number of children or plans as typed: `2380`, `2,380`. */
export function parseCount(input: string): Result<number> {
  const text = input.replace(/[\s\u00a0]/g, '');
  if (/^[-\u2212]/.test(text)) return { ok: false, error: 'must be 0 or more' };
  if (/^\d[\d,]*\.\d+$/.test(text)) return { ok: false, error: 'must be a whole number' };
  if (!COUNT.test(text)) return { ok: false, error: 'must be a number, like 2,380' };
  const value = Number(text.replace(/,/g, ''));
  if (!Number.isSafeInteger(value)) return { ok: false, error: 'is too large' };
  return { ok: true, value };
}

/** A percentage as typed: `46.4`, `46.4%`. */
export function parsePercentage(input: string): Result<number> {
  const text = input.replace(/[\s\u00a0]/g, '');
  if (/^[-\u2212]/.test(text)) return { ok: false, error: 'must be 0% or more' };
  if (!PERCENT.test(text)) return { ok: false, error: 'must be a percentage, like 46.4' };
  const value = Number(text.replace('%', ''));
  if (value > 100) return { ok: false, error: 'must be 100% or less' };
  return { ok: true, value };
}

/**
 * What someone typed into a field of this kind. Money accepts pounds or millions as
 * people write them (`20,067,000`, `£20.067m`, `20.4m`), read by `parseMoney`.
 */
export function parseNumber(kind: NumberKind, input: string): Result<number> {
  if (kind === 'money') return parseMoney(input);
  if (kind === 'count') return parseCount(input);
  return parsePercentage(input);
}
