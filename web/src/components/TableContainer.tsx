import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

/**
 * Lets a wide table scroll sideways on its own rather than the whole page on a narrow
 * screen (WCAG 1.4.10). The region can take focus so keyboard users can scroll it. Once
 * scrolled (`data-scrolled`), the row headers that stay in view show a shadow over the
 * figures passing beneath them.
 */
export function TableContainer({
  label,
  children,
}: {
  label: string;
  children: ComponentChildren;
}) {
  const [scrolled, setScrolled] = useState(false);
  return (
    <div
      class="app-table-container"
      role="region"
      aria-label={label}
      tabIndex={0}
      data-scrolled={scrolled ? '' : undefined}
      onScroll={(event) => setScrolled(event.currentTarget.scrollLeft > 0)}
    >
      {children}
    </div>
  );
}
