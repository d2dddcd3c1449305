import { Unzlib } from 'fflate';

/** Compressed bytes fed at a time: one push then inflates at most ~16 MB (deflate expands ≤ 1032×). */
const SLICE = 16 * 1024;

class TooLarge extends Error {}

/**
 * How many bytes zlib data (PNG image data, a PDF's FlateDecode stream)
 * inflates to, found out without keeping the output; null as soon as it goes
 * over `limit`: a few kilobytes crafted to inflate to gigabytes
 * ("decompression bomb") must not take the tab's memory. Data that is not
 * valid zlib counts what it gave: the decoder run afterwards reports it.
 */
export function inflatedSize(parts: Iterable<Uint8Array>, limit: number): number | null {
  let total = 0;
  const inflater = new Unzlib((chunk) => {
    total += chunk.length;
    if (total > limit) throw new TooLarge();
  });
  try {
    for (const part of parts) {
      for (let at = 0; at < part.length; at += SLICE) inflater.push(part.subarray(at, at + SLICE), false);
    }
    inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof TooLarge) return null;
  }
  return total;
}
