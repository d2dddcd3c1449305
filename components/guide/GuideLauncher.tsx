import { useT } from '../I18nContext';

/** The detail page's "Hướng dẫn nộp trực tuyến" button (in the checklist region's actions, or alone). */
export function GuideLauncher({ onStart, error }: { onStart(): void; error: string | null }) {
  const t = useT();
  return (
    <>
      <button type="button" className="dvc-guide-launcher" onClick={onStart}>
        {t('guide.launch')}
      </button>
      {error && <p role="alert">{t('guide.launchError', { error })}</p>}
    </>
  );
}
