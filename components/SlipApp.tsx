import { I18nProvider, useT } from './I18nContext';
import { usePageSettings } from './usePageSettings';

function SlipBody() {
  const t = useT();
  return (
    <main>
      <h1>{t('slip.title')}</h1>
    </main>
  );
}

/** The printable "papers to supplement, once" page. */
export function SlipApp() {
  const [settings] = usePageSettings();
  return (
    <I18nProvider lang={settings.lang}>
      <SlipBody />
    </I18nProvider>
  );
}
