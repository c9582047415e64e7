/**
 * The coordinator's factor editor (/network/factors): the city's own release of emission factors, made from a
 * built-in set with the values the city holds (the national electricity factor by year, the residual mix, the
 * local district heat supplier's factor …), each with its source. The draft is saved on the device at every
 * edit; the release file is made, read back as partners' apps will read it, downloaded, and its fingerprint
 * shown for the coordinator to announce.
 */
import '../../../i18n/uiNetworkFactors';
import './factorEditor.css';
import { useEffect, useState } from 'preact/hooks';
import type { FactorSet } from '../../../core/factorSet';
import { localName } from '../../../core/source';
import type { UnitId } from '../../../core/units';
import { BUILTIN_REFS, builtinSetKeys } from '../../../factors/builtinSets';
import { type DraftProblem, draftProblems, factorUnitOf, supplierRef } from '../../../factors/cityRelease';
import { formatIssue, type Lang } from '../../../i18n/issueMessages';
import { tr } from '../../../i18n/ui';
import type { DraftValue, FactorSetDraft } from '../../../schema/factorDraft';
import {
  makeCityRelease,
  type ReleaseFile,
  readFactorDraft,
  saveFactorDraft,
} from '../../../state/cityFactors';
import { useFactorSet } from '../../../state/results';
import { downloadBlob } from '../../download';
import { NetworkNav } from '../NetworkNav';
import { AddValue } from './AddValue';
import { newDraft, newKey, newValue, problemsAt } from './draftForm';
import { ReleaseFields } from './ReleaseFields';
import { ReleaseResult } from './ReleaseResult';
import { SupplierFields } from './SupplierFields';
import { ValueFields } from './ValueFields';

export function FactorEditorPage({ lang }: { lang: Lang }) {
  const [draft, setDraft] = useState<FactorSetDraft | null>(null);
  const [showAll, setShowAll] = useState(false);
  const [result, setResult] = useState<ReleaseFile | null>(null);
  useEffect(() => {
    readFactorDraft().then(
      (d) => setDraft(d ?? newDraft(lang)),
      () => setDraft(newDraft(lang)),
    );
  }, []);
  const base = useFactorSet(draft?.base);
  // After a refused attempt, the first field named goes to the keyboard and the screen reader.
  useEffect(() => {
    if (result && !result.ok)
      document.querySelector<HTMLElement>('main [aria-invalid="true"], main .nf-problems')?.focus();
  }, [result]);

  if (!draft) return <p>{tr(lang, 'nfLoading')}</p>;
  const update = (next: FactorSetDraft) => {
    setDraft(next);
    setResult(null);
    void saveFactorDraft(next);
  };
  const problems: DraftProblem[] = base ? draftProblems(draft, base) : [];
  const addValue = (factor: string, unit: UnitId | undefined) => {
    if (!base || !unit) return;
    update({ ...draft, values: [...draft.values, newValue(factor, unit, base)] });
  };
  const make = async () => {
    setShowAll(true);
    const file = await makeCityRelease(draft);
    if (file.ok) downloadBlob(file.fileName, new Blob([file.text], { type: 'application/json' }));
    setResult(file);
  };

  return (
    <>
      <NetworkNav lang={lang} current="/network/factors" />
      <h1>{tr(lang, 'nfTitle')}</h1>
      <p>{tr(lang, 'nfLead')}</p>
      <ReleaseFields
        lang={lang}
        draft={draft}
        bases={builtinSetKeys().flatMap((k) => (BUILTIN_REFS[k] ? [BUILTIN_REFS[k]] : []))}
        problems={problemsAt(problems, 'release')}
        showAll={showAll}
        onChange={update}
      />
      {base === undefined && <p>{tr(lang, 'nfLoading')}</p>}
      {base === null && <p class="field-error">{tr(lang, 'nfBaseMissing')}</p>}
      {base && (
        <Editor lang={lang} draft={draft} base={base} problems={problems} showAll={showAll} update={update}>
          <AddValue lang={lang} base={base} onAdd={(f) => addValue(f, factorUnitOf(draft, base, f))} />
        </Editor>
      )}
      <section class="card" aria-labelledby="nf-export-h">
        <h2 id="nf-export-h">{tr(lang, 'nfExport')}</h2>
        <p class="muted">{tr(lang, 'nfExportLead')}</p>
        <button type="button" disabled={!base} onClick={() => void make()}>
          {tr(lang, 'nfMake')}
        </button>
        {result && <ReleaseResult lang={lang} result={result} />}
        {result && !result.ok && result.issues.length > 0 && (
          <ul>
            {result.issues.slice(0, 20).map((i) => (
              <li key={i.path + i.code}>{formatIssue(i, lang)}</li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

interface EditorProps {
  lang: Lang;
  draft: FactorSetDraft;
  base: FactorSet;
  problems: readonly DraftProblem[];
  showAll: boolean;
  update: (d: FactorSetDraft) => void;
  children: preact.ComponentChildren;
}

/** The suppliers and the values, which need the starting set (its factors' names, units and years). */
function Editor({ lang, draft, base, problems, showAll, update, children }: EditorProps) {
  // The last value removed, so a slip of the finger can be undone.
  const [removed, setRemoved] = useState<{ value: DraftValue; index: number; name: string } | null>(null);
  const nameOf = (factor: string): string => {
    const s = draft.suppliers.find((x) => supplierRef(x.id) === factor);
    // A supplier has no Swedish name: a Swedish reader sees the Finnish one, the company's own.
    if (s) return localName({ fi: s.nameFi, en: s.nameEn }, lang).trim() || tr(lang, 'nfSupplierUnnamed');
    const f = base.factors.find((x) => x.id === factor);
    return f ? localName(f.names, lang) : factor;
  };
  const noValues = problems.find((p) => p.at === 'release' && p.field === 'values');
  return (
    <>
      <section class="card" aria-labelledby="nf-suppliers-h">
        <h2 id="nf-suppliers-h">{tr(lang, 'nfSuppliers')}</h2>
        <p class="muted">{tr(lang, 'nfSuppliersLead')}</p>
        {draft.suppliers.length === 0 && <p>{tr(lang, 'nfNoSuppliers')}</p>}
        {draft.suppliers.map((s) => (
          <SupplierFields
            key={s.id}
            lang={lang}
            supplier={s}
            problems={problemsAt(problems, `supplier:${s.id}`)}
            showAll={showAll}
            onChange={(next) =>
              update({ ...draft, suppliers: draft.suppliers.map((x) => (x.id === s.id ? next : x)) })
            }
            onAddValue={() =>
              update({ ...draft, values: [...draft.values, newValue(supplierRef(s.id), s.unit, undefined)] })
            }
            onRemove={() => {
              const own = draft.values.filter((v) => v.factor === supplierRef(s.id));
              const name = s.nameFi.trim() || tr(lang, 'nfSupplierUnnamed');
              if (
                own.length > 0 &&
                !confirm(tr(lang, 'nfRemoveSupplierConfirm', { name, count: own.length }))
              )
                return;
              update({
                ...draft,
                suppliers: draft.suppliers.filter((x) => x.id !== s.id),
                values: draft.values.filter((v) => v.factor !== supplierRef(s.id)),
              });
            }}
          />
        ))}
        <button
          type="button"
          class="secondary"
          onClick={() =>
            update({
              ...draft,
              suppliers: [...draft.suppliers, { id: newKey(), nameFi: '', nameEn: '', unit: 'MWh' }],
            })
          }
        >
          {tr(lang, 'nfAddSupplier')}
        </button>
      </section>
      <section class="card" aria-labelledby="nf-values-h">
        <h2 id="nf-values-h">{tr(lang, 'nfValues')}</h2>
        <p class="muted">{tr(lang, 'nfValuesLead')}</p>
        {children}
        {draft.values.length === 0 && (
          <p class={showAll && noValues ? 'field-error' : undefined}>
            {showAll && noValues ? tr(lang, 'nfErrNoValues') : tr(lang, 'nfNoValues')}
          </p>
        )}
        {draft.values.map((v) => (
          <ValueFields
            key={v.id}
            lang={lang}
            value={v}
            name={nameOf(v.factor)}
            factorUnit={factorUnitOf(draft, base, v.factor)}
            baseYears={base.factors.find((f) => f.id === v.factor)?.values.map((x) => x.year) ?? []}
            problems={problemsAt(problems, `value:${v.id}`)}
            showAll={showAll}
            onChange={(next) =>
              update({ ...draft, values: draft.values.map((x) => (x.id === v.id ? next : x)) })
            }
            onRemove={() => {
              setRemoved({ value: v, index: draft.values.indexOf(v), name: nameOf(v.factor) });
              update({ ...draft, values: draft.values.filter((x) => x.id !== v.id) });
            }}
          />
        ))}
        {removed && (
          <div class="toast" role="status">
            <p>{tr(lang, 'nfValueRemoved', { name: removed.name })}</p>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                const values = [...draft.values];
                values.splice(Math.min(removed.index, values.length), 0, removed.value);
                setRemoved(null);
                update({ ...draft, values });
              }}
            >
              {tr(lang, 'nfUndo')}
            </button>
          </div>
        )}
      </section>
    </>
  );
}
