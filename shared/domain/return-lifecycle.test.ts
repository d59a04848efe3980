import { describe, expect, it } from 'vitest';
import {
  canEditReturn,
  canReviewReturn,
  canSubmitReturn,
  isReported,
  statusAfterReview,
} from './return-lifecycle';

describe('the return lifecycle', () => {
  it.each([
    ['draft', true, true, false, false],
    ['submitted', false, false, true, true],
    ['returned', true, true, false, false],
    ['accepted', false, false, false, true],
  ] as const)(
    '%s: edit %s, submit %s, review %s, reported %s',
    (status, edit, submit, review, reported) => {
      expect(canEditReturn(status)).toBe(edit);
      expect(canSubmitReturn(status)).toBe(submit);
      expect(canReviewReturn(status)).toBe(review);
      expect(isReported(status)).toBe(reported);
    },
  );

  it('accepting accepts and returning returns', () => {
    expect(statusAfterReview('accept')).toBe('accepted');
    expect(statusAfterReview('return')).toBe('returned');
  });
});
