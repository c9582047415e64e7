/**
 * The coordinator section's own navigation (issue 13): its three pages reach each other from the top of each,
 * the one shown marked as current (aria-current), so no page of the section is a dead end.
 */
import '../../i18n/uiNetworkNav';
import type { Lang } from '../../i18n/issueMessages';
import { tr, type UiKey } from '../../i18n/ui';
import { onLinkClick } from '../router';
import './networkNav.css';

const PAGES = [
  ['/network', 'netNavOverview'],
  ['/network/files', 'netNavFiles'],
  ['/network/factors', 'netNavFactors'],
] as const satisfies readonly (readonly [string, UiKey])[];

export type NetworkPagePath = (typeof PAGES)[number][0];

export function NetworkNav({ lang, current }: { lang: Lang; current: NetworkPagePath }) {
  return (
    <nav class="network-nav" aria-label={tr(lang, 'netNavLabel')}>
      <ul>
        {PAGES.map(([href, key]) => (
          <li key={href}>
            <a
              href={href}
              aria-current={href === current ? 'page' : undefined}
              onClick={(e) => onLinkClick(e, href)}
            >
              {tr(lang, key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
