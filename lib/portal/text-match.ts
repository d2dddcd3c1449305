/**
 * Small, dependency-free folding used by the eager content script to match
 * the portal's visible labels (diacritics, "đ", case, whitespace, trailing ":").
 * lib/text has the full Vietnamese text toolkit; this stays tiny on purpose.
 */
export function foldLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s:：]+$/, '')
    .trim();
}
