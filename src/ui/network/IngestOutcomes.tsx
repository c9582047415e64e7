/**
 * The files of the batch being added or last added: a progress bar while they are read, then how many were
 * added, received before and refused, each refused file with its reasons (open), the others listed (closed).
 */
import '../../i18n/uiNetworkFiles';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import type { IngestState, Listed } from '../../state/receivedIngest';
import { Link } from '../components/Link';
import { RefusalText } from './RefusalText';

type Of<K extends Listed['kind']> = Extract<Listed, { kind: K }>;

export function IngestOutcomes({
  lang,
  state,
  skipped,
  onClear,
}: {
  lang: Lang;
  state: IngestState;
  skipped: number;
  onClear: () => void;
}) {
  if (state.total === 0) return null;
  // While the files are read only the progress is drawn: lists redrawn at each step would slow the page.
  if (state.running)
    return (
      <section class="card received-list received-progress" aria-labelledby="received-batch-h">
        <h2 id="received-batch-h" class="visually-hidden">
          {tr(lang, 'netFilesTitle')}
        </h2>
        {/* The same live region as when done, so the outcome is announced when it fills. */}
        <div aria-live="polite" />
        <label for="received-progress">
          {tr(lang, 'netFilesReading', { done: state.done, total: state.total })}
        </label>
        <progress id="received-progress" max={state.total} value={state.done} />
      </section>
    );
  const of = <K extends Listed['kind']>(kind: K) => state.listed.filter((l): l is Of<K> => l.kind === kind);
  const added = of('added');
  const same = of('same-file');
  const refused = of('refused');
  const failed = of('failed');
  const passed = of('skipped').length + skipped;
  return (
    <section class="card received-list received-progress" aria-labelledby="received-batch-h">
      <h2 id="received-batch-h" class="visually-hidden">
        {tr(lang, 'netFilesTitle')}
      </h2>
      <div aria-live="polite">
        <p class="received-done">
          <strong>
            {tr(lang, 'netFilesDone', {
              added: added.length,
              same: same.length,
              refused: refused.length + failed.length,
            })}
          </strong>
        </p>
      </div>
      {!state.running && added.length > 0 && (
        <p class="received-next">
          <Link href="/network">{tr(lang, 'netFilesSeeFigures')}</Link>
        </p>
      )}
      {state.storageError !== undefined && (
        <p class="problem" role="alert">
          {tr(lang, 'netFilesStorageFailed')}
        </p>
      )}
      {refused.length + failed.length > 0 && (
        <>
          <h3>{tr(lang, 'netFilesRefusedTitle', { n: refused.length + failed.length })}</h3>
          <ul class="received-refused">
            {refused.map((r, n) => (
              <li key={`r${n}`}>
                <strong>{r.name}</strong>: <RefusalText refusal={r.refusal} lang={lang} />
              </li>
            ))}
            {failed.map((r, n) => (
              <li key={`f${n}`}>
                <strong>{r.name}</strong>: {tr(lang, 'netFilesFailed', { message: r.message })}
              </li>
            ))}
          </ul>
        </>
      )}
      {same.length > 0 && (
        <details>
          <summary>{tr(lang, 'netFilesSameTitle', { n: same.length })}</summary>
          <ul class="received-same">
            {same.map((s, n) => (
              <li key={`s${n}`}>{tr(lang, 'netFilesSame', { name: s.name })}</li>
            ))}
          </ul>
        </details>
      )}
      {added.length > 0 && (
        <details>
          <summary>{tr(lang, 'netFilesAddedTitle', { n: added.length })}</summary>
          <ul class="received-added">
            {added.map((a, n) => (
              <li key={`a${n}`}>
                {tr(lang, 'netFilesAdded', { name: a.name, partner: a.partner, years: a.years.join(', ') })}
              </li>
            ))}
          </ul>
        </details>
      )}
      {passed > 0 && <p class="muted">{tr(lang, 'netFilesSkipped', { n: passed })}</p>}
      <button type="button" class="secondary" onClick={onClear}>
        {tr(lang, 'netFilesClear')}
      </button>
    </section>
  );
}
