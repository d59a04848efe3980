import { SkipLink as GovukSkipLink } from 'govuk-frontend';
import { useRef } from 'preact/hooks';
import { useGovukFrontend } from './use-govuk-frontend';

export function SkipLink() {
  const ref = useRef<HTMLAnchorElement>(null);
  useGovukFrontend(ref, GovukSkipLink);
  return (
    <a ref={ref} href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">
      Skip to main content
    </a>
  );
}
