/**
 * The received files kept on this device: the years a newer export of the same partner replaced, and the files
 * newest first (the newest 50 until all are asked for: a thousand rows need not be drawn to open the page),
 * each removable.
 */
import '../../i18n/uiNetworkFiles';
import { useMemo, useState } from 'preact/hooks';
import { receivedYears } from '../../core/receivedYears';
import { formatDateTime } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { removeReceivedFiles, useReceivedFiles } from '../../state/received';
import { ScrollRegion } from '../components/ScrollRegion';

const NEWEST = 50;

export function StoredFiles({ lang }: { lang: Lang }) {
  const files = useReceivedFiles();
  const [all, setAll] = useState(false);
  const years = useMemo(() => (files ? receivedYears(files) : undefined), [files]);
  const shown = useMemo(() => {
    const newest = files ? [...files].reverse() : [];
    return all ? newest : newest.slice(0, NEWEST);
  }, [files, all]);
  const exported = (iso?: string) => (iso ? formatDateTime(iso, lang) : tr(lang, 'netFilesNotExported'));
  return (
    <>
      {years && years.superseded.length > 0 && (
        <section class="card received-list" aria-labelledby="received-superseded-h">
          <details>
            <summary>
              <h2 id="received-superseded-h" class="received-inline">
                {tr(lang, 'netFilesSupersededTitle', { n: years.superseded.length })}
              </h2>
            </summary>
            <ul>
              {years.superseded.map((s) => (
                <li key={`${s.file.id}|${s.year}`}>
                  {tr(lang, 'netFilesSuperseded', {
                    partner: s.file.partner.name,
                    year: s.year,
                    file: s.file.fileName,
                    exported: exported(s.file.exportedAt),
                    by: s.by.fileName,
                    byExported: exported(s.by.exportedAt),
                  })}
                </li>
              ))}
            </ul>
          </details>
        </section>
      )}
      <section class="card" aria-labelledby="received-files-h">
        <h2 id="received-files-h">{tr(lang, 'netFilesListTitle', { n: files?.length ?? 0 })}</h2>
        {files && files.length > shown.length && (
          <p class="muted">
            {tr(lang, 'netFilesShowingNewest', { shown: shown.length, total: files.length })}{' '}
            <button type="button" class="secondary" onClick={() => setAll(true)}>
              {tr(lang, 'netFilesShowAll', { n: files.length })}
            </button>
          </p>
        )}
        {files === undefined ? (
          <p>{tr(lang, 'loading')}</p>
        ) : files.length === 0 ? (
          <p>{tr(lang, 'netFilesEmpty')}</p>
        ) : (
          <ScrollRegion labelledBy="received-files-h">
            <table class="received-files" data-received-count={files.length}>
              <thead>
                <tr>
                  <th scope="col">{tr(lang, 'netFilesColPartner')}</th>
                  <th scope="col">{tr(lang, 'netFilesColYears')}</th>
                  <th scope="col">{tr(lang, 'netFilesColExported')}</th>
                  <th scope="col">{tr(lang, 'netFilesColFile')}</th>
                  <th scope="col">
                    <span class="visually-hidden">{tr(lang, 'netFilesRemove')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((f) => (
                  <tr key={f.id}>
                    <td>{f.partner.name}</td>
                    <td>{f.years.map((y) => y.year).join(', ')}</td>
                    <td>{exported(f.exportedAt)}</td>
                    <td>{f.fileName}</td>
                    <td>
                      <button
                        type="button"
                        class="secondary"
                        aria-label={tr(lang, 'netFilesRemoveLabel', { name: f.fileName })}
                        onClick={() => void removeReceivedFiles([f.id])}
                      >
                        {tr(lang, 'netFilesRemove')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </section>
    </>
  );
}
