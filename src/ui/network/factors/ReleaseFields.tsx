/** The release's own details: the set it starts from, its series id and release, names, publisher and date. */
import '../../../i18n/uiNetworkFactors';
import { factorSetKey } from '../../../core/factorSet';
import type { DraftProblem } from '../../../factors/cityRelease';
import type { Lang } from '../../../i18n/issueMessages';
import { tr } from '../../../i18n/ui';
import type { FactorSetDraft } from '../../../schema/factorDraft';
import { SelectField } from '../../components/SelectField';
import { DraftInput } from './DraftInput';
import { problemText } from './draftForm';

export interface ReleaseFieldsProps {
  lang: Lang;
  draft: FactorSetDraft;
  bases: readonly { id: string; release: string }[];
  problems: ReadonlyMap<string, DraftProblem>;
  showAll: boolean;
  onChange: (d: FactorSetDraft) => void;
}

export function ReleaseFields(p: ReleaseFieldsProps) {
  const d = p.draft;
  const set = (patch: Partial<FactorSetDraft>) => p.onChange({ ...d, ...patch });
  const err = (field: string) => {
    const problem = p.problems.get(field);
    if (!problem || (!p.showAll && problem.code === 'required')) return undefined;
    return problemText(problem, p.lang);
  };
  return (
    <section class="card" aria-labelledby="nf-release-h">
      <h2 id="nf-release-h">{tr(p.lang, 'nfRelease')}</h2>
      <div class="grid">
        <SelectField<string>
          id="nf-base"
          label={tr(p.lang, 'nfBase')}
          class="wide"
          value={factorSetKey(d.base)}
          options={p.bases.map((b) => [
            factorSetKey(b),
            tr(p.lang, 'factorSetBuiltin', { release: b.release }),
          ])}
          onChange={(key) => {
            const b = p.bases.find((x) => factorSetKey(x) === key);
            if (b) set({ base: { id: b.id, release: b.release } });
          }}
        />
        <DraftInput
          id="nf-id"
          label={tr(p.lang, 'nfId')}
          hint={tr(p.lang, 'nfIdHint')}
          value={d.id}
          error={err('id')}
          onInput={(t) => set({ id: t })}
        />
        <DraftInput
          id="nf-release"
          label={tr(p.lang, 'nfReleaseId')}
          hint={tr(p.lang, 'nfReleaseHint')}
          value={d.release}
          error={err('release')}
          onInput={(t) => set({ release: t })}
        />
        <DraftInput
          id="nf-name-fi"
          label={tr(p.lang, 'nfNameFi')}
          value={d.nameFi}
          error={err('nameFi')}
          wide
          onInput={(t) => set({ nameFi: t })}
        />
        <DraftInput
          id="nf-name-en"
          label={tr(p.lang, 'nfNameEn')}
          value={d.nameEn}
          error={err('nameEn')}
          wide
          onInput={(t) => set({ nameEn: t })}
        />
        <DraftInput
          id="nf-publisher"
          label={tr(p.lang, 'nfPublisher')}
          value={d.publisher}
          error={err('publisher')}
          wide
          onInput={(t) => set({ publisher: t })}
        />
        <DraftInput
          id="nf-published"
          label={tr(p.lang, 'nfPublished')}
          value={d.published}
          inputMode="numeric"
          error={err('published')}
          onInput={(t) => set({ published: t })}
        />
      </div>
    </section>
  );
}
