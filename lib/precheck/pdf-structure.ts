import { findAscii, findLastAscii } from './file-type';

export type PdfDamage = 'truncated' | 'broken-xref';

export interface PdfStructure {
  damage: PdfDamage | null;
  /** The trailer names an /Encrypt dictionary: the file needs a password or has restrictions. */
  encrypted: boolean;
}

/** Readers look for %%EOF and startxref in the last kilobyte; allow a little trailing junk. */
const TAIL = 2048;
/** How far back from startxref a classic trailer dictionary may start. */
const TRAILER_WINDOW = 64 * 1024;
const latin1 = new TextDecoder('latin1');

/**
 * Checks a PDF's skeleton without parsing it: the end marker (a download or
 * scan cut short loses it), the cross-reference offset (where a reader starts)
 * and the trailer's /Encrypt entry. Looks only at the tail and one offset, so
 * it costs the same for 10 KB and 100 MB.
 */
export function readPdfStructure(bytes: Uint8Array): PdfStructure {
  const tailStart = Math.max(0, bytes.length - TAIL);
  if (findAscii(bytes, '%%EOF', tailStart) < 0) return { damage: 'truncated', encrypted: false };
  const startxref = findLastAscii(bytes, 'startxref', tailStart);
  if (startxref < 0) return { damage: 'broken-xref', encrypted: false };
  const match = /^startxref\s+(\d+)/.exec(latin1.decode(bytes.subarray(startxref, startxref + 40)));
  const offset = match ? Number(match[1]) : Number.NaN;
  if (!(offset >= 0 && offset < startxref)) return { damage: 'broken-xref', encrypted: false };
  const head = latin1.decode(bytes.subarray(offset, Math.min(offset + 4096, startxref))).replace(/^\s+/, '');
  if (head.startsWith('xref')) {
    const trailer = findLastAscii(bytes, 'trailer', Math.max(offset, startxref - TRAILER_WINDOW), startxref);
    const dict = trailer < 0 ? '' : latin1.decode(bytes.subarray(trailer, startxref));
    return { damage: trailer < 0 ? 'broken-xref' : null, encrypted: dict.includes('/Encrypt') };
  }
  // A cross-reference stream: its dictionary is the trailer.
  if (/^\d+\s+\d+\s+obj\b/.test(head)) {
    const dictEnd = head.indexOf('stream');
    return { damage: null, encrypted: (dictEnd < 0 ? head : head.slice(0, dictEnd)).includes('/Encrypt') };
  }
  return { damage: 'broken-xref', encrypted: false };
}
