import { useEffect, useId, useRef } from 'react';
import { groupByCase, ownedKey, readiness, withKeys } from '@/lib/catalog/checklist-view';
import { type CatalogItem, type CatalogProcedure, detailUrl } from '@/lib/catalog/schema';
import { useT } from '../I18nContext';
import { ChecklistItemView } from './ChecklistItemView';
import { formatDate, levelsText } from './labels';

/** Focuses a view's heading when it opens, so screen readers announce where the user is. */
export function useFocusOnOpen<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

export function ProcedureFacts({ procedure }: { procedure: CatalogProcedure }) {
  const t = useT();
  return (
    <>
      <p className="dvc-facts">{t('catalog.procedure.code', { code: procedure.code })}</p>
      {procedure.levels.length > 0 && (
        <p className="dvc-facts">{t('catalog.procedure.levels', { levels: levelsText(t, procedure.levels) })}</p>
      )}
      {procedure.field && <p className="dvc-facts">{t('catalog.procedure.field', { field: procedure.field })}</p>}
      {procedure.agency && <p className="dvc-facts">{t('catalog.procedure.agency', { agency: procedure.agency })}</p>}
    </>
  );
}

/** A procedure: its facts, the link to the portal and the checklist grouped by case. */
export function ProcedureView(props: {
  procedure: CatalogProcedure;
  owned: ReadonlySet<string>;
  onOwnedChange: (item: CatalogItem, owned: boolean) => void;
  onBack: () => void;
  onPrepare: () => void;
}) {
  const t = useT();
  const heading = useFocusOnOpen<HTMLHeadingElement>();
  const checklistId = useId();
  const { procedure } = props;
  const url = detailUrl(procedure);
  const items = procedure.checklist?.items ?? [];
  const ready = readiness(items, props.owned);
  return (
    <article className="dvc-procedure" aria-labelledby={`${checklistId}-title`}>
      <p className="dvc-no-print">
        <button type="button" className="dvc-link-button" onClick={props.onBack}>
          ← {t('catalog.procedure.back')}
        </button>
      </p>
      <h2 id={`${checklistId}-title`} ref={heading} tabIndex={-1}>
        {procedure.name}
      </h2>
      <ProcedureFacts procedure={procedure} />
      <p className="dvc-actions">
        {url && (
          <a href={url} target="_blank" rel="noopener noreferrer">
            {t('catalog.procedure.openOnPortal')}
          </a>
        )}{' '}
        {items.length > 0 && (
          <button type="button" onClick={props.onPrepare}>
            {t('catalog.procedure.prepare')}
          </button>
        )}
      </p>
      <section aria-labelledby={checklistId}>
        <h3 id={checklistId}>{t('catalog.procedure.checklist')}</h3>
        {procedure.checklist === null ? (
          <p>{t('catalog.procedure.noChecklist')}</p>
        ) : (
          <>
            {ready.total > 0 && <p role="status">{t('catalog.procedure.owned', ready)}</p>}
            {withKeys(groupByCase(items), (c) => c.title ?? '').map(({ key, value: group }) => (
              <section key={key} className="dvc-case" aria-label={group.title ?? t('checklist.untitledGroup')}>
                <h4>{group.title ?? t('checklist.untitledGroup')}</h4>
                <ul className="dvc-items">
                  {withKeys(group.items, ownedKey).map(({ key: itemKey, value: item }) => (
                    <ChecklistItemView
                      key={itemKey}
                      item={item}
                      owned={props.owned}
                      onOwnedChange={props.onOwnedChange}
                    />
                  ))}
                </ul>
              </section>
            ))}
            {procedure.checklist.unread.length > 0 && (
              <div className="dvc-unread">
                <p>{t('catalog.procedure.unread')}</p>
                <ul>
                  {withKeys(procedure.checklist.unread, (text) => text).map(({ key, value: text }) => (
                    <li key={key}>{text}</li>
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
        <p className="dvc-hint">
          {procedure.source === 'page'
            ? t('catalog.procedure.fromPage', { date: formatDate(procedure.updated) })
            : t('catalog.procedure.fromCatalog', { date: formatDate(procedure.updated) })}
        </p>
      </section>
    </article>
  );
}
