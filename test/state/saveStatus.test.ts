/**
 * Edits that fail to save are kept (the latest per field) and written when storage works again: after the
 * next successful write, on retry, when the tab is shown again or the device comes online. "Saved" only when
 * nothing is left. A fake storage stands in for IndexedDB: it fails with QuotaExceededError while `full`.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Status = typeof import('../../src/state/saveStatus');
let st: Status;

/** A stand-in for the database: the values written, every write attempted, and a switch for a full disk. */
function storage() {
  const stored = new Map<string, string>();
  const attempts: string[] = [];
  const disk = { full: false };
  const write = (key: string, value: string) => () => {
    attempts.push(`${key}=${value}`);
    if (disk.full) {
      return Promise.reject(
        Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }),
      );
    }
    stored.set(key, value);
    return Promise.resolve();
  };
  return { stored, attempts, disk, write };
}

/** Lets every settled write's callbacks (and the retries they start) run. */
const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
};

beforeEach(async () => {
  vi.resetModules();
  st = await import('../../src/state/saveStatus');
});

describe('edits kept until stored', () => {
  it('keeps every failed field and writes each one, with its latest value, at the next successful write', async () => {
    const s = storage();
    s.disk.full = true;
    void st.saveEdit('entry:1:note', s.write('note', 'a'));
    void st.saveEdit('entry:1:note', s.write('note', 'ab'));
    void st.saveEdit('entry:1:quantity', s.write('quantity', '500'));
    await settle();
    expect(st.saveState.get()).toMatchObject({ failure: 'quota', unsaved: 2, pending: 0 });
    expect(st.editState('entry:1:quantity')).toBe('failed');
    expect(s.stored.size).toBe(0);

    // Space again: one more character in the note; the quantity is written too, and nothing older.
    s.disk.full = false;
    s.attempts.length = 0;
    expect(await st.saveEdit('entry:1:note', s.write('note', 'abc'))).toBe(true);
    await settle();
    expect(Object.fromEntries(s.stored)).toEqual({ note: 'abc', quantity: '500' });
    expect(s.attempts).toEqual(['note=abc', 'quantity=500']);
    expect(st.saveState.get()).toMatchObject({ failure: null, unsaved: 0, pending: 0 });
    expect(st.editState('entry:1:quantity')).toBe('idle');
  });

  it('a successful one-off write (an entry added) also writes the kept edits', async () => {
    const s = storage();
    s.disk.full = true;
    void st.saveEdit('org:1:name', s.write('name', 'Oy'));
    await settle();
    s.disk.full = false;
    await st.track(Promise.resolve('added'));
    await settle();
    expect(s.stored.get('name')).toBe('Oy');
    expect(st.saveState.get().unsaved).toBe(0);
  });

  it('retries in the order the edits were made, and a retry that fails again keeps the edit without looping', async () => {
    const s = storage();
    s.disk.full = true;
    void st.saveEdit('a', s.write('a', '1'));
    void st.saveEdit('b', s.write('b', '1'));
    void st.saveEdit('a', s.write('a', '2'));
    await settle();
    s.attempts.length = 0;
    await st.retryUnsaved();
    await settle();
    // Still full: each kept edit tried once, in the order of its latest change, and kept.
    expect(s.attempts).toEqual(['b=1', 'a=2']);
    expect(st.saveState.get()).toMatchObject({ failure: 'quota', unsaved: 2 });
    s.disk.full = false;
    s.attempts.length = 0;
    await st.retryUnsaved();
    await settle();
    expect(s.attempts).toEqual(['b=1', 'a=2']);
    expect(Object.fromEntries(s.stored)).toEqual({ a: '2', b: '1' });
    expect(st.saveState.get()).toMatchObject({ failure: null, unsaved: 0 });
  });

  it('an older write finishing late does not decide the field: its newer edit stays kept', async () => {
    const s = storage();
    let finishOld: () => void = () => undefined;
    void st.saveEdit('a', () => new Promise<void>((ok) => (finishOld = ok)));
    s.disk.full = true;
    void st.saveEdit('a', s.write('a', 'new'));
    await settle();
    finishOld();
    await settle();
    expect(st.editState('a')).toBe('failed');
    expect(st.saveState.get().unsaved).toBe(1);
  });

  it('keeps the text a field showed for its edit, across retries, until the edit is stored', async () => {
    const s = storage();
    s.disk.full = true;
    void st.saveEdit('a', s.write('a', '500'));
    st.noteEditText('a', '500');
    await settle();
    await st.retryUnsaved();
    await settle();
    expect(st.keptText('a')).toBe('500');
    s.disk.full = false;
    await st.retryUnsaved();
    await settle();
    expect(st.keptText('a')).toBeUndefined();
  });

  it('drops the kept edits of a removed record, and only those', async () => {
    const s = storage();
    s.disk.full = true;
    void st.saveEdit('entry:1:note', s.write('n1', 'x'));
    void st.saveEdit('entry:1:quantity,quantityText', s.write('q1', '5'));
    void st.saveEdit('entry:12:note', s.write('n12', 'y'));
    await settle();
    st.discardEditsOf('entry:1:');
    expect(st.editState('entry:1:note')).toBe('idle');
    expect(st.editState('entry:12:note')).toBe('failed');
    expect(st.saveState.get().unsaved).toBe(1);
  });

  it('a write that throws before returning a promise is a failed edit like any other', async () => {
    void st.saveEdit('a', () => {
      throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    });
    await settle();
    expect(st.editState('a')).toBe('failed');
    expect(st.saveState.get().failure).toBe('quota');
  });

  it('retries when the tab is shown again or the device comes online, not while it is hidden', async () => {
    const s = storage();
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'hidden' as DocumentVisibilityState });
    const stop = st.retryOnReturn(win, doc);
    s.disk.full = true;
    void st.saveEdit('a', s.write('a', '1'));
    await settle();
    s.disk.full = false;
    doc.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(s.stored.has('a')).toBe(false);
    doc.visibilityState = 'visible';
    doc.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(s.stored.get('a')).toBe('1');

    s.disk.full = true;
    void st.saveEdit('b', s.write('b', '2'));
    await settle();
    s.disk.full = false;
    win.dispatchEvent(new Event('online'));
    await settle();
    expect(s.stored.get('b')).toBe('2');
    stop();
    s.disk.full = true;
    void st.saveEdit('c', s.write('c', '3'));
    await settle();
    s.disk.full = false;
    win.dispatchEvent(new Event('online'));
    await settle();
    expect(s.stored.has('c')).toBe(false);
  });

  it('flush refuses while an edit is unsaved and passes once storage takes it', async () => {
    const s = storage();
    s.disk.full = true;
    void st.saveEdit('a', s.write('a', '1'));
    await expect(st.flush()).rejects.toThrow(st.UnsavedChangesError);
    s.disk.full = false;
    await expect(st.flush()).resolves.toBeUndefined();
    expect(s.stored.get('a')).toBe('1');
  });

  it('dismissing the message hides it but keeps the edits unsaved; a new failure shows it again', async () => {
    const s = storage();
    s.disk.full = true;
    void st.saveEdit('a', s.write('a', '1'));
    await settle();
    st.dismissFailures();
    expect(st.saveState.get()).toMatchObject({ failure: 'quota', dismissed: true, unsaved: 1 });
    // The same field failing again is not news; another field failing is.
    void st.saveEdit('a', s.write('a', '2'));
    await settle();
    expect(st.saveState.get().dismissed).toBe(true);
    void st.saveEdit('b', s.write('b', '1'));
    await settle();
    expect(st.saveState.get().dismissed).toBe(false);
  });
});

describe('edits held by a conflict with another tab', () => {
  it('holds edits unwritten and not retried; keeping mine writes the latest, taking theirs drops it', async () => {
    const s = storage();
    st.holdEdits('a');
    expect(await st.saveEdit('a', s.write('a', 'mine 1'))).toBe(false);
    void st.saveEdit('a', s.write('a', 'mine 2'));
    await st.retryUnsaved();
    await settle();
    expect(s.attempts).toEqual([]);
    expect(st.editState('a')).toBe('held');
    expect(st.saveState.get()).toMatchObject({ conflicts: 1, unsaved: 1, failure: null });
    st.releaseEdits('a');
    await settle();
    expect(s.attempts).toEqual(['a=mine 2']);
    expect(st.saveState.get()).toMatchObject({ conflicts: 0, unsaved: 0 });

    st.holdEdits('b');
    void st.saveEdit('b', s.write('b', 'mine'));
    st.discardEdits('b');
    st.releaseEdits('b');
    await settle();
    expect(s.stored.has('b')).toBe(false);
    expect(st.editState('b')).toBe('idle');
    expect(st.saveState.get()).toMatchObject({ conflicts: 0, unsaved: 0 });
  });

  it('a failed edit of a field that comes into conflict is held, not retried over the other value', async () => {
    const s = storage();
    s.disk.full = true;
    void st.saveEdit('a', s.write('a', 'mine'));
    await settle();
    st.holdEdits('a');
    s.disk.full = false;
    await st.track(Promise.resolve());
    await st.retryUnsaved();
    await settle();
    expect(s.stored.has('a')).toBe(false);
    expect(st.editState('a')).toBe('held');
  });

  it('tells a subscribed field when its own edit changes, and only then', async () => {
    const s = storage();
    const seen: string[] = [];
    const stop = st.subscribeEdit('a', () => seen.push(st.editState('a')));
    void st.saveEdit('b', s.write('b', '1'));
    void st.saveEdit('a', s.write('a', '1'));
    await settle();
    stop();
    void st.saveEdit('a', s.write('a', '2'));
    await settle();
    expect(seen).toEqual(['saving', 'idle']);
  });
});
