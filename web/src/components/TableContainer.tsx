import type { ComponentChildren } from 'preact';

/**
 * Lets a wide table scroll sideways on its own rather than the whole page on a narrow
 * screen (WCAG 1.4.10). The region can take focus so keyboard users can scroll it.
 */
export function TableContainer({
  label,
  children,
}: {
  label: string;
  children: ComponentChildren;
}) {
  return (
    <div class="app-table-container" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
