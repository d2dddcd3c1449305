import type { ChecklistItem } from '@/lib/checklist/schema';
import type { Level } from '@/lib/catalog/schema';
import type { MessageKey, Translate } from '@/lib/i18n';

const LEVEL_KEYS: Record<Level, MessageKey> = {
  commune: 'catalog.level.commune',
  province: 'catalog.level.province',
  ministry: 'catalog.level.ministry',
  other: 'catalog.level.other',
};

export const levelsText = (t: Translate, levels: readonly Level[]) => levels.map((l) => t(LEVEL_KEYS[l])).join(', ');

/** What to do with a paper, in plain words. */
export function actionText(t: Translate, item: ChecklistItem): string {
  switch (item.action) {
    case 'fill':
      return t('catalog.action.fill');
    case 'upload':
      return t('catalog.action.upload');
    case 'present':
      return t('catalog.action.present');
    case 'skip':
      return item.heldBy ? t('catalog.action.skip', { heldBy: item.heldBy }) : t('catalog.action.skipHeld');
  }
}

/** "1 bản chính, 1 bản sao", or '' when the portal gives no counts. */
export function countsText(t: Translate, item: ChecklistItem): string {
  const parts: string[] = [];
  if (item.original) parts.push(t('catalog.item.original', { count: item.original }));
  if (item.copies) parts.push(t('catalog.item.copies', { count: item.copies }));
  return parts.join(', ');
}

export const formatDate = (isoDate: string) => new Date(isoDate).toLocaleDateString('vi-VN', { timeZone: 'UTC' });
