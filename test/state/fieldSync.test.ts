/**
 * What a bound field shows as its own writes come back and other tabs write: the steps of the defects in
 * issue 16 (two tabs typing into one quantity and one note), played through the pure rules.
 */
import { describe, expect, it } from 'vitest';
import {
  blurred,
  type FieldContext,
  type FieldSync,
  keptMine,
  settled,
  startField,
  storedChanged,
  tookTheirs,
  typed,
} from '../../src/state/fieldSync';

const trimmed = (t: string, s: string) => t === s || t.trim() === s;
const ctx = (over: Partial<FieldContext> = {}): FieldContext => ({
  focused: true,
  pending: false,
  bound: true,
  same: trimmed,
  ...over,
});

/** Types `text` character by character onto what the field shows, each handed to a write. */
function type(s: FieldSync, text: string): FieldSync {
  let next = s;
  for (const ch of text) next = typed(next, next.text + ch, true);
  return next;
}

describe('a field and its own writes', () => {
  it('keeps what is typed while its earlier writes come back, and ends on the stored value', () => {
    let a = type(startField(''), 'abc');
    a = storedChanged(a, 'a', ctx());
    expect(a.text).toBe('abc');
    expect(a.conflict).toBeNull();
    a = storedChanged(a, 'abc', ctx());
    expect(a).toMatchObject({ text: 'abc', stored: 'abc', conflict: null, sent: [] });
  });

  it('an echo skipped by the live query (only the latest arrives) is not taken for another tab', () => {
    let a = type(startField(''), '100');
    a = storedChanged(a, '100', ctx());
    expect(a).toMatchObject({ conflict: null, sent: [] });
  });

  it('an own value stored trimmed is still its own', () => {
    let a = typed(startField(''), 'Joensuu ', true);
    a = storedChanged(a, 'Joensuu', ctx());
    expect(a.conflict).toBeNull();
    a = blurred(a, ctx({ focused: false }));
    expect(a.text).toBe('Joensuu');
  });

  it('after blur with nothing pending it shows what is stored; with an edit pending it keeps the text', () => {
    // The page refused the text (an empty name): not handed to a write, so on blur the stored name is back.
    let a = typed(startField('Oy'), '', false);
    expect(blurred(a, ctx({ focused: false })).text).toBe('Oy');
    a = typed(startField('Oy'), 'Oy Ab', true);
    expect(blurred(a, ctx({ focused: false, pending: true })).text).toBe('Oy Ab');
    // An invalid number stays with its message, to be corrected.
    a = typed(startField('5'), '5,,', false);
    expect(blurred(a, ctx({ focused: false, keep: true })).text).toBe('5,,');
  });

  it('a write that stored what was already there brings no echo; once settled the field expects none', () => {
    let a = typed(startField('x'), 'x ', true);
    a = settled(a, ctx({ focused: false }));
    expect(a).toMatchObject({ text: 'x', sent: [] });
  });
});

describe('two tabs editing one field', () => {
  it('quantity: B appends to what A typed; A, still in the field, sees B’s value and a choice', () => {
    let a = type(startField(''), '100');
    a = storedChanged(a, '100', ctx());
    // Tab B took the stored 100 and typed 200 after it.
    a = storedChanged(a, '100200', ctx());
    expect(a).toMatchObject({ text: '100', stored: '100200', conflict: '100200' });
    // Keep mine: the conflict closes and A's text is written again (and is A's own when it comes back).
    const kept = keptMine(a);
    expect(kept.conflict).toBeNull();
    expect(storedChanged(kept, '100', ctx()).conflict).toBeNull();
    // Take the other: A shows B's value.
    expect(tookTheirs(a)).toMatchObject({ text: '100200', conflict: null });
  });

  it('note: A keeps typing while B’s value waits; a later value from B replaces the waiting one', () => {
    let a = type(startField(''), 'aaa');
    a = storedChanged(a, 'aaa', ctx());
    a = storedChanged(a, 'aaabbb', ctx());
    a = type(a, 'ccc');
    expect(a).toMatchObject({ text: 'aaaccc', conflict: 'aaabbb' });
    a = storedChanged(a, 'aaabbbddd', ctx());
    expect(a.conflict).toBe('aaabbbddd');
    // B changes it to what A has: nothing left to choose.
    a = storedChanged(a, 'aaaccc', ctx());
    expect(a.conflict).toBeNull();
  });

  it('an idle field (no focus, nothing pending or unsaved) simply shows the other tab’s value', () => {
    const a = storedChanged(startField('100'), '100200', ctx({ focused: false }));
    expect(a).toMatchObject({ text: '100200', conflict: null });
  });

  it('a field whose edit failed and waits to be written is not overwritten by the other tab either', () => {
    let a = typed(startField(''), '500', true);
    a = blurred(a, ctx({ focused: false, pending: true }));
    a = storedChanged(a, '7', ctx({ focused: false, pending: true }));
    expect(a).toMatchObject({ text: '500', conflict: '7' });
  });

  it('a form’s own state (no save key) follows its value without conflicts', () => {
    const unbound = ctx({ bound: false });
    let a = typed(startField(''), '12', true);
    a = storedChanged(a, '12', unbound);
    // The form is submitted and clears its value.
    a = storedChanged(a, '', { ...unbound, focused: false });
    expect(a).toMatchObject({ text: '', conflict: null });
  });
});
