/**
 * Adding a value to the city's release: the national electricity factor, the residual mix and the national
 * district heat average at one press, or the factor of any activity of the starting set, found by its name.
 */
import '../../../i18n/uiNetworkFactors';
import { useState } from 'preact/hooks';
import type { FactorSet } from '../../../core/factorSet';
import { localName } from '../../../core/source';
import type { Lang } from '../../../i18n/issueMessages';
import { tr } from '../../../i18n/ui';

/** The factors the city most often has values for that the app's set lacks (issue 13). */
const COMMON = [
  ['fi.electricity.location', 'nfAddElectricity'],
  ['fi.electricity.residual-mix', 'nfAddResidual'],
  ['fi.district-heat.national', 'nfAddNationalHeat'],
] as const;

/** At most this many activities are listed for a search: a longer list is not read, the search is refined. */
const MAX_MATCHES = 40;

export function AddValue(p: { lang: Lang; base: FactorSet; onAdd: (factor: string) => void }) {
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState('');
  const needle = text.trim().toLocaleLowerCase(p.lang);
  const matches =
    needle === ''
      ? []
      : p.base.activities
          .filter(
            (a) =>
              a.factor !== undefined && localName(a.names, p.lang).toLocaleLowerCase(p.lang).includes(needle),
          )
          .slice(0, MAX_MATCHES);
  const picked = matches.find((a) => a.id === chosen) ?? matches[0];
  return (
    <div>
      <div class="actions">
        {COMMON.filter(([f]) => p.base.factors.some((x) => x.id === f)).map(([f, words]) => (
          <button key={f} type="button" class="secondary" onClick={() => p.onAdd(f)}>
            {tr(p.lang, words)}
          </button>
        ))}
      </div>
      <h3>{tr(p.lang, 'nfOtherActivity')}</h3>
      <div class="grid">
        <div class="field wide">
          <label for="nf-find">{tr(p.lang, 'nfFindActivity')}</label>
          <input
            id="nf-find"
            type="search"
            autoComplete="off"
            value={text}
            onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)}
          />
        </div>
        {matches.length > 0 && (
          <div class="field wide">
            <label for="nf-matches">{tr(p.lang, 'nfActivityMatches', { count: matches.length })}</label>
            <select
              id="nf-matches"
              value={picked?.id}
              onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value)}
            >
              {matches.map((a) => (
                <option key={a.id} value={a.id}>
                  {localName(a.names, p.lang)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {picked?.factor && (
        <button type="button" class="secondary" onClick={() => picked.factor && p.onAdd(picked.factor)}>
          {tr(p.lang, 'nfAddForActivity')}
        </button>
      )}
    </div>
  );
}
