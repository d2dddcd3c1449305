import type { GuideView } from '@/lib/guide/engine';
import type { Lang, Translate } from '@/lib/i18n';
import { inLang } from '@/lib/i18n/localized';
import { otherPortalSite } from '@/lib/portal/other-portal-sites';

/**
 * The card's words while filing goes on at another portal: which site, by
 * name and host, and what the assistant can and cannot do there. Null when
 * the guide has not handed off.
 */
export function handOffCopy(view: GuideView, t: Translate, lang: Lang): { title: string; body: string } | null {
  if (!view.handOff) return null;
  const { host } = view.handOff;
  const known = otherPortalSite(host);
  const site = known ? inLang(known.name, lang) : host;
  return { title: t('guide.handOff.title', { site }), body: t('guide.handOff.body', { site, host }) };
}
