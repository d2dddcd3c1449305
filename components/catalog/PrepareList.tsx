import { Fragment, useId } from 'react';
import { needsBringing, ownedKey, withKeys } from '@/lib/catalog/checklist-view';
import type { CatalogItem, CatalogProcedure } from '@/lib/catalog/schema';
import { useT } from '../I18nContext';
import { actionText, countsText } from './labels';
import { OwnedCheckbox } from './OwnedCheckbox';
import { ProcedureFacts, useFocusOnOpen } from './ProcedureView';

function PaperLine(props: {
  item: CatalogItem;
  owned: ReadonlySet<string>;
  onOwnedChange: (item: CatalogItem, owned: boolean) => void;
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

/** A heading and its list, or nothing when the list is empty. */
function PaperSection(props: {
  title: string;
  items: CatalogItem[];
  className?: string;
  children: (item: CatalogItem) => React.ReactElement;
}) {
  if (props.items.length === 0) return null;
  return (
    <>
      <h3>{props.title}</h3>
      <ul className={props.className}>
        {withKeys(props.items, ownedKey).map(({ key, value }) => (
          <Fragment key={key}>{props.children(value)}</Fragment>
        ))}
      </ul>
    </>
  );
}

/** "Chuẩn bị trước": a plain list for the citizen at home, to print or save as PDF. */
export function PrepareList(props: {
  procedure: CatalogProcedure;
  owned: ReadonlySet<string>;
  onOwnedChange: (item: CatalogItem, owned: boolean) => void;
  onBack: () => void;
}) {
  const t = useT();
  const heading = useFocusOnOpen<HTMLHeadingElement>();
  const items = props.procedure.checklist?.items ?? [];
  const toBring = items.filter((i) => needsBringing(i) && !i.conditional);
  const ifApplies = items.filter((i) => needsBringing(i) && i.conditional);
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
      <PaperSection title={t('catalog.prepare.toPrepare')} items={toBring} className="dvc-prepare-list">
        {(item) => <PaperLine item={item} owned={props.owned} onOwnedChange={props.onOwnedChange} />}
      </PaperSection>
      <PaperSection title={t('catalog.prepare.conditional')} items={ifApplies} className="dvc-prepare-list">
        {(item) => <PaperLine item={item} owned={props.owned} onOwnedChange={props.onOwnedChange} />}
      </PaperSection>
      <PaperSection title={t('checklist.action.fill')} items={toFill}>
        {(item) => <li>{item.name}</li>}
      </PaperSection>
      <PaperSection title={t('catalog.prepare.notNeeded')} items={held}>
        {(item) => (
          <li>
            {item.name} — {actionText(t, item)}
            {item.legalBasis && ` (${t('checklist.legalBasis', { basis: item.legalBasis })})`}
          </li>
        )}
      </PaperSection>
      <PaperSection title={t('catalog.prepare.notes')} items={notes}>
        {(item) => <li>{item.name}</li>}
      </PaperSection>
    </article>
  );
}
