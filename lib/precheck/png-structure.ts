import { crc32 } from './crc32';

export type PngDamage = 'truncated' | 'corrupt';

export interface PngStructure {
  width: number;
  height: number;
  damage: PngDamage | null;
}

/** A big-endian unsigned 32-bit integer, as PNG writes lengths and sizes. */
export const u32 = (b: Uint8Array, at: number) =>
  (((b[at] as number) << 24) | ((b[at + 1] as number) << 16) | ((b[at + 2] as number) << 8) | (b[at + 3] as number)) >>> 0;

/**
 * Walks a PNG's chunks: IHDR first, every chunk inside the file with a
 * matching CRC, and IEND at the end. A file cut short loses IEND; a flipped
 * byte breaks a CRC. Decoding is left to the caller, after this passes.
 */
export function readPngStructure(bytes: Uint8Array): PngStructure {
  const out: PngStructure = { width: 0, height: 0, damage: null };
  let at = 8;
  let first = true;
  for (;;) {
    if (at + 12 > bytes.length) return { ...out, damage: 'truncated' };
    const length = u32(bytes, at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (length > 0x7fffffff || end > bytes.length) return { ...out, damage: 'truncated' };
    if (first) {
      if (type !== 'IHDR' || length < 13) return { ...out, damage: 'corrupt' };
      out.width = u32(bytes, at + 8);
      out.height = u32(bytes, at + 12);
      first = false;
    }
    if (crc32(bytes, at + 4, at + 8 + length) !== u32(bytes, at + 8 + length)) return { ...out, damage: 'corrupt' };
    if (type === 'IEND') return out;
    at = end;
  }
}
