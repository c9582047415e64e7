/**
 * The coordinator's received files (/network/files, issue 13): add partner files (picked, a folder, dropped,
 * zips), watch them being read, see what was added, received before or refused and why, and the files kept on
 * this device with the years a newer export replaced; remove a file, with undo.
 */
import '../../i18n/uiNetworkFiles';
import { useMemo, useState } from 'preact/hooks';
import { receivedYears } from '../../core/receivedYears';
import { formatDateTime } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { lastRemoval, removeReceivedFiles, undoRemoval, useReceivedFiles } from '../../state/received';
import { addReceivedFiles, clearIngestList, ingestState } from '../../state/receivedIngest';
import { useSignal } from '../../state/signal';
import { AddFiles } from './AddFiles';
import { IngestOutcomes } from './IngestOutcomes';
import './network.css';

export function ReceivedFilesPage({ lang }: { lang: Lang }) {
  const files = useReceivedFiles();
  const ingest = useSignal(ingestState);
  const removal = useSignal(lastRemoval);
  const [skipped, setSkipped] = useState(0);
  const years = useMemo(() => (files ? receivedYears(files) : undefined), [files]);
  const byNewest = useMemo(() => (files ? [...files].reverse() : []), [files]);
  const exported = (iso?: string) => (iso ? formatDateTime(iso, lang) : tr(lang, 'netFilesNotExported'));
  return (
    <>
      <h1>{tr(lang, 'netFilesTitle')}</h1>
      <p class="lead">{tr(lang, 'netFilesLead')}</p>
      <AddFiles
        lang={lang}
        busy={ingest.running}
        onFiles={(picked) => {
          setSkipped(picked.skipped);
          void addReceivedFiles(picked.files);
        }}
      />
      <IngestOutcomes lang={lang} state={ingest} skipped={skipped} onClear={clearIngestList} />
      {removal && (
        <div class="toast" role="status">
          <p>{tr(lang, 'netFilesRemoved', { names: removal.names.join(', ') })}</p>
          <button type="button" onClick={() => void undoRemoval()}>
            {tr(lang, 'netFilesUndo')}
          </button>
        </div>
      )}
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
        {files === undefined ? (
          <p>{tr(lang, 'loading')}</p>
        ) : files.length === 0 ? (
          <p>{tr(lang, 'netFilesEmpty')}</p>
        ) : (
          <div class="table-scroll">
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
                {byNewest.map((f) => (
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
          </div>
        )}
      </section>
    </>
  );
}
