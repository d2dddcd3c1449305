/**
 * Search folding: lower case, no diacritics, "đ" → "d", words separated by
 * single spaces, and the i/y spelling variants made equal ("kí"/"ký",
 * "lí"/"lý", "mĩ"/"mỹ") since people write both.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\b([bcdghklmnpqrstvx]{1,2})y\b/g, '$1i');
}

export const searchWords = (text: string): string[] => {
  const folded = foldForSearch(text);
  return folded ? folded.split(' ') : [];
};
