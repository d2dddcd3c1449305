/**
 * Vietnamese text normalisation. Portal texts mix NFC and NFD, old and new
 * tone placement ("hoà"/"hòa"), invisible marks (U+200E inside "đăng k‎ý"),
 * non-breaking spaces and typographic dashes; every comparison goes through
 * these functions so that such differences never decide a match.
 */

/** Zero-width and direction marks the portal leaves inside words. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g;
/** Combining marks after NFD: tones, circumflex, breve, horn. */
const COMBINING = /[\u0300-\u036f]/g;
/** The five tone marks, in NFD. */
const TONE = '[\u0300\u0301\u0303\u0309\u0323]';

/** Unicode NFC with invisible marks removed: the form every stored text uses. */
export function toNfc(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '');
}

/** Unicode NFD (letters and combining marks apart), invisible marks removed. */
export function toNfd(text: string): string {
  return text.replace(INVISIBLE, '').normalize('NFD');
}

/** Removes every diacritic and maps đ/Đ to d/D, keeping case: "Đăng ký" → "Dang ky". */
export function stripDiacritics(text: string): string {
  return toNfd(text).replace(COMBINING, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

// "oa", "oe", "uy" ending a syllable carry the tone on the second vowel in the
// newer style ("hoà", "khoẻ", "thuý") and on the first in the traditional one
// ("hòa", "khỏe", "thúy"). With a final consonant ("hoàng", "khuyết") or after
// "q" ("quý") both styles agree, so those are left alone.
const NEW_STYLE_OA_OE = new RegExp(`^([bcdđghklmnpqrstvx]*)(o)([ae])(${TONE})$`, 'iu');
const NEW_STYLE_UY = new RegExp(`^([bcdđghklmnprstvx]*)(u)(y)(${TONE})$`, 'iu');

/**
 * Canonical tone placement: the traditional style used by most official texts
 * ("hoà" → "hòa", "thuý" → "thúy", "khoẻ" → "khỏe"). Returns NFC.
 */
export function canonicalTones(text: string): string {
  return toNfd(text)
    .replace(/[\p{L}\p{M}]+/gu, (word) => word.replace(NEW_STYLE_OA_OE, '$1$2$4$3').replace(NEW_STYLE_UY, '$1$2$4$3'))
    .normalize('NFC');
}

/** Collapses all whitespace (tabs, line breaks, NBSP) to single spaces and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/**
 * Typographic punctuation to plain ASCII (quotes, dashes, ellipsis) and no
 * space before , ; : . ) — keeps wording, only evens out typing habits.
 */
export function normalizePunctuation(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[ \t]+([,;:.)\]])/g, '$1')
    .replace(/([([])[ \t]+/g, '$1');
}

/** Display form of a portal text: NFC, no invisible marks, single spaces; wording and spelling kept. */
export function cleanText(text: string): string {
  return normalizeSpace(toNfc(text));
}

/**
 * Search key: lower case, no diacritics, "đ" → "d", every mark other than a
 * "/" "." "-" between two digits turned into a space, single spaces.
 * "Hộ chiếu/Thẻ Căn cước; 01/2024" → "ho chieu the can cuoc 01/2024".
 */
export function fold(text: string): string {
  return stripDiacritics(text)
    .toLowerCase()
    .replace(/(?<!\d)[/.-]|[/.-](?!\d)|[^\p{L}\p{N}/.-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Removes `prefix` (an anchored pattern) from the start of `text` as long as it matches, at most `limit` times. */
export function stripPrefixes(text: string, prefix: RegExp, limit = 8): string {
  let out = text;
  for (let i = 0; i < limit; i++) {
    const next = out.replace(prefix, '');
    if (next === out) break;
    out = next;
  }
  return out;
}
