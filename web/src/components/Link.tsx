import type { AnchorHTMLAttributes, ComponentChildren } from 'preact';
import { isExternalClick, navigate } from '../router';

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & {
  href: string;
  children: ComponentChildren;
};

/** A link that moves within the app without a page load; otherwise a plain link. */
export function Link({ href, onClick, children, ...rest }: Props) {
  return (
    <a
      href={href}
      onClick={(event) => {
        onClick?.(event);
        if (isExternalClick(event, event.currentTarget)) return;
        event.preventDefault();
        navigate(href);
      }}
      {...rest}
    >
      {children}
    </a>
  );
}
