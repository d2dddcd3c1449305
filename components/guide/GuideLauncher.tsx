import { useT } from '../I18nContext';

/** The detail page's "Hướng dẫn nộp trực tuyến" button. */
export function GuideLauncher({ onStart, error }: { onStart(): void; error: string | null }) {
  const t = useT();
  return (
    <div className="dvc-card dvc-guide-launcher">
      <button type="button" className="dvc-guide-launcher__button" onClick={onStart}>
        {t('guide.launch')}
      </button>
      {error && <p role="alert">{t('guide.launchError', { error })}</p>}
    </div>
  );
}
