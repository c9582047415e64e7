/** The words of a partner's groups in the network's tables and publication: TOL section, size band, standing. */
import type { SizeBand } from '../core/networkPartners';
import type { PartnerStanding } from '../core/partnerRows';
import type { Lang } from './issueMessages';
import { TOL_2008 } from './tol2008';
import { tr, type UiKey } from './ui';
import './uiNetworkPartners';

const SIZE: Record<SizeBand, UiKey> = {
  micro: 'ptabSizeMicro',
  small: 'ptabSizeSmall',
  medium: 'ptabSizeMedium',
  large: 'ptabSizeLarge',
  unknown: 'ptabSizeUnknown',
};

const STANDING: Record<PartnerStanding, UiKey> = {
  'on-track': 'ptabTargetOnTrack',
  behind: 'ptabTargetBehind',
  unknown: 'ptabTargetUnknown',
  none: 'ptabTargetNone',
};

/** "C Teollisuus"; a section not known: "Ei tiedossa". */
export function sectionLabel(section: string, lang: Lang): string {
  const item = TOL_2008.find((i) => i.code === section);
  return item ? `${section} ${item[lang]}` : tr(lang, 'ptabSectorUnknown');
}

export function sizeBandLabel(band: SizeBand, lang: Lang): string {
  return tr(lang, SIZE[band]);
}

export function standingLabel(standing: PartnerStanding, lang: Lang): string {
  return tr(lang, STANDING[standing]);
}
