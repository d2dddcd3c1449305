import { fold } from '../text';

/**
 * Search folding: lib/text's fold (lower case, no diacritics, "đ" → "d",
 * single spaces) with the i/y spelling variants made equal ("kí"/"ký",
 * "lí"/"lý", "mĩ"/"mỹ"), since people write both.
 */
export function foldForSearch(text: string): string {
  return fold(text).replace(/\b([bcdghklmnpqrstvx]{1,2})y\b/g, '$1i');
}

export const searchWords = (text: string): string[] => {
  const folded = foldForSearch(text);
  return folded ? folded.split(' ') : [];
};
