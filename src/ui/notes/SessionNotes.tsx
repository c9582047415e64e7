/**
 * The year's session log on the year page (issue 10): assumptions and decisions written down during a guided
 * session, who wrote them (when is stamped), the entries each concerns, edited in place and removed with undo.
 * Every change is saved as it happens through the year's save machinery (src/state/sessionNotes.ts).
 */
import '../../i18n/uiGuide';
import { useMemo, useState } from 'preact/hooks';
import type { FactorSet } from '../../core/factorSet';
import type { SessionNote } from '../../core/inventory';
import { formatDateTime } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import {
  addSessionNote,
  changeSessionNote,
  noteSaveKey,
  removeSessionNote,
  restoreSessionNote,
} from '../../state/sessionNotes';
import type { EntryRow, YearRow } from '../../state/year';
import { Link } from '../components/Link';
import { TextField } from '../components/TextField';
import { EntryPicker } from './EntryPicker';
import { type EntryLabels, entryLabels } from './entryLabels';
import './notes.css';

/** The exchange format's limits of a note (src/schema/inventory.ts, SessionNoteSchema). */
const MAX_TEXT = 5000;
const MAX_AUTHOR = 200;

export function SessionNotes({
  lang,
  inv,
  entries,
  set,
  handoverHref,
}: {
  lang: Lang;
  inv: YearRow;
  entries: readonly EntryRow[];
  set: FactorSet | undefined;
  /** The year's handover summary page. */
  handoverHref: string;
}) {
  const notes = inv.notes ?? [];
  const labels = useMemo(() => entryLabels(entries, inv, set, lang), [entries, inv.customFactors, set, lang]);
  const [editing, setEditing] = useState<string | null>(null);
  const [removed, setRemoved] = useState<{ note: SessionNote; index: number } | null>(null);
  return (
    <section class="card session-notes" aria-labelledby="notes-h">
      <h2 id="notes-h">{tr(lang, 'notesTitle')}</h2>
      <p class="muted">{tr(lang, 'notesLead')}</p>
      <p>
        <Link href={handoverHref}>{tr(lang, 'handoverLink')} →</Link>
      </p>
      {notes.length === 0 && <p>{tr(lang, 'notesNone')}</p>}
      <ol class="plain note-list">
        {notes.map((n) => (
          <li key={n.id} class="session-note" data-note={n.id} data-kind={n.kind ?? 'note'}>
            {editing === n.id ? (
              <NoteEditor lang={lang} inv={inv} note={n} labels={labels} onDone={() => setEditing(null)} />
            ) : (
              <NoteView
                lang={lang}
                note={n}
                labels={labels}
                onEdit={() => setEditing(n.id)}
                onRemove={() => {
                  setRemoved(removeSessionNote(inv.id, notes, n.id) ?? null);
                  setEditing(null);
                }}
              />
            )}
          </li>
        ))}
      </ol>
      {removed && (
        <p role="status" class="note">
          {tr(lang, 'noteRemoved')}{' '}
          <button
            type="button"
            class="secondary"
            onClick={() => {
              restoreSessionNote(inv.id, removed);
              setRemoved(null);
            }}
          >
            {tr(lang, 'noteUndo')}
          </button>
        </p>
      )}
      <NewNote lang={lang} inv={inv} labels={labels} lastAuthor={notes.at(-1)?.author ?? ''} />
    </section>
  );
}

function NoteView({
  lang,
  note,
  labels,
  onEdit,
  onRemove,
}: {
  lang: Lang;
  note: SessionNote;
  labels: EntryLabels;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const when = formatDateTime(note.at, lang);
  const linked = (note.entries ?? []).flatMap((id) => labels.get(id) ?? []);
  return (
    <>
      <p class="note-meta muted">
        {note.kind === 'handover' && <span class="badge">{tr(lang, 'noteHandoverBadge')}</span>}{' '}
        {note.author ? tr(lang, 'noteBy', { when, author: note.author }) : tr(lang, 'noteWhen', { when })}
      </p>
      <p class="note-text">{note.text}</p>
      {linked.length > 0 && (
        <p class="note-entries">{tr(lang, 'noteConcerns', { entries: linked.join('; ') })}</p>
      )}
      <p class="row">
        <button type="button" class="secondary" onClick={onEdit}>
          {tr(lang, 'noteEdit')}
        </button>
        <button type="button" class="secondary" onClick={onRemove}>
          {tr(lang, 'noteRemove')}
        </button>
      </p>
    </>
  );
}

/** A stored note edited in place: each field saved as typed; an emptied text is kept in the field, not saved. */
function NoteEditor({
  lang,
  inv,
  note,
  labels,
  onDone,
}: {
  lang: Lang;
  inv: YearRow;
  note: SessionNote;
  labels: EntryLabels;
  onDone: () => void;
}) {
  const base = `note-${note.id}`;
  const [empty, setEmpty] = useState(false);
  return (
    <div class="note-editor">
      <div class="field">
        <label for={`${base}-text`}>{tr(lang, 'noteText')}</label>
        <TextField
          id={`${base}-text`}
          multiline
          value={note.text}
          saveKey={noteSaveKey(note.id, ['text'])}
          invalid={empty}
          describedBy={empty ? `${base}-text-error` : undefined}
          onInput={(v) => {
            setEmpty(v.trim() === '');
            // The exchange format's limit: a longer note would stop the report (it stays in the field).
            if (v.trim() !== '' && v.length <= MAX_TEXT) changeSessionNote(inv.id, note.id, { text: v });
          }}
        />
        {empty && (
          <p id={`${base}-text-error`} class="field-error">
            {tr(lang, 'noteTextRequired')}
          </p>
        )}
      </div>
      <div class="field">
        <label for={`${base}-author`}>{tr(lang, 'noteAuthor')}</label>
        <TextField
          id={`${base}-author`}
          value={note.author ?? ''}
          saveKey={noteSaveKey(note.id, ['author'])}
          onInput={(v) => {
            if (v.length <= MAX_AUTHOR) changeSessionNote(inv.id, note.id, { author: v });
          }}
        />
      </div>
      <EntryPicker
        id={base}
        lang={lang}
        labels={labels}
        chosen={note.entries ?? []}
        onChange={(ids) => changeSessionNote(inv.id, note.id, { entries: ids })}
      />
      <button type="button" onClick={onDone}>
        {tr(lang, 'noteDone')}
      </button>
    </div>
  );
}

function NewNote({
  lang,
  inv,
  labels,
  lastAuthor,
}: {
  lang: Lang;
  inv: YearRow;
  labels: EntryLabels;
  lastAuthor: string;
}) {
  const [author, setAuthor] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [entries, setEntries] = useState<string[]>([]);
  const [handover, setHandover] = useState(false);
  const [error, setError] = useState(false);
  return (
    <form
      class="new-note"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim() === '') {
          setError(true);
          return;
        }
        addSessionNote(inv.id, {
          text: text.trim(),
          author: author ?? lastAuthor,
          entries: entries.filter((id) => labels.get(id) !== undefined),
          kind: handover ? 'handover' : 'note',
        });
        setText('');
        setEntries([]);
        setHandover(false);
      }}
    >
      <div class="field">
        <label for="new-note-text">{tr(lang, 'noteText')}</label>
        <textarea
          id="new-note-text"
          value={text}
          maxLength={MAX_TEXT}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={error ? 'new-note-text-error' : undefined}
          onInput={(e) => {
            setText((e.currentTarget as HTMLTextAreaElement).value);
            setError(false);
          }}
        />
        {error && (
          <p id="new-note-text-error" class="field-error">
            {tr(lang, 'noteTextRequired')}
          </p>
        )}
      </div>
      <div class="field">
        <label for="new-note-author">{tr(lang, 'noteAuthor')}</label>
        <input
          id="new-note-author"
          value={author ?? lastAuthor}
          maxLength={MAX_AUTHOR}
          onInput={(e) => setAuthor((e.currentTarget as HTMLInputElement).value)}
        />
      </div>
      {labels.size > 0 && (
        <EntryPicker id="new-note" lang={lang} labels={labels} chosen={entries} onChange={setEntries} />
      )}
      <label class="check">
        <input
          type="checkbox"
          checked={handover}
          onChange={(e) => setHandover((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        {tr(lang, 'noteKindHandover')}
      </label>
      <button type="submit">{tr(lang, 'noteAdd')}</button>
    </form>
  );
}
