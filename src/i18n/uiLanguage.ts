/**
 * Words of the page's frame, loaded with the first page: the language choice (issue 15: three languages, each
 * offered by its own name in its own language, so a reader finds hers whatever the page is in), the main
 * navigation's name and the footer's links to the accessibility statement.
 */
import { defineWords } from './defineWords';
import type { Lang } from './issueMessages';
import { registerWords } from './ui';

/** Each language's name in itself (an endonym), the same in every page language. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = {
  fi: 'Suomi',
  sv: 'Svenska',
  en: 'English',
};

export const LANGUAGE_UI = defineWords({
  fi: {
    langGroup: 'Kieli',
    mainNav: 'Päävalikko',
    stFooterLink: 'Saavutettavuusseloste',
    stFooterFeedback: 'Anna palautetta saavutettavuudesta',
    stFooterLabel: 'Sivuston tiedot',
  },
  en: {
    langGroup: 'Language',
    mainNav: 'Main',
    stFooterLink: 'Accessibility statement',
    stFooterFeedback: 'Give feedback on accessibility',
    stFooterLabel: 'About this site',
  },
  sv: {
    langGroup: 'Språk',
    mainNav: 'Huvudmeny',
    stFooterLink: 'Tillgänglighetsutlåtande',
    stFooterFeedback: 'Ge respons om tillgängligheten',
    stFooterLabel: 'Om webbplatsen',
  },
});

registerWords(LANGUAGE_UI);
