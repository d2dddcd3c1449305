import { createContext, useContext } from 'react';
import { type Lang, type Translate, translator } from '@/lib/i18n';

const I18n = createContext<Translate>(translator('vi'));

export function I18nProvider({ lang, children }: { lang: Lang; children: React.ReactNode }) {
  return <I18n.Provider value={translator(lang)}>{children}</I18n.Provider>;
}

export const useT = (): Translate => useContext(I18n);
