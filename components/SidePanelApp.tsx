import { I18nProvider, useT } from './I18nContext';
import { usePageSettings } from './usePageSettings';

function SidePanelBody() {
  const t = useT();
  return (
    <main>
      <h1>{t('sidepanel.title')}</h1>
      <p>{t('sidepanel.intro')}</p>
    </main>
  );
}

export function SidePanelApp() {
  const [settings] = usePageSettings();
  return (
    <I18nProvider lang={settings.lang}>
      <SidePanelBody />
    </I18nProvider>
  );
}
