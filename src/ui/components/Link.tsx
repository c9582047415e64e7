import type { ComponentChildren } from 'preact';
import { onLinkClick } from '../router';

export function Link({
  href,
  children,
  class: cls,
}: {
  href: string;
  children: ComponentChildren;
  class?: string;
}) {
  return (
    <a href={href} class={cls} onClick={(e) => onLinkClick(e, href)}>
      {children}
    </a>
  );
}
