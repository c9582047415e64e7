/**
 * The first page: says what the calculator is and shows it working — the small-office example from docs/
 * calculated in this browser by the same core as `npm run calc`. The full app comes with its own issue.
 */
import { useEffect, useState } from 'preact/hooks';
import type { InventoryResult } from '../core/results';
import { formatTonnes } from '../i18n/format';
import type { Lang } from '../i18n/issueMessages';
import { UpdatePrompt } from './UpdatePrompt';

const TEXT = {
  fi: {
    title: 'Päästölaskuri',
    lead: 'Joensuun ilmastokumppanien kasvihuonekaasulaskuri. Laskenta noudattaa GHG Protocol -standardia: suorat ja epäsuorat päästöt scopeittain, sähkö sekä sijainti- että markkinaperusteisesti. Tiedot pysyvät omalla laitteellasi.',
    demo: 'Esimerkkilaskelma: pieni toimisto, vuosi 2023',
    loading: 'Lasketaan…',
    failed: 'Esimerkin laskenta epäonnistui.',
    scope: 'Päästölähde',
    tonnes: 't CO2e',
    s1: 'Scope 1 – suorat päästöt',
    s2l: 'Scope 2 – ostoenergia, sijaintiperusteinen',
    s2m: 'Scope 2 – ostoenergia, markkinaperusteinen',
    s3: 'Scope 3 – arvoketju',
    bio: 'Biogeeninen CO2 (raportoidaan erikseen)',
    note: 'Luvut on laskettu tässä selaimessa samalla laskentaytimellä kuin komentorivin npm run calc. Päästökerroinsarja',
    other: 'In English',
  },
  en: {
    title: 'Päästölaskuri — emissions calculator',
    lead: "The Joensuu climate partners' greenhouse-gas calculator. It follows the GHG Protocol: direct and indirect emissions by scope, electricity both location- and market-based. Your data stays on your device.",
    demo: 'Example: a small office, year 2023',
    loading: 'Calculating…',
    failed: 'The example could not be calculated.',
    scope: 'Source',
    tonnes: 't CO2e',
    s1: 'Scope 1 – direct emissions',
    s2l: 'Scope 2 – purchased energy, location-based',
    s2m: 'Scope 2 – purchased energy, market-based',
    s3: 'Scope 3 – value chain',
    bio: 'Biogenic CO2 (reported separately)',
    note: 'Calculated in this browser by the same core as the command-line npm run calc. Factor set',
    other: 'Suomeksi',
  },
} as const;

async function calculateDemo(): Promise<InventoryResult> {
  const [{ evaluateExchange }, { loadBuiltinSet }, example] = await Promise.all([
    import('../io/evaluate'),
    import('../factors/builtinSets'),
    import('../../docs/examples/small-office.json'),
  ]);
  const ev = await evaluateExchange(example.default, (ref) => loadBuiltinSet(ref).catch(() => undefined));
  if (!ev.ok || !ev.results[0]) throw new Error('example invalid');
  return ev.results[0];
}

export function App() {
  const [lang, setLang] = useState<Lang>('fi');
  const [result, setResult] = useState<InventoryResult | null>(null);
  const [failed, setFailed] = useState(false);
  const t = TEXT[lang];
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    calculateDemo().then(setResult, () => setFailed(true));
  }, []);
  const rows: [string, number][] = result
    ? [
        [t.s1, result.scope1],
        [t.s2l, result.scope2.location],
        [t.s2m, result.scope2.market],
        [t.s3, result.scope3],
        [t.bio, result.biogenicCO2],
      ]
    : [];
  return (
    <main>
      <button type="button" class="lang" onClick={() => setLang(lang === 'fi' ? 'en' : 'fi')}>
        {t.other}
      </button>
      <h1>{t.title}</h1>
      <p class="lead">{t.lead}</p>
      <h2>{t.demo}</h2>
      {failed && <p role="alert">{t.failed}</p>}
      {!result && !failed && <p aria-live="polite">{t.loading}</p>}
      {result && (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.scope}</th>
                <th scope="col" class="num">
                  {t.tonnes}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(([label, kg]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td class="num" data-kg={kg}>
                    {formatTonnes(kg, lang)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="note">
            {t.note} {result.factorSet.id}-{result.factorSet.release}, GWP {result.gwpSet}.
          </p>
        </>
      )}
      <UpdatePrompt lang={lang} />
    </main>
  );
}
