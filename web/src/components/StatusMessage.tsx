import type { ComponentChildren } from 'preact';

/**
 * A polite live region. Keep it in the page from the start and change its text:
 * screen readers announce changes to a region they already know about, such as
 * "Loading councils" becoming "12 councils".
 */
export function StatusMessage({
  children,
  visible = true,
}: {
  children?: ComponentChildren;
  visible?: boolean;
}) {
  return (
    <div role="status" class={visible ? 'govuk-body' : 'govuk-visually-hidden'}>
      {children}
    </div>
  );
}
