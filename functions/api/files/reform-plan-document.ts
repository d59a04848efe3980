import type { Content } from 'pdfmake/interfaces';
import { formatLongDate, planRatingLabel } from '../../../shared/domain';
import type { ReformPlan, ReformPlanTemplate } from '../../../shared/schemas/reform-plan';
import { committeeDocument, documentTable, heading } from './document-layout';
import { pdfBytes } from './pdf-fonts';

export interface ReformPlanFile {
  council: { laCode: string; name: string };
  plan: ReformPlan;
  template: ReformPlanTemplate | undefined;
  /** Scorecard measure titles by key, to name the measures a section is judged by. */
  measureTitles: ReadonlyMap<string, string>;
}

const STATUS: Record<ReformPlan['status'], string> = {
  draft: 'Draft',
  submitted: 'Submitted to DfE',
  returned: 'Returned by DfE for changes',
  approved: 'Approved by DfE',
};

/**
 * A local SEND reform plan laid out for a committee paper: each section of DfE's
 * template in its order with the council's text, its actions and the measures it is
 * judged by, and DfE's rating and comment where the plan has been reviewed.
 */
export async function reformPlanDocument({
  council,
  plan,
  template,
  measureTitles,
}: ReformPlanFile) {
  const ratings = new Map((plan.review?.ratings ?? []).map((r) => [r.sectionId, r]));
  const written = new Map(plan.content.sections.map((s) => [s.sectionId, s]));
  // The template's order; sections of an older template the plan still holds come last.
  const order = [
    ...(template?.sections ?? []).map((s) => ({ id: s.id, title: s.title })),
    ...plan.content.sections
      .filter((s) => !template?.sections.some((t) => t.id === s.sectionId))
      .map((s) => ({ id: s.sectionId, title: s.sectionId })),
  ];
  const sections: Content[] = order.flatMap(({ id, title }) => {
    const section = written.get(id);
    const rating = ratings.get(id);
    const measures = (section?.measures ?? []).map((key) => measureTitles.get(key) ?? key);
    return [
      heading(title),
      { text: section?.text || 'Not written yet.' },
      ...(rating
        ? [
            {
              text: [
                { text: 'DfE rating: ', bold: true },
                planRatingLabel(rating.rating),
                rating.comment ? `. ${rating.comment}` : '',
              ],
              margin: [0, 6, 0, 0],
            } as Content,
          ]
        : []),
      ...(section?.actions?.length
        ? [
            { text: 'Actions', style: 'h3' } as Content,
            documentTable(
              ['Action', 'Owner', 'Due'],
              section.actions.map((a) => [
                a.title,
                a.owner ?? '',
                a.dueOn ? formatLongDate(a.dueOn) : '',
              ]),
              ['*', 120, 90],
            ),
          ]
        : []),
      ...(measures.length
        ? [{ text: `Judged by: ${measures.join('; ')}.`, margin: [0, 4, 0, 0] } as Content]
        : []),
    ];
  });
  const signOff = plan.signOff
    ? `Signed off by ${plan.signOff.name}, ${plan.signOff.role}${plan.submittedAt ? `, on ${formatLongDate(plan.submittedAt)}` : ''}.`
    : 'Not yet signed off.';
  const review = plan.review
    ? [
        heading('DfE review'),
        {
          text: `${plan.review.decision === 'approve' ? 'Approved' : 'Returned for changes'} on ${formatLongDate(plan.review.reviewedAt)}.${plan.review.comments ? ` ${plan.review.comments}` : ''}`,
        } as Content,
      ]
    : [];

  return pdfBytes(
    committeeDocument({
      title: `${council.name}: local SEND reform plan`,
      council,
      subtitle: 'Local SEND reform plan',
      standing: `Status: ${STATUS[plan.status]}. Version ${plan.version}. ${signOff}`,
      footer: 'Local SEND reform plan',
      draft: !plan.signOff,
      content: [...review, ...sections],
    }),
  );
}
