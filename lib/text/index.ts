export { canonicalTones, cleanText, fold, normalizePunctuation, normalizeSpace, stripDiacritics, stripPrefixes, toNfc, toNfd } from './normalize';
export { containsPhrase, hasFoldedPhrase, tokenize } from './tokenize';
