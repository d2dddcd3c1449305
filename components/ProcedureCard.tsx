import type { ProcedureHeader } from '@/lib/portal/procedure-header';
import { useT } from './I18nContext';

/** Small card naming the procedure recognised on a detail page. */
export function ProcedureCard({ header, onClose }: { header: ProcedureHeader | null; onClose: () => void }) {
  const t = useT();
  return (
    <section className="dvc-card" aria-labelledby="dvc-card-title" data-testid="procedure-card">
      <header className="dvc-card__head">
        <h2 id="dvc-card-title" className="dvc-card__eyebrow">
          {t('card.recognised')}
        </h2>
        <button type="button" className="dvc-icon-button" onClick={onClose} aria-label={t('card.close')}>
          ×
        </button>
      </header>
      {header ? (
        <>
          <p className="dvc-card__title" data-testid="procedure-name">
            {header.name}
          </p>
          {header.code && <p className="dvc-card__meta">{t('card.code', { code: header.code })}</p>}
        </>
      ) : (
        <p>{t('card.unknownProcedure')}</p>
      )}
    </section>
  );
}
