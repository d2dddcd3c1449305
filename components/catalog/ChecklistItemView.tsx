import { useId } from 'react';
import { needsBringing, ownedKey } from '@/lib/catalog/checklist-view';
import type { CatalogItem } from '@/lib/catalog/schema';
import { useReason, useT } from '../I18nContext';
import { actionText, countsText } from './labels';
import { OwnedCheckbox } from './OwnedCheckbox';

/** One row of the checklist: the paper, what to do with it and why, and the "đã có" tick. */
export function ChecklistItemView(props: {
  item: CatalogItem;
  owned: ReadonlySet<string>;
  onOwnedChange: (item: CatalogItem, owned: boolean) => void;
}) {
  const t = useT();
  const reason = useReason();
  const nameId = useId();
  const { item } = props;
  if (item.kind === 'note') {
    return (
      <li className="dvc-item dvc-item-note">
        <span className="dvc-item-tag">{t('catalog.item.note')}:</span> <span id={nameId}>{item.name}</span>
      </li>
    );
  }
  const counts = countsText(t, item);
  return (
    <li className={`dvc-item dvc-item-${item.action}`}>
      <p className="dvc-item-name" id={nameId}>
        {item.name}
      </p>
      <p className="dvc-item-action">
        <strong>{actionText(t, item)}</strong>
        {counts && ` · ${counts}`}
        {item.conditional && <span className="dvc-badge">{t('checklist.conditional')}</span>}
        {item.oneOf && <span className="dvc-badge">{t('checklist.oneOf')}</span>}
      </p>
      {item.reason && <p className="dvc-item-reason">{reason(item)}</p>}
      {item.form && <p className="dvc-item-detail">{t('checklist.form', { form: item.form })}</p>}
      {item.legalBasis && <p className="dvc-item-detail">{t('checklist.legalBasis', { basis: item.legalBasis })}</p>}
      {needsBringing(item) && (
        <OwnedCheckbox
          item={item}
          nameId={nameId}
          checked={props.owned.has(ownedKey(item))}
          onChange={props.onOwnedChange}
        />
      )}
    </li>
  );
}
