/**
 * Routing with real URLs (back button, reload on any page, deep links): the path is the state. The service
 * worker answers every navigation with index.html, so deep links work offline too.
 */
import { useEffect, useState } from 'preact/hooks';

const listeners = new Set<() => void>();

export function navigate(path: string, replace = false): void {
  if (path === location.pathname) return;
  const [pathname, hash] = path.split('#');
  if (hash && pathname === location.pathname) {
    // A link to a part of the page already shown: no new page, so the part itself takes the focus.
    history.pushState(null, '', path);
    const target = document.getElementById(decodeURIComponent(hash));
    target?.focus();
    target?.scrollIntoView();
    return;
  }
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  for (const fn of listeners) fn();
  window.scrollTo(0, 0);
}

export function usePath(): string {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const update = () => setPath(location.pathname);
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return path;
}

export type Route =
  | { page: 'partners' }
  | { page: 'partner'; orgId: string }
  | { page: 'actions'; orgId: string }
  | { page: 'commitment'; orgId: string }
  | { page: 'inventory'; orgId: string; year: number }
  | { page: 'results'; orgId: string; year: number }
  | { page: 'interview'; orgId: string; year: number }
  | { page: 'checklist'; orgId: string; year: number }
  | { page: 'handover'; orgId: string; year: number }
  | { page: 'settings' }
  | { page: 'backup' }
  | { page: 'accessibility' }
  | { page: 'network' }
  | { page: 'networkPartner'; partnerKey: string; year: number }
  | { page: 'networkFactors' }
  | { page: 'networkFiles' }
  | { page: 'not-found' };

export function match(path: string): Route {
  const p = path.replace(/\/+$/, '') || '/';
  if (p === '/' || p === '/partners') return { page: 'partners' };
  if (p === '/settings') return { page: 'settings' };
  if (p === '/backup') return { page: 'backup' };
  if (p === '/accessibility') return { page: 'accessibility' };
  if (p === '/network/factors') return { page: 'networkFactors' };
  if (p === '/network/files') return { page: 'networkFiles' };
  if (p === '/network') return { page: 'network' };
  let m = /^\/partners\/([^/]+)$/.exec(p);
  if (m) return { page: 'partner', orgId: decodeURIComponent(m[1] as string) };
  m = /^\/partners\/([^/]+)\/actions$/.exec(p);
  if (m) return { page: 'actions', orgId: decodeURIComponent(m[1] as string) };
  m = /^\/partners\/([^/]+)\/commitment$/.exec(p);
  if (m) return { page: 'commitment', orgId: decodeURIComponent(m[1] as string) };
  m = /^\/partners\/([^/]+)\/years\/(\d{4})$/.exec(p);
  if (m) return { page: 'inventory', orgId: decodeURIComponent(m[1] as string), year: Number(m[2]) };
  m = /^\/partners\/([^/]+)\/years\/(\d{4})\/(results|start|checklist|handover)$/.exec(p);
  if (m) {
    const page = m[3] === 'start' ? 'interview' : (m[3] as 'results' | 'checklist' | 'handover');
    return { page, orgId: decodeURIComponent(m[1] as string), year: Number(m[2]) };
  }
  m = /^\/network\/partners\/([^/]+)\/(\d{4})$/.exec(p);
  if (m)
    return { page: 'networkPartner', partnerKey: decodeURIComponent(m[1] as string), year: Number(m[2]) };
  return { page: 'not-found' };
}

/** A link that navigates without reloading; a real <a href> so it opens in a new tab and reads as a link. */
export function onLinkClick(e: MouseEvent, href: string): void {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  navigate(href);
}
