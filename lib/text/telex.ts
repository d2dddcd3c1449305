/**
 * A folded word typed with Telex keys but no input method to turn them into
 * marks ("ddawng kys" for "đăng ký", "sinhf" for "sinh"), as plain letters:
 * "dd" starting a word is "đ", a doubled a/e/o or a "w" is a vowel mark, and
 * s f r x j after the first vowel are tone keys (no Vietnamese syllable has
 * them there). Only meaningful for a word that is not Vietnamese as typed:
 * "visa" would lose its "s", so callers apply it to unknown words only.
 */
export function untelex(word: string): string {
  const vowel = word.search(/[aeiouyw]/);
  if (vowel < 0) return word;
  const initial = word.slice(0, vowel).replace(/^dd/, 'd');
  const rest = word
    .slice(vowel)
    .replace(/[sfrxj]/g, '')
    .replace(/([aeo])\1/g, '$1')
    .replace(/([aou])w/g, '$1')
    .replace(/w/g, 'u');
  return initial + rest;
}
