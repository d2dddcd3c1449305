import { fold } from './normalize';

/** Folded words of a text ("Thẻ BHYT;" → ["the", "bhyt"]); numbers and codes like "01/2024" stay whole. */
export function tokenize(text: string): string[] {
  const folded = fold(text);
  return folded ? folded.split(' ') : [];
}

/**
 * Whether `phrase` occurs in `text` as whole words, both compared folded
 * (case, diacritics, "đ", tone placement and punctuation do not matter).
 */
export function containsPhrase(text: string, phrase: string): boolean {
  return hasFoldedPhrase(` ${fold(text)} `, fold(phrase));
}

/** Same as containsPhrase for an already folded text padded with spaces (hot paths fold once). */
export function hasFoldedPhrase(paddedFoldedText: string, foldedPhrase: string): boolean {
  return foldedPhrase !== '' && paddedFoldedText.includes(` ${foldedPhrase} `);
}
