import { ProcedureFinder } from './catalog/ProcedureFinder';
import { I18nProvider, useT } from './I18nContext';
import { SessionScope } from './session/SessionScope';
import { usePageSettings } from './usePageSettings';

function SidePanelBody() {
  const t = useT();
  return (
    <main>
      <h1>{t('sidepanel.title')}</h1>
      <p>{t('sidepanel.intro')}</p>
      {/* SLOT (guide helper): the running guide's progress and controls go here, above the finder. */}
      <ProcedureFinder />
    </main>
  );
}

export function SidePanelApp() {
  const [settings] = usePageSettings();
  return (
    <I18nProvider lang={settings.lang}>
      {/* Session bar and tallies (components/session); the body remounts for each citizen. */}
      <SessionScope>
        <SidePanelBody />
      </SessionScope>
    </I18nProvider>
  );
}
