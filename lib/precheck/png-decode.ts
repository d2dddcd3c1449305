import { type DecodedPng, decode } from 'fast-png';
import { inflatedSize } from './inflate-limit';
import { readPngStructure, u32 } from './png-structure';

/** Samples per pixel by IHDR colour type (grey, RGB, palette, grey + alpha, RGBA). */
const SAMPLES: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

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

function* imageData(bytes: Uint8Array): Generator<Uint8Array> {
  for (let at = 8; at + 12 <= bytes.length; ) {
    const length = u32(bytes, at);
    if (String.fromCharCode(...bytes.subarray(at + 4, at + 8)) === 'IDAT') yield bytes.subarray(at + 8, at + 8 + length);
    at += 12 + length;
  }
}

/**
 * Decodes a PNG whose structure is sound and whose header declares no more
 * than `maxPixels`; null otherwise. Throws when the image data inflates to
 * more than the header allows (damaged, or built to exhaust memory), before
 * the decoder allocates any of it.
 */
export function decodePngWithin(bytes: Uint8Array, maxPixels: number): DecodedPng | null {
  const { width, height, damage } = readPngStructure(bytes);
  if (damage || width * height > maxPixels) return null;
  if (inflatedSize(imageData(bytes), inflatedSizeBound(bytes, width, height)) === null) throw new Error('PNG image data larger than its header says');
  return decode(bytes);
}
