import type { TagColour } from './tag-colours';

/** A GOV.UK tag: a status in a word or two. */
export function Tag({ colour, children }: { colour?: TagColour; children: string }) {
  return <strong class={`govuk-tag${colour ? ` govuk-tag--${colour}` : ''}`}>{children}</strong>;
}
