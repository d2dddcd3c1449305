import { useId, useState } from 'react';
import { errorMessage } from '@/lib/error-message';
import type { MessageKey } from '@/lib/i18n';
import { OTHER_PORTAL_MATCHES } from '@/lib/portal/hosts';
import { patternHost } from '@/lib/portal/other-portals';
import { useT } from './I18nContext';
import { useGrantedPortals } from './useGrantedPortals';

/**
 * The side panel's offer for a provincial or ministry portal: the user names
 * the site (the panel cannot read another site's address without a permission
 * it does not ask for) and allows that one origin. Chrome's own prompt asks;
 * the request runs in the click itself, as Chrome requires a user gesture.
 */
export function OtherPortalAccess() {
  const t = useT();
  const id = useId();
  const granted = useGrantedPortals();
  const [choice, setChoice] = useState<string>(OTHER_PORTAL_MATCHES[0] as string);
  const [status, setStatus] = useState<{ key: MessageKey; params: Record<string, string> } | null>(null);
  const host = patternHost(choice);
  const enable = () => {
    browser.permissions.request({ origins: [choice] }).then(
      (ok) => setStatus({ key: ok ? 'otherPortal.enabled' : 'otherPortal.refused', params: { host } }),
      (error: unknown) => setStatus({ key: 'otherPortal.failed', params: { error: errorMessage(error) } }),
    );
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('otherPortal.region')}</h2>
      <p>{t('otherPortal.explain')}</p>
      <label htmlFor={`${id}-site`}>{t('otherPortal.site')}</label>
      <select id={`${id}-site`} value={choice} onChange={(e) => setChoice(e.target.value)}>
        {OTHER_PORTAL_MATCHES.map((pattern) => (
          <option key={pattern} value={pattern}>
            {patternHost(pattern)}
          </option>
        ))}
      </select>
      {granted.includes(choice) ? (
        <p role="status">{t('otherPortal.enabled', { host })}</p>
      ) : (
        <>
          <button type="button" onClick={enable}>
            {t('otherPortal.enable')}
          </button>
          <p role="status">{status && t(status.key, status.params)}</p>
        </>
      )}
    </section>
  );
}
