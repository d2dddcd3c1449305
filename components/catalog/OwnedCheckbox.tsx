import { useId } from 'react';
import type { CatalogItem } from '@/lib/catalog/schema';
import { useT } from '../I18nContext';

/** "Đã có" for one paper; its accessible name also says which paper ("Đã có Giấy chứng sinh…"). */
export function OwnedCheckbox(props: {
  item: CatalogItem;
  nameId: string;
  checked: boolean;
  onChange: (item: CatalogItem, owned: boolean) => void;
}) {
  const t = useT();
  const id = useId();
  return (
    <label className="dvc-owned" htmlFor={id}>
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        aria-labelledby={`${id}-text ${props.nameId}`}
        onChange={(e) => props.onChange(props.item, e.target.checked)}
      />{' '}
      <span id={`${id}-text`}>{t('catalog.item.owned')}</span>
    </label>
  );
}
