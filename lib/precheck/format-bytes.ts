import type { Lang } from '../i18n';

/** One formatter per language, made once: `toLocaleString` with options builds a new one on every call (~1 ms). */
const formatters = new Map<Lang, Intl.NumberFormat>();

/** "1,8 MB" / "1.8 MB": binary kilo- and megabytes (as the limits are), one decimal. */
export function formatBytes(bytes: number, lang: Lang): string {
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
    formatters.set(lang, formatter);
  }
  const fmt = (n: number) => (formatter as Intl.NumberFormat).format(n);
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${fmt(bytes / 1024)} KB`;
  return `${fmt(bytes / (1024 * 1024))} MB`;
}
