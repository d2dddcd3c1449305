import { useEffect, useState } from 'react';
import { errorMessage } from '@/lib/error-message';
import type { CatalogStatus } from '@/lib/messaging/catalog';
import { ask } from '@/lib/messaging/client';
import { adoptServedKnowledge } from '@/lib/messaging/knowledge-client';
import type { MessageKey } from '@/lib/i18n';
import type { UpdateFailure } from '@/lib/catalog/update';
import { useT } from '../I18nContext';
import { formatDate } from './labels';

const reasonKey = (reason: string) => `catalog.update.${reason as UpdateFailure}` as MessageKey;

/** Which catalog is in use, its source, and the update from the catalog URL with why it failed. */
export function CatalogInfo() {
  const t = useT();
  // undefined: not answered yet (the catalog may still be being prepared); null: could not be read.
  const [status, setStatus] = useState<CatalogStatus | null | undefined>(undefined);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    ask({ type: 'catalog/status' }).then(setStatus, () => setStatus(null));
  }, []);

  const update = async () => {
    setBusy(true);
    setMessage(t('catalog.info.updating'));
    try {
      const outcome = await ask({ type: 'catalog/update-from-url' });
      // The rules the new catalog brought apply in this panel from now on.
      if (outcome.ok) await adoptServedKnowledge();
      setMessage(
        outcome.ok
          ? t('catalog.info.updated', { version: outcome.version, count: outcome.count })
          : t('catalog.info.failed', { reason: t(reasonKey(outcome.reason)) }),
      );
      setStatus(await ask({ type: 'catalog/status' }));
    } catch (error) {
      setMessage(t('error.generic', { error: errorMessage(error) }));
    } finally {
      setBusy(false);
    }
  };

  const last = status?.lastUpdate;
  return (
    <footer className="dvc-catalog-info dvc-no-print">
      {status === undefined && <p>{t('catalog.preparing')}</p>}
      {status?.meta && (
        <p>{t('catalog.info.summary', { count: status.meta.count.toLocaleString('vi-VN'), date: formatDate(status.meta.date) })}</p>
      )}
      <p className="dvc-hint">{t('catalog.info.source')}</p>
      {last && !last.ok && last.reason && !message && (
        <p>
          {t('catalog.info.lastFailed', {
            at: new Date(last.at).toLocaleString('vi-VN'),
            reason: t(reasonKey(last.reason)),
          })}
        </p>
      )}
      {status?.hasUpdateUrl && (
        <p>
          <button type="button" onClick={update} disabled={busy}>
            {t('catalog.info.update')}
          </button>
        </p>
      )}
      <p role="status">{message}</p>
    </footer>
  );
}
