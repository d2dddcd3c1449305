import { readFileSync } from 'node:fs';
import path from 'node:path';
import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { toGray } from '../../lib/precheck/gray-image';
import { readJpeg } from '../../lib/precheck/jpeg-luma';
import { REPO_ROOT } from '../../scripts/shared-data';
import { encodeJpeg, textPage, truncate, withExifOrientation } from '../support/generate-files';

const fixture = (name: string) => new Uint8Array(readFileSync(path.join(REPO_ROOT, 'tests/fixtures/precheck', name)));
const FULL = { targetLongSide: 100_000, maxPixels: 1e8 };

/** Luma from jpeg-js, the reference decoder. */
function reference(bytes: Uint8Array) {
  const d = jpeg.decode(bytes, { useTArray: true });
  return toGray(d.data, d.width, d.height, 4);
}

const meanAbsDiff = (a: Uint8Array, b: Uint8Array) => {
  expect(a.length).toBe(b.length);
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += Math.abs((a[i] as number) - (b[i] as number));
  return sum / a.length;
};

/** Exact 8×8 block means: what a DC-only decode must give. */
function blockMeans(image: { width: number; height: number; data: Uint8Array }) {
  const w = Math.ceil(image.width / 8);
  const h = Math.ceil(image.height / 8);
  const out = new Uint8Array(w * h);
  for (let by = 0; by < h; by++) {
    for (let bx = 0; bx < w; bx++) {
      let sum = 0;
      let n = 0;
      for (let y = by * 8; y < Math.min(image.height, by * 8 + 8); y++) {
        for (let x = bx * 8; x < Math.min(image.width, bx * 8 + 8); x++, n++) sum += image.data[y * image.width + x] as number;
      }
      out[by * w + bx] = Math.round(sum / n);
    }
  }
  return out;
}

describe('readJpeg', () => {
  it('decodes a baseline photo at full scale like jpeg-js', () => {
    const bytes = encodeJpeg(textPage(301, 217), 90);
    const r = readJpeg(bytes, FULL);
    expect(r.problem).toBeNull();
    expect([r.width, r.height]).toEqual([301, 217]);
    expect(meanAbsDiff(r.luma?.data ?? new Uint8Array(), reference(bytes).data)).toBeLessThan(1);
  });

  it.each(['sub420.jpg', 'restart.jpg', 'gray.jpg'])('decodes %s (libjpeg-turbo) like jpeg-js', (name) => {
    const bytes = fixture(name);
    const r = readJpeg(bytes, FULL);
    expect(r.problem).toBeNull();
    expect(meanAbsDiff(r.luma?.data ?? new Uint8Array(), reference(bytes).data)).toBeLessThan(1.5);
  });

  it('decodes a progressive JPEG from its DC scan at 1/8 scale', () => {
    const bytes = fixture('progressive.jpg');
    const r = readJpeg(bytes, FULL);
    expect(r.problem).toBeNull();
    expect([r.luma?.width, r.luma?.height]).toEqual([16, 22]);
    expect(meanAbsDiff(r.luma?.data ?? new Uint8Array(), blockMeans(reference(bytes)))).toBeLessThan(3);
  });

  it('decodes at the smallest scale that still reaches the target size', () => {
    const bytes = encodeJpeg(textPage(1600, 1200), 80);
    expect(readJpeg(bytes, { targetLongSide: 200, maxPixels: 1e8 }).luma?.width).toBe(200);
    expect(readJpeg(bytes, { targetLongSide: 400, maxPixels: 1e8 }).luma?.width).toBe(400);
    expect(readJpeg(bytes, { targetLongSide: 480, maxPixels: 1e8 }).luma?.width).toBe(800);
    const dc = readJpeg(bytes, { targetLongSide: 200, maxPixels: 1e8 });
    expect(meanAbsDiff(dc.luma?.data ?? new Uint8Array(), blockMeans(reference(bytes)))).toBeLessThan(2);
  });

  it('reports a cut file as truncated, in every coding', () => {
    for (const bytes of [encodeJpeg(textPage(200, 300)), fixture('sub420.jpg'), fixture('progressive.jpg'), fixture('restart.jpg')]) {
      expect(readJpeg(truncate(bytes, 0.7), FULL).problem).toBe('truncated');
      expect(readJpeg(bytes.slice(0, -2), FULL).problem).toBe('truncated');
    }
  });

  it('reports damaged entropy data or a missing restart marker as corrupt', () => {
    const bytes = fixture('restart.jpg');
    const noRst = bytes.slice();
    const at = noRst.findIndex((b, i) => b === 0xff && (noRst[i + 1] as number) >= 0xd0 && (noRst[i + 1] as number) <= 0xd7);
    noRst[at + 1] = 0x00; // the marker becomes a stuffed 0xFF data byte
    expect(readJpeg(noRst, FULL).problem).toBe('corrupt');
    const junk = encodeJpeg(textPage(400, 300));
    junk.fill(0xff, 2000, 2400);
    junk[2400] = 0x00;
    expect(readJpeg(junk, FULL).problem).not.toBeNull();
  });

  it('reads the EXIF orientation', () => {
    const bytes = encodeJpeg(textPage(64, 48));
    expect(readJpeg(bytes, FULL).orientation).toBe(1);
    expect(readJpeg(withExifOrientation(bytes, 6), FULL).orientation).toBe(6);
    expect(readJpeg(withExifOrientation(bytes, 3), FULL).orientation).toBe(3);
  });

  it('refuses to decode more pixels than allowed, and never throws on garbage', () => {
    const bytes = encodeJpeg(textPage(400, 300));
    const r = readJpeg(bytes, { targetLongSide: 480, maxPixels: 100_000 });
    expect(r.luma).toBeNull();
    expect(r.width).toBe(400);
    expect(readJpeg(Uint8Array.from([0xff, 0xd8, 0xff, 0xc0, 0, 17, 8]), FULL).problem).toBe('truncated');
    expect(readJpeg(new Uint8Array(50).fill(0xff), FULL).problem).not.toBeNull();
  });
});
