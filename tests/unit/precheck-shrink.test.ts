import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { translator } from '../../lib/i18n';
import { analyzeFile } from '../../lib/precheck/analyze-file';
import { rulesFor } from '../../lib/precheck/limits';
import { decodeUpright, orient, photosToPdf, shrinkImage } from '../../lib/precheck/shrink';
import { encodeJpeg, encodePng, rotate90, textPage, withExifOrientation } from '../support/generate-files';

const ctx = { lang: 'vi' as const, t: translator('vi'), rules: rulesFor('portal-filing') };

describe('orient', () => {
  it('turns stored pixels upright for every EXIF orientation', () => {
    const img = textPage(7, 5, { seed: 9 });
    expect(orient(img, 1)).toBe(img);
    expect(orient(img, 6)).toEqual(rotate90(img));
    expect(orient(img, 3)).toEqual(rotate90(rotate90(img)));
    expect(orient(img, 8)).toEqual(rotate90(rotate90(rotate90(img))));
    // Mirrors and transpositions undo themselves.
    for (const o of [2, 4, 5, 7]) expect(orient(orient(img, o), o)).toEqual(img);
  });
  it('decodes a JPEG with EXIF orientation 6 upright, and PNGs too', () => {
    const stored = textPage(60, 40);
    const upright = decodeUpright(withExifOrientation(encodeJpeg(stored), 6));
    expect([upright?.width, upright?.height]).toEqual([40, 60]);
    expect(decodeUpright(encodePng(stored))?.data).toEqual(stored.data);
    expect(decodeUpright(new Uint8Array([1, 2, 3]))).toBeNull();
  });
});

describe('shrinkImage', () => {
  it('makes a big photo fit the 2 MB portal limit and stay a sharp, readable page', async () => {
    const photo = textPage(2400, 3200);
    const budget = 2 * 1024 * 1024;
    const original = encodeJpeg(photo, 95);
    expect(original.length).toBeGreaterThan(budget);
    const shrunk = await shrinkImage(photo, budget);
    expect(shrunk.fits).toBe(true);
    expect(shrunk.bytes.length).toBeLessThanOrEqual(budget);
    const { checks } = await analyzeFile({ name: 'ban-nho.jpg', size: shrunk.bytes.length, bytes: shrunk.bytes }, null, ctx);
    expect(checks.filter((c) => c.level !== 'ok' && c.level !== 'info')).toEqual([]);
  });
  it('goes smaller for a tight budget, and says when even that does not fit', async () => {
    const photo = textPage(1600, 2000);
    const small = await shrinkImage(photo, 400 * 1024);
    expect(small.fits).toBe(true);
    expect(small.bytes.length).toBeLessThanOrEqual(400 * 1024);
    expect(Math.max(small.width, small.height)).toBeLessThan(2000);
    const impossible = await shrinkImage(photo, 5 * 1024);
    expect(impossible.fits).toBe(false);
    expect(Math.max(impossible.width, impossible.height)).toBeGreaterThanOrEqual(1000);
  });
});

describe('photosToPdf', () => {
  it('merges photos into one A4 PDF under the budget, one page each', async () => {
    const photos = [textPage(1200, 1600, { seed: 1 }), textPage(1200, 1600, { seed: 2 }), textPage(1600, 1200, { seed: 3 })];
    const budget = 1024 * 1024;
    const pdf = await photosToPdf(photos, budget);
    expect(pdf.fits).toBe(true);
    expect(pdf.bytes.length).toBeLessThanOrEqual(budget);
    const doc = await PDFDocument.load(pdf.bytes);
    expect(doc.getPageCount()).toBe(3);
    const { checks } = await analyzeFile({ name: 'gop.pdf', size: pdf.bytes.length, bytes: pdf.bytes }, null, ctx);
    expect(checks.find((c) => c.code === 'pages')?.message).toBe('PDF có 3 trang.');
    expect(checks.find((c) => c.code === 'corrupt')?.level).toBe('ok');
  });
});
