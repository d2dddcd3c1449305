import { z } from 'zod/mini';
import { zipEntryNames } from './zip-entries';

/** File kinds the pre-check tells apart by content. `doc` is any OLE compound file (Word 97–2003 and kin). */
export const FILE_KINDS = ['pdf', 'jpeg', 'png', 'gif', 'webp', 'heic', 'doc', 'docx', 'zip', 'unknown'] as const;
export const FileKind = z.enum(FILE_KINDS);
export type FileKind = z.infer<typeof FileKind>;

/** What users call each kind, in messages. */
export const KIND_LABELS: Record<FileKind, string> = {
  pdf: 'PDF',
  jpeg: 'JPEG',
  png: 'PNG',
  gif: 'GIF',
  webp: 'WebP',
  heic: 'HEIC',
  doc: 'Word (.doc)',
  docx: 'Word (.docx)',
  zip: 'ZIP',
  unknown: '?',
};

const EXTENSIONS: Record<string, FileKind> = {
  pdf: 'pdf',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  jpe: 'jpeg',
  jfif: 'jpeg',
  png: 'png',
  gif: 'gif',
  webp: 'webp',
  heic: 'heic',
  heif: 'heic',
  doc: 'doc',
  docx: 'docx',
  zip: 'zip',
};

/** The kind a file name claims by its extension (`unknown` when none or unfamiliar). */
export function kindFromName(name: string): FileKind {
  const dot = name.lastIndexOf('.');
  if (dot < 0) return 'unknown';
  return EXTENSIONS[name.slice(dot + 1).toLowerCase()] ?? 'unknown';
}

/** Where "%PDF-" may start: the spec tolerates junk before the header. */
const PDF_HEADER_WINDOW = 1024;
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** The real kind of a file by its magic bytes. Reads a few bytes, never decompresses. */
export function sniffKind(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 4, 8) === 'ftyp' && HEIC_BRANDS.has(ascii(bytes, 8, 12))) return 'heic';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return zipEntryNames(bytes).some((name) => name.startsWith('word/')) ? 'docx' : 'zip';
  }
  if (findAscii(bytes, '%PDF-', 0, PDF_HEADER_WINDOW) >= 0) return 'pdf';
  return 'unknown';
}

/** Offset of an ASCII string within bytes[from, to), or -1. Scans only that window. */
export function findAscii(bytes: Uint8Array, text: string, from = 0, to = bytes.length): number {
  const start = Math.max(0, from);
  const view = bytes.subarray(start, Math.min(to, bytes.length));
  const first = text.charCodeAt(0);
  const last = view.length - text.length;
  for (let i = view.indexOf(first); i >= 0 && i <= last; i = view.indexOf(first, i + 1)) {
    let j = 1;
    while (j < text.length && view[i + j] === text.charCodeAt(j)) j++;
    if (j === text.length) return start + i;
  }
  return -1;
}

/** Offset of the last occurrence of an ASCII string within bytes[from, to), or -1. */
export function findLastAscii(bytes: Uint8Array, text: string, from = 0, to = bytes.length): number {
  let found = -1;
  for (let at = findAscii(bytes, text, from, to); at >= 0; at = findAscii(bytes, text, at + 1, to)) found = at;
  return found;
}
