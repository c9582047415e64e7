/**
 * The data checklist of a year (issue 10): the documents to gather per category that concerns the partner,
 * with a blank line for each figure. The page prints as paper (interview.css @media print) and the same list
 * downloads as a PDF, made on the device by the report's PDF writer, loaded only when asked for.
 */
import '../../i18n/uiInterview';
import { useState } from 'preact/hooks';
import { categoryInfo } from '../../core/categories';
import { dataChecklist } from '../../core/checklist';
import { THEME_IDS } from '../../core/interview';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { interviewWord } from '../../i18n/uiInterview';
import { useInterviewYear } from '../../state/interview';
import { Link } from '../components/Link';
import './interview.css';

/** The downloaded file's name begins with the list's name in the reader's language. */
const FILE_PREFIX: Record<Lang, string> = { fi: 'tietolista', en: 'data-checklist', sv: 'datachecklista' };

export function ChecklistPage({ lang, orgId, year }: { lang: Lang; orgId: string; year: number }) {
  const { org, inv } = useInterviewYear(orgId, year);
  const [failed, setFailed] = useState(false);
  if (org === null || inv === null) return <h1>{tr(lang, 'notFound')}</h1>;
  if (org === undefined || inv === undefined) return <p>{tr(lang, 'loading')}</p>;
  const w = (key: string, params?: Record<string, string | number>) => interviewWord(lang, key, params);
  const input = { name: org.name, year, excluded: inv.excluded, interview: inv.interview };
  const items = dataChecklist(input);
  const downloadPdf = async () => {
    setFailed(false);
    try {
      const [{ renderChecklistPdf }, { downloadBlob }, { fileSlug }] = await Promise.all([
        import('../../io/report/pdf/renderChecklist'),
        import('../download'),
        import('../../io/report/cityFile'),
      ]);
      const bytes = renderChecklistPdf(input, lang);
      downloadBlob(
        `${FILE_PREFIX[lang]}-${fileSlug(org.name)}-${year}.pdf`,
        new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
      );
    } catch {
      setFailed(true);
    }
  };
  return (
    <>
      <p class="crumb">
        <Link href={`/partners/${orgId}/years/${year}`}>
          ← {org.name} {year}
        </Link>
      </p>
      <h1>{w('clTitle', { name: org.name, year })}</h1>
      <p>{w('clLead')}</p>
      {!inv.interview && <p class="note">{w('clNoInterview')}</p>}
      <div class="row no-print">
        <button type="button" onClick={() => window.print()}>
          {w('clPrint')}
        </button>
        <button type="button" class="secondary" onClick={() => void downloadPdf()}>
          {w('clPdf')}
        </button>
      </div>
      {failed && (
        <p class="field-error" role="alert">
          {w('clPdfFailed')}
        </p>
      )}
      {THEME_IDS.map((theme) => {
        const ofTheme = items.filter((i) => i.theme === theme);
        if (ofTheme.length === 0) return null;
        return (
          <section key={theme} aria-labelledby={`cl-${theme}`}>
            <h2 id={`cl-${theme}`}>{w(`ivTheme_${theme}`)}</h2>
            {ofTheme.map((item) => {
              const info = categoryInfo(item.category);
              return (
                <div key={item.category} class="checklist-item" data-category={item.category}>
                  <h3>
                    {info.names[lang]} <span class="tag">{w('ivScope', { n: info.scope })}</span>
                  </h3>
                  <ul>
                    {item.documents.map((d) => (
                      <li key={d} data-document={d}>
                        {w(`clDoc_${d}`)}
                      </li>
                    ))}
                  </ul>
                  <p class="checklist-line">
                    {w('clFigure')} <span class="blank" />
                  </p>
                </div>
              );
            })}
          </section>
        );
      })}
      {inv.excluded.length > 0 && (
        <p class="muted">
          {w('clNotRelevant', {
            categories: inv.excluded.map((x) => categoryInfo(x.category).names[lang]).join(', '),
          })}
        </p>
      )}
    </>
  );
}
