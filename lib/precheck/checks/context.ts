import type { Lang, Translate } from '../../i18n';
import type { SiteRules } from '../limits';

/** What every check may use: the language of its message and the filing system's rules. */
export interface CheckContext {
  lang: Lang;
  t: Translate;
  rules: SiteRules;
}
