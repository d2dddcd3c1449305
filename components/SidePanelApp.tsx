import type { Lang } from '@/lib/i18n';
import { ProcedureFinder } from './catalog/ProcedureFinder';
import { GuidePanel } from './guide/GuidePanel';
import { useRunningGuide } from './guide/useRunningGuide';
import { I18nProvider, useT } from './I18nContext';
import { OtherPortalAccess } from './OtherPortalAccess';
import { SessionScope } from './session/SessionScope';
import { usePageSettings } from './usePageSettings';

function SidePanelBody({ lang }: { lang: Lang }) {
  const t = useT();
  const guide = useRunningGuide();
  return (
    <main>
      <h1>{t('sidepanel.title')}</h1>
      <p>{t('sidepanel.intro')}</p>
      {guide.view && <GuidePanel view={guide.view} lang={lang} error={guide.error} onEvent={guide.send} />}
      <ProcedureFinder />
      <OtherPortalAccess />
    </main>
  );
}

export function SidePanelApp() {
  const [settings] = usePageSettings();
  return (
    <I18nProvider lang={settings.lang}>
      {/* Session bar and tallies (components/session); the body remounts for each citizen. */}
      <SessionScope>
        <SidePanelBody lang={settings.lang} />
      </SessionScope>
    </I18nProvider>
  );
}
