import { type DecodedPng, decode } from 'fast-png';
import { inflatedSize } from './inflate-limit';
import { readPngStructure, u32 } from './png-structure';

/** Samples per pixel by IHDR colour type (grey, RGB, palette, grey + alpha, RGBA). */
const SAMPLES: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** The chunks that make the pixels; the rest (profiles, text, EXIF) may be compressed too, and nothing here needs them. */
const PIXEL_CHUNKS = new Set(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND']);
const SIGNATURE_BYTES = 8;

/**
 * What the image data of a PNG with this header inflates to at most: one
 * filter byte and the samples of each row; interlacing adds a filter byte per
 * row of each of its seven passes.
 */
function inflatedSizeBound(bytes: Uint8Array, width: number, height: number): number {
  const depth = bytes[24] ?? 16;
  const samples = SAMPLES[bytes[25] ?? 6] ?? 4;
  const interlaced = bytes[28] === 1;
  return height * (1 + Math.ceil((width * samples * depth) / 8)) + (interlaced ? 7 * (height + 1) : 0);
}

/** Each chunk of a structurally sound PNG: its type, and where it starts and ends (length, type, data, CRC). */
function* chunks(bytes: Uint8Array): Generator<{ type: string; start: number; end: number }> {
  for (let at = SIGNATURE_BYTES; at + 12 <= bytes.length; ) {
    const end = at + 12 + u32(bytes, at);
    yield { type: String.fromCharCode(...bytes.subarray(at + 4, at + 8)), start: at, end };
    at = end;
  }
}

function* imageData(bytes: Uint8Array): Generator<Uint8Array> {
  for (const c of chunks(bytes)) if (c.type === 'IDAT') yield bytes.subarray(c.start + 8, c.end - 4);
}

/** The PNG with only the chunks that make its pixels: a colour profile or text inflating to gigabytes costs nothing. */
function pixelChunksOnly(bytes: Uint8Array): Uint8Array {
  const kept = [...chunks(bytes)].filter((c) => PIXEL_CHUNKS.has(c.type));
  const out = new Uint8Array(kept.reduce((n, c) => n + c.end - c.start, SIGNATURE_BYTES));
  out.set(bytes.subarray(0, SIGNATURE_BYTES));
  let at = SIGNATURE_BYTES;
  for (const c of kept) {
    out.set(bytes.subarray(c.start, c.end), at);
    at += c.end - c.start;
  }
  return out;
}

/**
 * Decodes a PNG whose structure is sound and whose raw image data (what the
 * header declares: rows of samples) is no more than `maxRawBytes`; null
 * otherwise. Throws when the image data inflates to more than the header
 * allows (damaged, or built to exhaust memory), before the decoder allocates
 * any of it. Only the pixel chunks reach the decoder.
 */
export function decodePngWithin(bytes: Uint8Array, maxRawBytes: number): DecodedPng | null {
  const { width, height, damage } = readPngStructure(bytes);
  if (damage || width === 0 || height === 0) return null;
  const raw = inflatedSizeBound(bytes, width, height);
  if (raw > maxRawBytes) return null;
  if (inflatedSize(imageData(bytes), raw) === null) throw new Error('PNG image data larger than its header says');
  return decode(pixelChunksOnly(bytes));
}
