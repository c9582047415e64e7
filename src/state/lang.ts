/** The UI language: Finnish by default, stored in settings, mirrored on <html lang>. */
import type { Lang } from '../i18n/issueMessages';
import { signal } from './signal';

export const lang = signal<Lang>('fi');
