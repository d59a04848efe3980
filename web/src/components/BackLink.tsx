import { Link } from './Link';

/** The GOV.UK back link, to the page this one was reached from. */
export function BackLink({ href, children = 'Back' }: { href: string; children?: string }) {
  return (
    <Link href={href} class="govuk-back-link">
      {children}
    </Link>
  );
}
