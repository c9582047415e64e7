/**
 * Words of the language choice (issue 15): three languages, each offered by its own name in its own language
 * ("Svenska" reads the same to everyone), so a reader finds hers whatever the page is in.
 */
import { defineWords } from './defineWords';
import type { AllLang } from './issueMessages';
import { registerWords } from './ui';

export const LANGUAGES: readonly AllLang[] = ['fi', 'sv', 'en'];

/** Each language's name in itself (an endonym), the same in every page language. */
export const LANGUAGE_NAMES: Readonly<Record<AllLang, string>> = {
  fi: 'Suomi',
  sv: 'Svenska',
  en: 'English',
};

export function isLanguage(v: unknown): v is AllLang {
  return v === 'fi' || v === 'sv' || v === 'en';
}

export const LANGUAGE_UI = defineWords({
  fi: {
    langGroup: 'Kieli',
    mainNav: 'Päävalikko',
  },
  en: {
    langGroup: 'Language',
    mainNav: 'Main',
  },
  sv: {
    langGroup: 'Språk',
    mainNav: 'Huvudmeny',
  },
});

registerWords(LANGUAGE_UI);
