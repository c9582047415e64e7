/**
 * An entry editor drawn in its own task after the page: a year with many entries opens at once and each
 * entry follows a moment later, instead of one long render that blocks input (Lighthouse total blocking time).
 */
import { useEffect, useState } from 'preact/hooks';
import { EntryEditor, type EntryEditorProps } from './EntryEditor';

export function DeferredEntry(props: EntryEditorProps) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setReady(true), 0);
    return () => clearTimeout(t);
  }, []);
  if (!ready) return <fieldset class="entry placeholder" data-entry={props.entry.id} aria-busy="true" />;
  return <EntryEditor {...props} />;
}
