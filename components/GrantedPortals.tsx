import { useId } from 'react';
import { patternHost } from '@/lib/portal/other-portals';
import { useT } from './I18nContext';
import { useGrantedPortals } from './useGrantedPortals';

/** Cài đặt: the other portals the user allowed, each with its own revoke button (no prompt: giving up a permission needs none). */
export function GrantedPortals() {
  const t = useT();
  const id = useId();
  const granted = useGrantedPortals();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('options.portals')}</h2>
      {granted.length === 0 ? (
        <p>{t('options.portals.none')}</p>
      ) : (
        <ul>
          {granted.map((pattern) => (
            <li key={pattern}>
              {patternHost(pattern)}{' '}
              <button type="button" onClick={() => void browser.permissions.remove({ origins: [pattern] })}>
                {t('options.portals.revoke', { host: patternHost(pattern) })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
