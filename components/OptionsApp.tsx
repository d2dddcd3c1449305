import { useId, useState } from 'react';
import { errorMessage } from '@/lib/error-message';
import { LANGS, type Lang, type MessageKey } from '@/lib/i18n';
import { ask } from '@/lib/messaging/client';
import type { Settings } from '@/lib/settings';
import { GrantedPortals } from './GrantedPortals';
import { I18nProvider, useT } from './I18nContext';
import { LocalReport } from './report/LocalReport';
import { MergeReports } from './report/MergeReports';
import { SessionTimeoutField } from './session/SessionTimeoutField';
import { UsageChoice } from './usage/UsageChoice';
import { usePageSettings } from './usePageSettings';

const LANG_NAMES: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English' };

function OptionsForm({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
  const t = useT();
  const [draft, setDraft] = useState(settings);
  // Kept as a key, so the confirmation follows a language change saved with it.
  const [status, setStatus] = useState<{ key: MessageKey; params?: Record<string, string> } | null>(null);
  const ids = { lang: useId(), size: useId(), read: useId(), url: useId() };
  const urlInvalid = draft.catalogUrl !== '' && !draft.catalogUrl.startsWith('https://');

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (urlInvalid) return setStatus({ key: 'options.invalidUrl' });
    try {
      const saved = await ask({ type: 'settings/set', settings: draft });
      onSaved(saved);
      setStatus({ key: 'options.saved' });
    } catch (error) {
      setStatus({ key: 'options.saveError', params: { error: errorMessage(error) } });
    }
  };

  return (
    <form onSubmit={save}>
      <UsageChoice value={draft.usage} onChange={(usage) => setDraft({ ...draft, usage })} />
      <label htmlFor={ids.lang}>{t('options.language')}</label>
      <select id={ids.lang} value={draft.lang} onChange={(e) => setDraft({ ...draft, lang: e.target.value as Lang })}>
        {LANGS.map((l) => (
          <option key={l} value={l}>
            {LANG_NAMES[l]}
          </option>
        ))}
      </select>
      <label htmlFor={ids.size}>{t('options.textSize')}</label>
      <select
        id={ids.size}
        value={draft.textSize}
        onChange={(e) => setDraft({ ...draft, textSize: e.target.value as Settings['textSize'] })}
      >
        <option value="normal">{t('options.textSize.normal')}</option>
        <option value="large">{t('options.textSize.large')}</option>
      </select>
      <label htmlFor={ids.read}>
        <input
          id={ids.read}
          type="checkbox"
          checked={draft.readAloud}
          onChange={(e) => setDraft({ ...draft, readAloud: e.target.checked })}
        />{' '}
        {t('options.readAloud')}
      </label>
      <label htmlFor={ids.url}>{t('options.catalogUrl')}</label>
      <input
        id={ids.url}
        type="url"
        value={draft.catalogUrl}
        aria-invalid={urlInvalid}
        onChange={(e) => setDraft({ ...draft, catalogUrl: e.target.value.trim() })}
        placeholder="https://"
      />
      <SessionTimeoutField
        value={draft.sessionTimeoutMinutes}
        onChange={(minutes) => setDraft({ ...draft, sessionTimeoutMinutes: minutes })}
      />
      <p>
        <button type="submit">{t('options.save')}</button>
      </p>
      <p role="status">{status && t(status.key, status.params)}</p>
    </form>
  );
}

export function OptionsApp() {
  const [settings, setSettings, loaded] = usePageSettings();
  return (
    <I18nProvider lang={settings.lang}>
      <main>
        <h1>
          <OptionsTitle />
        </h1>
        {loaded && <OptionsForm settings={settings} onSaved={setSettings} />}
        <GrantedPortals />
        <LocalReport />
        <MergeReports />
      </main>
    </I18nProvider>
  );
}

function OptionsTitle() {
  return <>{useT()('options.title')}</>;
}
