export { canonicalTones, cleanText, fold, normalizePunctuation, normalizeSpace, stripDiacritics, stripPrefixes, toNfc, toNfd } from './normalize';
export { shorten } from './shorten';
export { untelex } from './telex';
export { containsPhrase, hasFoldedPhrase, tokenize } from './tokenize';
