/**
 * The language a user chooses in the first moments after opening the app stands over the stored one, which
 * arrives later and is older (issue 15: a choice in Settings was undone when the settings had been read).
 */
import { describe, expect, it } from 'vitest';
import { applyStoredLang, chooseLang, lang } from '../../src/state/lang';

describe('the UI language', () => {
  it('takes the stored language until the user chooses one, then keeps the choice', () => {
    applyStoredLang('en');
    expect(lang.get()).toBe('en');
    chooseLang('sv');
    applyStoredLang('fi');
    expect(lang.get()).toBe('sv');
    chooseLang('fi');
    expect(lang.get()).toBe('fi');
  });
});
