export { canonicalTones, cleanText, fold, normalizePunctuation, normalizeSpace, stripDiacritics, toNfc, toNfd } from './normalize';
export { containsPhrase, hasFoldedPhrase, tokenize } from './tokenize';
