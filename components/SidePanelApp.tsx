import type { Lang } from '@/lib/i18n';
import { ask } from '@/lib/messaging/client';
import type { Usage } from '@/lib/settings';
import { ProcedureFinder } from './catalog/ProcedureFinder';
import { GuidePanel } from './guide/GuidePanel';
import { useRunningGuide } from './guide/useRunningGuide';
import { I18nProvider, useT } from './I18nContext';
import { OtherPortalAccess } from './OtherPortalAccess';
import { SessionScope } from './session/SessionScope';
import { UsageChoice } from './usage/UsageChoice';
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
  const [settings, setSettings, loaded] = usePageSettings();
  const chooseUsage = (usage: Usage) => {
    setSettings({ ...settings, usage });
    ask({ type: 'settings/set', settings: { usage } }).then(setSettings, () => {});
  };
  return (
    <I18nProvider lang={settings.lang}>
      {/* First run: who is using it arranges the panel (asked until answered; changeable in Cài đặt). */}
      {loaded && settings.usage === null && <UsageChoice value={null} onChange={chooseUsage} landmark />}
      {/* Session bar and tallies (components/session); the body remounts for each citizen. */}
      <SessionScope usage={settings.usage}>
        <SidePanelBody lang={settings.lang} />
      </SessionScope>
    </I18nProvider>
  );
}
