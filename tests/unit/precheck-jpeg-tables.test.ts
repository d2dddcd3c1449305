import { describe, expect, it } from 'vitest';
import { readJpeg } from '../../lib/precheck/jpeg-luma';
import { encodeJpeg, textPage } from '../support/generate-files';

// A file of its own: the Huffman tables kept between files are this module's state, fresh here.
const AT_WORK_SIZE = { targetLongSide: 480, maxPixels: 2e8 };

describe('Huffman tables kept from one file to the next', () => {
  it('hold nothing of the file they came from: its buffer reused for the next file does not change what the next decodes', () => {
    // Noisy photographed pages: long AC codes, whose symbols are looked up in the table's own list.
    const first = encodeJpeg(textPage(1200, 900, { seed: 61, noise: 28 }), 92);
    const second = encodeJpeg(textPage(1200, 900, { seed: 62, noise: 28 }), 92);
    const buffer = first.slice();
    // The first file builds the tables (the encoder writes the same ones in every file)...
    expect(readJpeg(buffer, AT_WORK_SIZE).problem).toBeNull();
    // ...then its buffer is reused, as a worker reads the next picked file into the same memory.
    buffer.fill(0);
    const next = readJpeg(second, AT_WORK_SIZE);
    expect(next.problem).toBeNull();
    // Decoded whole, at 1/2 scale (the smallest whose longer side reaches 480).
    expect([next.luma?.width, next.luma?.height]).toEqual([600, 450]);
    // And as a fresh start decodes it: the same file read again, its tables now its own.
    expect(readJpeg(second.slice(), AT_WORK_SIZE).luma?.data).toEqual(next.luma?.data);
  });
});
