import { cleanText, stripPrefixes } from '@/lib/text';

/**
 * List markers the portal and provincial pages put before a paper: "- ", "+ ",
 * "* ", "•", "a)", "đ)", "1.", "1.1.", "(1)", "(iv)", "2/". Removed repeatedly
 * ("- a) …"). Lower-case letters need ")" so that words are never cut.
 */
const MARKER =
  /^(?:[-–—+*•·▪●◦○■□➢➤>✓…)]+|\.{3}|\(?\d{1,2}(?:\.\d{1,2}){0,3}\)|\d{1,2}(?:\.\d{1,2}){0,3}[./](?!\d)|\(?[a-zđ]\)|\(?(?:i{1,3}|iv|v|vi{1,3}|ix|x)\)|[IVX]{1,4}\.(?=\s))\s*/u;

/** Strips list markers off the start of a cleaned text. */
export function stripListMarkers(text: string): string {
  return stripPrefixes(text, MARKER, 4);
}

/**
 * The name shown for an item: NFC, single spaces, list markers off the front
 * and list punctuation (";" ",") off the end; the wording itself is kept.
 */
export function cleanItemName(raw: string): string {
  return stripListMarkers(cleanText(raw))
    .replace(/[\s;,]+$/u, '')
    .trim();
}

/** A case title for display: cleaned, without leading markers or a trailing ":"; null when untitled ("--"). */
export function cleanGroupTitle(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const title = stripListMarkers(cleanText(raw)).replace(/[\s:;]+$/u, '').trim();
  return title && !/^-+$/.test(title) ? title : null;
}
