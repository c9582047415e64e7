/**
 * The coordinator's received files (/network/files, issue 13): add partner files (picked, a folder, dropped,
 * zips), watch them being read, see what was added, received before or refused and why, and the files kept on
 * this device with the years a newer export replaced; remove a file, with undo.
 */
import '../../i18n/uiNetworkFiles';
import { useState } from 'preact/hooks';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { lastRemoval, undoRemoval } from '../../state/received';
import { addReceivedFiles, clearIngestList, ingestState } from '../../state/receivedIngest';
import { useSignal } from '../../state/signal';
import { AddFiles } from './AddFiles';
import { IngestOutcomes } from './IngestOutcomes';
import { NetworkNav } from './NetworkNav';
import './network.css';
import { StoredFiles } from './StoredFiles';

export function ReceivedFilesPage({ lang }: { lang: Lang }) {
  const ingest = useSignal(ingestState);
  const removal = useSignal(lastRemoval);
  const [skipped, setSkipped] = useState(0);
  return (
    <>
      <NetworkNav lang={lang} current="/network/files" />
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
      {/* The stored files are not read again while a batch is stored: each batch would redraw them. */}
      {!ingest.running && <StoredFiles lang={lang} />}
    </>
  );
}
