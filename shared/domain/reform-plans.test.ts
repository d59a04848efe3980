import { describe, expect, it } from 'vitest';
import { PLAN_RATINGS, planRatingLabel } from './plan-ratings';
import {
  canEditReformPlan,
  canReviewReformPlan,
  canSubmitReformPlan,
  checkPlanComplete,
  checkPlanReview,
  checkPlanSections,
  checkTemplateSections,
  statusAfterPlanReview,
  type ReformPlanStatus,
} from './reform-plans';

const template = [
  { id: 'early', title: 'Early' },
  { id: 'local', title: 'Local' },
  { id: 'finance', title: 'Finance' },
];

describe('the plan lifecycle', () => {
  it.each<[ReformPlanStatus, boolean, boolean, boolean]>([
    ['draft', true, true, false],
    ['returned', true, true, false],
    ['submitted', false, false, true],
    ['approved', false, false, false],
  ])('%s: edit %s, submit %s, review %s', (status, edit, submit, review) => {
    expect(canEditReformPlan(status)).toBe(edit);
    expect(canSubmitReformPlan(status)).toBe(submit);
    expect(canReviewReformPlan(status)).toBe(review);
  });

  it('approve → approved, return → returned', () => {
    expect(statusAfterPlanReview('approve')).toBe('approved');
    expect(statusAfterPlanReview('return')).toBe('returned');
  });
});

describe('the rating scale', () => {
  it('has four levels from requirements not met to exceeds, each with its words', () => {
    expect(PLAN_RATINGS.map((r) => r.value)).toEqual([
      'requirements-not-met',
      'partially-meets',
      'meets',
      'exceeds',
    ]);
    expect(planRatingLabel('requirements-not-met')).toBe('Requirements not met');
    expect(planRatingLabel('exceeds')).toBe('Exceeds requirements');
  });
});

describe('checkTemplateSections', () => {
  it('needs a section and unique, case-sensitive ids', () => {
    expect(checkTemplateSections(template)).toEqual([]);
    expect(checkTemplateSections([])).toEqual([
      { path: 'sections', message: 'a template needs at least one section' },
    ]);
    expect(
      checkTemplateSections([
        { id: 'a', title: 'A' },
        { id: 'A', title: 'A' },
        { id: 'a', title: 'again' },
      ]),
    ).toEqual([{ path: 'sections[2].id', message: 'section a appears more than once' }]);
  });
});

describe('checkPlanSections', () => {
  it('takes a partial draft of known sections, each once', () => {
    expect(checkPlanSections([{ sectionId: 'early', text: '' }], template)).toEqual([]);
    expect(
      checkPlanSections(
        [{ sectionId: 'early' }, { sectionId: 'Early' }, { sectionId: 'early' }],
        template,
      ).map((e) => e.path),
    ).toEqual(['sections[1].sectionId', 'sections[2].sectionId']);
  });
});

describe('checkPlanComplete', () => {
  it.each([
    {
      name: 'every section written',
      sections: template.map((s) => ({ sectionId: s.id, text: 'x' })),
      missing: [],
    },
    {
      name: 'nothing written',
      sections: [],
      missing: ['sections.early', 'sections.local', 'sections.finance'],
    },
    {
      name: 'blank text counts as missing',
      sections: [
        { sectionId: 'early', text: '  ' },
        { sectionId: 'local', text: 'x' },
        { sectionId: 'finance', text: 'y' },
      ],
      missing: ['sections.early'],
    },
    {
      name: 'a section the template no longer has does not make up for one it has',
      sections: [
        { sectionId: 'old', text: 'x' },
        { sectionId: 'local', text: 'x' },
        { sectionId: 'finance', text: 'y' },
      ],
      missing: ['sections.early'],
    },
  ])('$name', ({ sections, missing }) => {
    expect(checkPlanComplete(sections, template).map((e) => e.path)).toEqual(missing);
  });

  it('names the section by its title', () => {
    expect(checkPlanComplete([], [{ id: 'early', title: 'Early' }])[0]?.message).toBe(
      'enter the text for “Early”',
    );
  });
});

describe('checkPlanReview', () => {
  const all = template.map((s) => ({ sectionId: s.id, rating: 'meets' as const }));
  it.each([
    {
      name: 'approve, every section rated',
      review: { decision: 'approve' as const, ratings: all },
      paths: [],
    },
    {
      name: 'return with comments',
      review: { decision: 'return' as const, comments: 'More on finance', ratings: all },
      paths: [],
    },
    {
      name: 'return without comments',
      review: { decision: 'return' as const, comments: ' ', ratings: all },
      paths: ['comments'],
    },
    {
      name: 'a section not rated',
      review: { decision: 'approve' as const, ratings: all.slice(1) },
      paths: ['ratings.early'],
    },
    {
      name: 'a section rated twice and an unknown one',
      review: {
        decision: 'approve' as const,
        ratings: [
          ...all,
          { sectionId: 'early', rating: 'exceeds' as const },
          { sectionId: 'x', rating: 'meets' as const },
        ],
      },
      paths: ['ratings[4].sectionId', 'ratings[3].sectionId'],
    },
  ])('$name', ({ review, paths }) => {
    expect(checkPlanReview(review, template).map((e) => e.path)).toEqual(paths);
  });
});
