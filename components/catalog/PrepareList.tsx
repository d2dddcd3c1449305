import { useId } from 'react';
import { needsBringing, ownedKey, withKeys } from '@/lib/catalog/checklist-view';
import type { CatalogProcedure } from '@/lib/catalog/schema';
import type { ChecklistItem } from '@/lib/checklist/schema';
import { useT } from '../I18nContext';
import { actionText, countsText } from './labels';
import { OwnedCheckbox } from './OwnedCheckbox';
import { ProcedureFacts, useFocusOnOpen } from './ProcedureView';

function PaperLine(props: {
  item: ChecklistItem;
  owned: ReadonlySet<string>;
  onOwnedChange: (item: ChecklistItem, owned: boolean) => void;
}) {
  const t = useT();
  const nameId = useId();
  const counts = countsText(t, props.item);
  return (
    <li>
      <OwnedCheckbox
        item={props.item}
        nameId={nameId}
        checked={props.owned.has(ownedKey(props.item))}
        onChange={props.onOwnedChange}
      />{' '}
      <span id={nameId}>{props.item.name}</span>{' '}
      <span className="dvc-hint">
        ({actionText(t, props.item)}
        {counts && `, ${counts}`})
      </span>
    </li>
  );
}

/** "Chuẩn bị trước": a plain list for the citizen at home, to print or save as PDF. */
export function PrepareList(props: {
  procedure: CatalogProcedure;
  owned: ReadonlySet<string>;
  onOwnedChange: (item: ChecklistItem, owned: boolean) => void;
  onBack: () => void;
}) {
  const t = useT();
  const heading = useFocusOnOpen<HTMLHeadingElement>();
  const items = props.procedure.checklist?.items ?? [];
  const toBring = items.filter(needsBringing);
  const toFill = items.filter((i) => i.kind === 'paper' && i.action === 'fill');
  const held = items.filter((i) => i.kind === 'paper' && i.action === 'skip');
  const notes = items.filter((i) => i.kind === 'note');
  return (
    <article className="dvc-prepare dvc-print-sheet">
      <p className="dvc-no-print">
        <button type="button" className="dvc-link-button" onClick={props.onBack}>
          ← {t('catalog.prepare.back')}
        </button>{' '}
        <button type="button" onClick={() => window.print()}>
          {t('catalog.prepare.print')}
        </button>
      </p>
      <h2 ref={heading} tabIndex={-1}>
        {t('catalog.prepare.title')}: {props.procedure.name}
      </h2>
      <ProcedureFacts procedure={props.procedure} />
      <p>{t('catalog.prepare.intro')}</p>
      {toBring.length > 0 && (
        <>
          <h3>{t('catalog.prepare.toPrepare')}</h3>
          <ul className="dvc-prepare-list">
            {withKeys(toBring, ownedKey).map(({ key, value: item }) => (
              <PaperLine key={key} item={item} owned={props.owned} onOwnedChange={props.onOwnedChange} />
            ))}
          </ul>
        </>
      )}
      {toFill.length > 0 && (
        <>
          <h3>{t('catalog.action.fill')}</h3>
          <ul>
            {withKeys(toFill, ownedKey).map(({ key, value: item }) => (
              <li key={key}>{item.name}</li>
            ))}
          </ul>
        </>
      )}
      {held.length > 0 && (
        <>
          <h3>{t('catalog.prepare.notNeeded')}</h3>
          <ul>
            {withKeys(held, ownedKey).map(({ key, value: item }) => (
              <li key={key}>
                {item.name} — {actionText(t, item)}
                {item.legalBasis && ` (${t('catalog.item.legalBasis', { basis: item.legalBasis })})`}
              </li>
            ))}
          </ul>
        </>
      )}
      {notes.length > 0 && (
        <>
          <h3>{t('catalog.prepare.notes')}</h3>
          <ul>
            {withKeys(notes, ownedKey).map(({ key, value: item }) => (
              <li key={key}>{item.name}</li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
