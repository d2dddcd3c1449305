import { createContext, useContext } from 'react';
import { reasonText } from '@/lib/checklist/reason';
import type { ChecklistItem } from '@/lib/checklist/schema';
import { type Lang, type Translate, translator } from '@/lib/i18n';

const I18n = createContext<{ lang: Lang; t: Translate }>({ lang: 'vi', t: translator('vi') });

export function I18nProvider({ lang, children }: { lang: Lang; children: React.ReactNode }) {
  return <I18n.Provider value={{ lang, t: translator(lang) }}>{children}</I18n.Provider>;
}

export const useT = (): Translate => useContext(I18n).t;
export const useLang = (): Lang => useContext(I18n).lang;

/**
 * An item's reason in the UI language, worded from its codes today (a rule
 * past its end date says it may have changed); items stored before reasons
 * had codes keep their Vietnamese text.
 */
export function useReason(): (item: Pick<ChecklistItem, 'reason' | 'reasonCodes'>) => string {
  const { lang } = useContext(I18n);
  return (item) => (item.reasonCodes?.length ? reasonText(item.reasonCodes, lang) : item.reason);
}
