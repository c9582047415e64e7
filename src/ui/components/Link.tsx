import type { ComponentChildren } from 'preact';
import { onLinkClick } from '../router';

export function Link({
  href,
  children,
  class: cls,
  title,
}: {
  href: string;
  children: ComponentChildren;
  class?: string;
  /** The full text where CSS may cut the link short (a long partner name). */
  title?: string;
}) {
  return (
    <a href={href} class={cls} title={title} onClick={(e) => onLinkClick(e, href)}>
      {children}
    </a>
  );
}
