/**
 * The dashboard's key figures: how many partners (joined this year), how many have a calculated footprint,
 * and the network's like-for-like change against the previous and the base year with the partners it covers.
 * Every figure is one of the network figures' (the tables below show them all).
 */
import '../../i18n/uiNetworkDash';
import type { LikeForLike, NetworkFigures } from '../../core/networkFigures';
import { formatNumber, formatPercent } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';

function Change({ c, lang }: { c: LikeForLike; lang: Lang }) {
  const relative = c.change.totalLocation.relative;
  const shown = c.partners.length > 0 && relative !== null;
  return (
    <div class="key-figure" data-key={`change-${c.against}`}>
      <dt>{tr(lang, 'dashKeyChange', { against: c.against })}</dt>
      <dd>
        <span class="key-value">{shown ? formatPercent(relative, lang) : tr(lang, 'dashKeyChangeNone')}</span>
        {shown && (
          <span class="key-detail">
            {tr(lang, 'dashKeyChangeOf', { n: formatNumber(c.partners.length, lang) })}
            {' · '}
            {tr(lang, 'dashRowTotalLocation').toLowerCase()}
          </span>
        )}
      </dd>
    </div>
  );
}

export function KeyFigures({ figures, lang }: { figures: NetworkFigures; lang: Lang }) {
  const p = figures.partners;
  return (
    <section class="card" aria-labelledby="key-figures">
      <h2 id="key-figures">{tr(lang, 'dashKeyFigures')}</h2>
      <dl class="key-figures">
        <div class="key-figure" data-key="partners">
          <dt>{tr(lang, 'dashKeyPartners')}</dt>
          <dd>
            <span class="key-value">{formatNumber(p.total, lang)}</span>
            <span class="key-detail">
              {tr(lang, 'dashKeyJoined', { year: figures.year })}: {formatNumber(p.joined, lang)}
            </span>
          </dd>
        </div>
        <div class="key-figure" data-key="footprint">
          <dt>{tr(lang, 'dashKeyFootprint')}</dt>
          <dd>
            <span class="key-value">{formatNumber(p.withFootprint, lang)}</span>
            <span class="key-detail">{tr(lang, 'dashRowFootprint', { year: figures.year })}</span>
          </dd>
        </div>
        <Change c={figures.previous} lang={lang} />
        {figures.base && figures.base.against !== figures.previous.against && (
          <Change c={figures.base} lang={lang} />
        )}
      </dl>
    </section>
  );
}
