import type { GuideEvent, GuideView } from '@/lib/guide/engine';
import type { Lang } from '@/lib/i18n';
import { inLang } from '@/lib/i18n/localized';
import { useT } from '../I18nContext';
import { handOffCopy } from './hand-off-copy';
import './guide-panel.css';

export interface GuidePanelProps {
  view: GuideView;
  lang: Lang;
  /** Why the last control did not take effect, or null. */
  error: string | null;
  onEvent(event: GuideEvent): void;
}

/**
 * The running guide in the side panel: where the user is and the same
 * controls as the step card, for when the card is closed, hidden by the
 * page, or the user follows along from the panel. The page the user is on
 * decides where the card points; "Tiếp theo" here moves the guide on for both.
 */
export function GuidePanel({ view, lang, error, onEvent }: GuidePanelProps) {
  const t = useT();
  const title = inLang(view.title, lang);
  const handOff = handOffCopy(view, t, lang);
  return (
    <section className="dvc-guide-panel" aria-labelledby="dvc-guide-panel-heading">
      <h2 id="dvc-guide-panel-heading">{t('sidepanel.guide.heading', { title })}</h2>
      <p className="dvc-guide-panel__progress">{t('guide.card.progress', { n: view.index, total: view.total })}</p>
      <progress max={view.total} value={view.index} aria-label={t('sidepanel.guide.progressBar', { title })} />
      <h3>{handOff?.title ?? inLang(view.step.title, lang)}</h3>
      <p>{handOff?.body ?? inLang(view.step.body, lang)}</p>
      {error && <p role="alert">{t('error.generic', { error })}</p>}
      <div className="dvc-guide-panel__actions">
        <button type="button" onClick={() => onEvent({ type: 'back', stepId: view.step.id })} disabled={!view.canBack}>
          {t('guide.card.back')}
        </button>
        <button type="button" onClick={() => onEvent({ type: 'next', stepId: view.step.id })}>
          {t('guide.card.next')}
        </button>
        <button type="button" onClick={() => onEvent({ type: 'stop' })}>
          {t('guide.card.stop')}
        </button>
      </div>
    </section>
  );
}
