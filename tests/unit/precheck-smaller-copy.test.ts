import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { translator } from '../../lib/i18n';
import { analyzeFile } from '../../lib/precheck/analyze-file';
import { rulesFor } from '../../lib/precheck/limits';
import { handleShrinkRequest, makeSmallerCopy } from '../../lib/precheck/make-smaller-copy';
import { MAX_LONG_SIDE } from '../../lib/precheck/shrink';
import { smallerCopyName, smallerCopyReason } from '../../lib/precheck/smaller-copy';
import { encodeJpeg, scannedPdf, textPage, textPdf, withExifOrientation } from '../support/generate-files';

const rules = rulesFor('portal-filing');
const ctx = { lang: 'vi' as const, t: translator('vi'), rules };
const analyze = (name: string, bytes: Uint8Array) => analyzeFile({ name, size: bytes.length, bytes }, null, ctx);
/** A site with a small limit keeps the generated photos small (and the test fast); the path is the same. */
const LIMIT = 300_000;

describe('smallerCopyReason', () => {
  const photo = { kind: 'jpeg' as const, size: 500_000, checks: [], pixels: { width: 1600, height: 1200 } };
  it('offers a copy for a photo or scan over the limit, turned, or far larger than a page needs', () => {
    expect(smallerCopyReason({ ...photo, size: 2_500_000 }, rules.maxFileBytes)).toBe('too-large');
    expect(smallerCopyReason({ ...photo, kind: 'pdf', size: 2_500_000, pixels: null }, rules.maxFileBytes)).toBe('too-large');
    expect(smallerCopyReason({ ...photo, checks: [{ code: 'rotated', level: 'warn', message: '' }] }, rules.maxFileBytes)).toBe('rotated');
    expect(smallerCopyReason({ ...photo, pixels: { width: 6000, height: 8000 } }, rules.maxFileBytes)).toBe('oversized');
  });
  it('offers nothing for a fine photo, a PDF within the limit, a landscape hint or a Word file', () => {
    expect(smallerCopyReason(photo, rules.maxFileBytes)).toBeNull();
    expect(smallerCopyReason({ ...photo, kind: 'pdf', pixels: null }, rules.maxFileBytes)).toBeNull();
    expect(smallerCopyReason({ ...photo, checks: [{ code: 'rotated', level: 'info', message: '' }] }, rules.maxFileBytes)).toBeNull();
    expect(smallerCopyReason({ ...photo, kind: 'docx', size: 5_000_000 }, rules.maxFileBytes)).toBeNull();
  });
  it('names the copy after the original', () => {
    expect(smallerCopyName('Ảnh CCCD.JPEG', 'image/jpeg')).toBe('Ảnh CCCD-ban-nho.jpg');
    expect(smallerCopyName('scan.pdf', 'application/pdf')).toBe('scan-ban-nho.pdf');
    expect(smallerCopyName('.png', 'image/jpeg')).toBe('tep-ban-nho.jpg');
  });
});

describe('makeSmallerCopy', () => {
  it('turns a sideways phone photo over the limit into an upright JPEG under it, at a readable size, that passes the checks', async () => {
    // Stored 1200×1600 with EXIF "turn 90°": it shows as 1600×1200.
    const stored = textPage(1200, 1600, { noise: 12 });
    const photo = withExifOrientation(encodeJpeg(stored, 95), 6);
    expect(photo.length).toBeGreaterThan(LIMIT);

    const copy = await makeSmallerCopy('anh.jpg', photo, LIMIT);
    if (typeof copy === 'string') throw new Error(copy);
    expect(copy).toMatchObject({ name: 'anh-ban-nho.jpg', type: 'image/jpeg', fits: true });
    expect(copy.bytes.length).toBeLessThanOrEqual(LIMIT);
    const after = await analyzeFile({ name: copy.name, size: copy.bytes.length, bytes: copy.bytes }, null, { ...ctx, rules: { ...rules, maxFileBytes: LIMIT } });
    // Upright (landscape, no EXIF turn left), still a page one can read.
    expect(after.pixels?.width).toBeGreaterThan(after.pixels?.height ?? Infinity);
    expect(Math.max(after.pixels?.width ?? 0, after.pixels?.height ?? 0)).toBeGreaterThanOrEqual(1000);
    expect(after.checks.filter((c) => c.level === 'warn' || c.level === 'error')).toEqual([]);
  });
  it('keeps a photo within the limit at A4 200 dpi at most, upright', async () => {
    const copy = await makeSmallerCopy('big.jpg', encodeJpeg(textPage(2600, 1000), 70), 5_000_000);
    if (typeof copy === 'string') throw new Error(copy);
    const after = await analyze(copy.name, copy.bytes);
    expect(Math.max(after.pixels?.width ?? 0, after.pixels?.height ?? 0)).toBe(MAX_LONG_SIDE);
  });
  it('re-encodes the photos of a scanned PDF, page for page, under the limit', async () => {
    const pages = [textPage(1000, 1400, { seed: 1, noise: 12 }), textPage(1000, 1400, { seed: 2, noise: 12 })].map((p) => encodeJpeg(p, 95));
    const scan = await scannedPdf(pages);
    const limit = 2 * LIMIT;
    expect(scan.length).toBeGreaterThan(limit);
    const copy = await makeSmallerCopy('scan.pdf', scan, limit);
    if (typeof copy === 'string') throw new Error(copy);
    expect(copy).toMatchObject({ name: 'scan-ban-nho.pdf', type: 'application/pdf', fits: true });
    expect(copy.bytes.length).toBeLessThanOrEqual(limit);
    expect((await PDFDocument.load(copy.bytes)).getPageCount()).toBe(2);
  });
  it('refuses a PDF with text (re-encoding would lose it) and bytes that are no image', async () => {
    expect(await makeSmallerCopy('to-khai.pdf', await textPdf(2), LIMIT)).toBe('not-photos');
    expect(await makeSmallerCopy('x.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0, 1, 2]), LIMIT)).toBe('unreadable');
  });
});

describe('handleShrinkRequest', () => {
  it('validates what crosses the thread, and answers with the copy', async () => {
    expect(await handleShrinkRequest({ type: 'shrink', id: 4, site: 'nowhere', file: null })).toEqual({ id: 4, ok: false, error: 'invalid-request' });
    expect(await handleShrinkRequest('shrink')).toEqual({ id: -1, ok: false, error: 'invalid-request' });
    const file = new File([encodeJpeg(textPage(900, 1200), 80) as Uint8Array<ArrayBuffer>], 'a.jpg');
    const reply = await handleShrinkRequest({ type: 'shrink', id: 7, site: 'portal-filing', file });
    expect(reply).toMatchObject({ id: 7, ok: true, copy: { name: 'a-ban-nho.jpg', fits: true } });
  });
});
