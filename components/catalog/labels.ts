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

const ACTION_KEYS: Record<Exclude<ChecklistItem['action'], 'skip'>, MessageKey> = {
  fill: 'checklist.action.fill',
  upload: 'checklist.action.upload',
  present: 'checklist.action.present',
};

/** What to do with a paper, in the overlay's words; a held paper also says where the state holds it. */
export function actionText(t: Translate, item: ChecklistItem): string {
  if (item.action !== 'skip') return t(ACTION_KEYS[item.action]);
  return item.heldBy ? t('catalog.action.skip', { heldBy: item.heldBy }) : t('catalog.action.skipHeld');
}

/** "1 bản chính, 1 bản sao", or '' when the portal gives no counts. */
export function countsText(t: Translate, item: ChecklistItem): string {
  const parts: string[] = [];
  if (item.original) parts.push(t('checklist.count.original', { n: item.original }));
  if (item.copies) parts.push(t('checklist.count.copies', { n: item.copies }));
  return parts.join(', ');
}

export const formatDate = (isoDate: string) => new Date(isoDate).toLocaleDateString('vi-VN', { timeZone: 'UTC' });
