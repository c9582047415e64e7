/**
 * The handover summary of a year (issue 10): printable at the end of a guided session, and what the partner
 * sees on their own device after importing the partner file (src/core/handover.ts makes it from the year).
 */
import '../../i18n/uiGuide';
import { useMemo } from 'preact/hooks';
import { categoryInfo } from '../../core/categories';
import { handoverSummary } from '../../core/handover';
import type { SessionNote } from '../../core/inventory';
import { formatDateTime, formatTonnes } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { yearAsCore } from '../../state/sessionNotes';
import { useYear } from '../../state/year';
import { Link } from '../components/Link';
import { entryLabel } from './entryLabels';
import './notes.css';
import { ScrollRegion } from '../components/ScrollRegion';

export function HandoverPage({ lang, orgId, year }: { lang: Lang; orgId: string; year: number }) {
  const { org, inv, entries, set, view } = useYear(orgId, year);
  const summary = useMemo(
    () => (inv && entries ? handoverSummary(yearAsCore(inv, entries), view?.result?.byCategory) : undefined),
    [inv, entries, view],
  );
  if (org === null || inv === null) return <h1>{tr(lang, 'notFound')}</h1>;
  if (!org || !inv || !entries || !summary) return <p>{tr(lang, 'loading')}</p>;
  const rows = new Map(entries.map((e) => [e.id, e]));
  const label = (id: string) => {
    const row = rows.get(id);
    return row ? entryLabel(row, inv, set ?? undefined, lang) : '';
  };
  const category = (id: Parameters<typeof categoryInfo>[0]) => categoryInfo(id).names[lang];
  const yearPage = `/partners/${encodeURIComponent(orgId)}/years/${year}`;
  return (
    <div class="handover-page">
      <p class="crumb no-print">
        <Link href={yearPage}>← {tr(lang, 'inventoryTitle', { name: org.name, year })}</Link>
      </p>
      <h1>{tr(lang, 'handoverTitle', { name: org.name, year })}</h1>
      <p>{tr(lang, 'handoverLead')}</p>
      <p class="no-print">
        <button type="button" onClick={() => window.print()}>
          {tr(lang, 'handoverPrint')}
        </button>
      </p>

      <section class="card" aria-labelledby="ho-note">
        <h2 id="ho-note">{tr(lang, 'handoverNote')}</h2>
        {summary.handover ? (
          <NoteText note={summary.handover} lang={lang} />
        ) : (
          <p>{tr(lang, 'handoverNoteNone')}</p>
        )}
      </section>

      <section
        class="card"
        aria-labelledby="ho-todo"
        data-todo={summary.missing.length + summary.todoCategories.length}
      >
        <h2 id="ho-todo">{tr(lang, 'handoverTodo')}</h2>
        {summary.missing.length === 0 && summary.todoCategories.length === 0 && (
          <p>{tr(lang, 'handoverTodoNone')}</p>
        )}
        {summary.missing.length > 0 && (
          <>
            <h3>{tr(lang, 'handoverMissing')}</h3>
            <ul>
              {summary.missing.map((m) => (
                <li key={m.id} data-missing={m.id}>
                  {label(m.id) || category(m.category)}
                  {m.document ? ` — ${tr(lang, 'handoverDocument', { document: m.document })}` : ''}
                  {' — '}
                  {m.owner ? tr(lang, 'handoverOwner', { owner: m.owner }) : tr(lang, 'handoverNoOwner')}
                </li>
              ))}
            </ul>
          </>
        )}
        {summary.todoCategories.length > 0 && (
          <>
            <h3>{tr(lang, 'handoverTodoCategories')}</h3>
            <ul>
              {summary.todoCategories.map((c) => (
                <li key={c} data-todo-category={c}>
                  {category(c)}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section class="card" aria-labelledby="ho-entered">
        <h2 id="ho-entered">{tr(lang, 'handoverEntered')}</h2>
        {summary.entered.length === 0 ? (
          <p>{tr(lang, 'handoverEnteredNone')}</p>
        ) : (
          <ScrollRegion labelledBy="ho-entered">
            <table>
              <thead>
                <tr>
                  <th scope="col">{tr(lang, 'handoverColCategory')}</th>
                  <th scope="col" class="num">
                    {tr(lang, 'handoverColEntries')}
                  </th>
                  <th scope="col" class="num">
                    {tr(lang, 'handoverColLocation')}
                  </th>
                  <th scope="col" class="num">
                    {tr(lang, 'handoverColMarket')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {summary.entered.map((c) => (
                  <tr key={c.category}>
                    <th scope="row">{category(c.category)}</th>
                    <td class="num">{c.entries}</td>
                    <td class="num">{c.total ? formatTonnes(c.total.location, lang) : '–'}</td>
                    <td class="num">{c.total ? formatTonnes(c.total.market, lang) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>

      <section class="card" aria-labelledby="ho-estimated">
        <h2 id="ho-estimated">{tr(lang, 'handoverEstimated')}</h2>
        {summary.estimated.length === 0 ? (
          <p>{tr(lang, 'handoverEstimatedNone')}</p>
        ) : (
          <ul>
            {summary.estimated.map(({ entry, notes }) => (
              <li key={entry.id}>
                <strong>{label(entry.id)}</strong>
                {entry.note && <p class="note-text">{entry.note}</p>}
                {notes.map((n) => (
                  <NoteText key={n.id} note={n} lang={lang} />
                ))}
                {!entry.note && notes.length === 0 && <p class="muted">{tr(lang, 'handoverNoHow')}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>

      {summary.notes.length > 0 && (
        <section class="card" aria-labelledby="ho-notes">
          <h2 id="ho-notes">{tr(lang, 'handoverNotes')}</h2>
          <ol class="plain">
            {summary.notes.map((n) => (
              <li key={n.id} class="session-note">
                <NoteText note={n} lang={lang} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}

function NoteText({ note, lang }: { note: SessionNote; lang: Lang }) {
  const when = formatDateTime(note.at, lang);
  return (
    <>
      <p class="note-meta muted">
        {note.author ? tr(lang, 'noteBy', { when, author: note.author }) : tr(lang, 'noteWhen', { when })}
      </p>
      <p class="note-text">{note.text}</p>
    </>
  );
}
