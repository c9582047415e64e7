/** The UI language: Finnish by default, stored in settings, mirrored on <html lang>. */
import type { Lang } from '../i18n/issueMessages';
import { signal } from './signal';

export const lang = signal<Lang>('fi');

/** Whether the user chose a language in this visit: the stored one, read after, is then older. */
let chosen = false;

/** A language the user chose (the header's buttons, Settings): it stands over the stored one read later. */
export function chooseLang(next: Lang): void {
  chosen = true;
  lang.set(next);
}

/** The stored language, read when the app opens: applied unless the user already chose one meanwhile. */
export function applyStoredLang(stored: Lang): void {
  if (!chosen) lang.set(stored);
}
