import { en } from './en';
import { type MessageKey, vi } from './vi';

export type { MessageKey } from './vi';
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const tables: Record<Lang, Record<MessageKey, string>> = { vi, en };

/** The one i18n mechanism: typed keys, `{name}` placeholders, Vietnamese fallback. */
export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const text = tables[lang][key] ?? vi[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
export const translator =
  (lang: Lang): Translate =>
  (key, params) =>
    translate(lang, key, params);
