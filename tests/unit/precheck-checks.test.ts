import { beforeAll, describe, expect, it } from 'vitest';
import { checklistFromPortalRecord } from '../../lib/checklist';
import type { ChecklistItem } from '../../lib/checklist/schema';
import { translator } from '../../lib/i18n';
import { analyzeFile } from '../../lib/precheck/analyze-file';
import type { CheckContext } from '../../lib/precheck/checks/context';
import { checkHeldByState } from '../../lib/precheck/checks/held-by-state';
import { checkRowTotal, checkSize } from '../../lib/precheck/checks/too-large';
import { HEAD_BYTES } from '../../lib/precheck/inspect';
import { rulesFor, type SiteRules } from '../../lib/precheck/limits';
import { precheckFiles } from '../../lib/precheck/precheck-files';
import type { PrecheckRow } from '../../lib/precheck/row';
import { type CheckCode, type CheckResult, verdictOf } from '../../lib/precheck/types';
import { checklistItem } from '../support/checklist-item';
import { portalRecords } from '../support/shared-procedures';
import { type NamedFile, pdfBomb, pdfWithUnterminatedObjectStreams, pngBomb, sampleFiles, withBrokenXref } from '../support/generate-files';

const ctxFor = (site: SiteRules['site'] = 'portal-filing', lang: 'vi' | 'en' = 'vi'): CheckContext => ({
  lang,
  t: translator(lang),
  rules: rulesFor(site),
});
const ctx = ctxFor();

let files: Record<string, NamedFile>;
beforeAll(async () => {
  files = await sampleFiles();
}, 120_000);

const sample = (key: string): NamedFile => {
  const file = files[key];
  if (!file) throw new Error(`no sample ${key}`);
  return file;
};

async function checksOf(key: string, row: PrecheckRow | null = null, c = ctx): Promise<CheckResult[]> {
  const f = sample(key);
  return (await analyzeFile({ name: f.name, size: f.bytes.length, bytes: f.bytes }, row, c)).checks;
}

const find = (checks: CheckResult[], code: CheckCode) => checks.find((c) => c.code === code);

describe('empty', () => {
  it('flags a 0-byte file and runs nothing else on it', async () => {
    const checks = await checksOf('empty');
    expect(find(checks, 'empty')).toMatchObject({ level: 'error', message: expect.stringContaining('Tệp rỗng') });
    expect(find(checks, 'type-mismatch')).toBeUndefined();
    expect(verdictOf(checks)).toBe('error');
  });
  it('passes a file with content', async () => {
    expect(find(await checksOf('handPdf'), 'empty')?.level).toBe('ok');
  });
});

describe('type-mismatch', () => {
  it('accepts a JPEG named .jpg', async () => {
    expect(find(await checksOf('sharpJpeg'), 'type-mismatch')).toMatchObject({ level: 'ok', message: 'Đúng định dạng JPEG.' });
  });
  it('warns about a PNG named .jpg and says which extension to use', async () => {
    const check = find(await checksOf('pngNamedJpg'), 'type-mismatch');
    expect(check?.level).toBe('warn');
    expect(check?.message).toContain('PNG');
    expect(check?.message).toContain('.png');
  });
  it('refuses a ZIP renamed .pdf without opening it', async () => {
    const checks = await checksOf('zipNamedPdf');
    expect(find(checks, 'type-mismatch')).toMatchObject({ level: 'error', message: expect.stringContaining('ZIP') });
    expect(find(checks, 'pages')).toBeUndefined();
  });
  it('refuses HEIC photos, which the portal does not take', async () => {
    expect(find(await checksOf('heic'), 'type-mismatch')?.level).toBe('error');
  });
  it('tells Word documents apart and follows the site and the row', async () => {
    expect(find(await checksOf('docx'), 'type-mismatch')).toMatchObject({ level: 'ok', message: 'Đúng định dạng Word (.docx).' });
    expect(find(await checksOf('doc'), 'type-mismatch')?.level).toBe('ok');
    expect(find(await checksOf('docx', null, ctxFor('justice')), 'type-mismatch')?.level).toBe('error');
    const pdfOnly: PrecheckRow = { key: '1', label: 'Tờ khai', item: null, accepts: ['pdf'] };
    expect(find(await checksOf('sharpJpeg', pdfOnly), 'type-mismatch')?.message).toContain('PDF');
  });
  it('refuses content it cannot recognise under a name it cannot either', async () => {
    const bytes = new TextEncoder().encode('hello');
    const { checks } = await analyzeFile({ name: 'ghi-chu.txt', size: bytes.length, bytes }, null, ctx);
    expect(find(checks, 'type-mismatch')?.level).toBe('error');
  });
});

describe('corrupt', () => {
  it.each([
    ['truncatedPdf', 'thiếu phần cuối'],
    ['garbagePdf', 'nội dung không phải PDF'],
    ['truncatedJpeg', 'cắt cụt'],
    ['pngNoIend', 'cắt cụt'],
    ['pngBadCrc', 'hỏng dữ liệu'],
  ])('flags %s', async (key, text) => {
    const checks = await checksOf(key);
    expect(find(checks, 'corrupt')).toMatchObject({ level: 'error', message: expect.stringContaining(text) });
    expect(find(checks, 'blurred')).toBeUndefined();
  });
  it('calls a PDF whose cross-reference is off but which a reader opens likely fine, to redo only if the portal refuses it', async () => {
    const checks = await checksOf('brokenXrefPdf');
    expect(find(checks, 'corrupt')).toMatchObject({ level: 'warn', message: expect.stringContaining('nhiều khả năng vẫn dùng được') });
    expect(find(checks, 'corrupt')?.message).toContain('Chỉ khi cổng không nhận tệp');
    expect(find(checks, 'pages')?.message).toBe('PDF có 1 trang.');
  });
  it('flags a PDF with a wrong cross-reference that no reader can open either', async () => {
    const bytes = withBrokenXref(pdfWithUnterminatedObjectStreams(20_000));
    const { checks } = await analyzeFile({ name: 'hong.pdf', size: bytes.length, bytes }, null, ctx);
    expect(find(checks, 'corrupt')).toMatchObject({ level: 'error', message: expect.stringContaining('hỏng cấu trúc') });
  });
  it('flags a JPEG whose picture data was overwritten', async () => {
    const bytes = sample('sharpJpeg').bytes.slice();
    bytes.fill(0x5a, Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 4000);
    const { checks } = await analyzeFile({ name: 'a.jpg', size: bytes.length, bytes }, null, ctx);
    expect(find(checks, 'corrupt')?.level).toBe('error');
  });
  it.each([
    ['PNG', 'anh-bom.png', () => pngBomb(100), 'Ảnh bị hỏng dữ liệu'],
    ['PDF', 'bom.pdf', () => pdfBomb(100), 'Tệp PDF bị hỏng cấu trúc'],
  ])('flags a %s whose compressed data inflates far beyond what it declares, without inflating it all', async (_kind, name, make, text) => {
    const bytes = make();
    expect(bytes.length).toBeLessThan(1024 * 1024);
    const heapBefore = process.memoryUsage().arrayBuffers;
    const { checks } = await analyzeFile({ name, size: bytes.length, bytes }, null, ctx);
    expect(find(checks, 'corrupt')).toMatchObject({ level: 'error', message: expect.stringContaining(text) });
    // The 100 MB were never held: at most one slice's output (~16 MB) at a time.
    expect(process.memoryUsage().arrayBuffers - heapBefore).toBeLessThan(64 * 1024 * 1024);
  });
  it('opens a PDF whose object streams inflate to a normal size', async () => {
    const small = pdfBomb(1);
    const opened = await analyzeFile({ name: 'nho.pdf', size: small.length, bytes: small }, null, ctx);
    expect(find(opened.checks, 'corrupt')?.level).toBe('ok');
  });
  it.each(['validPdf', 'handPdf', 'sharpJpeg', 'sharpPng'])('passes %s', async (key) => {
    expect(find(await checksOf(key), 'corrupt')?.level).toBe('ok');
  });
});

describe('encrypted and pages', () => {
  it('flags a PDF with /Encrypt in its trailer and says to remove the password', async () => {
    const checks = await checksOf('encryptedPdf');
    expect(find(checks, 'encrypted')).toMatchObject({ level: 'error', message: expect.stringContaining('mật khẩu') });
    expect(verdictOf(checks)).toBe('error');
  });
  it('passes an ordinary PDF and reports its page count as information', async () => {
    const checks = await checksOf('validPdf');
    expect(find(checks, 'encrypted')?.level).toBe('ok');
    expect(find(checks, 'pages')).toEqual({ code: 'pages', level: 'info', message: 'PDF có 3 trang.' });
    expect(verdictOf(checks)).toBe('ok');
  });
});

describe('too-large', () => {
  const MB = 1024 * 1024;
  it('refuses files over 2 MB on the portal one-page filing, counting 2 MB as 2,000,000 bytes (the safe side), and says which limit', () => {
    expect(checkSize(2_000_001, ctx)?.level).toBe('error');
    expect(checkSize(2_000_000, ctx)?.level).toBe('ok');
    expect(checkSize(2_050_000, ctx)).toEqual({
      code: 'too-large',
      level: 'error',
      message: expect.stringContaining('Tệp nặng 2.050.000 byte, quá giới hạn 2MB (2.000.000 byte) của trang nộp hồ sơ trên Cổng Dịch vụ công quốc gia'),
    });
    expect(checkSize(3 * MB, ctx)?.message).toContain('3 MB');
    expect(checkSize(2_050_000, ctxFor('portal-filing', 'en'))?.message).toContain('2,050,000 byte, over the 2MB (2,000,000 byte) limit');
  });
  it('only warns where the limit is a guess (Justice wizard)', () => {
    expect(checkSize(6 * MB, ctxFor('justice'))?.level).toBe('warn');
    expect(checkSize(4 * MB, ctxFor('justice'))?.level).toBe('ok');
  });
  it('adds up the files of one paper on the liên thông portal (2.6 MB per paper type)', () => {
    const lienthong = ctxFor('lienthong');
    expect(checkSize(2_500_000, lienthong)?.level).toBe('ok');
    expect(checkSize(2.5 * MB, lienthong)?.level).toBe('error');
    expect(checkRowTotal([1.5 * MB, 1.5 * MB], lienthong)?.level).toBe('error');
    expect(checkRowTotal([1_300_000, 1_300_001], lienthong)?.message).toContain('2.6MB (2.600.000 byte) cho một loại giấy tờ của Cổng dịch vụ công liên thông');
    expect(checkRowTotal([1.5 * MB, 0.9 * MB], lienthong)).toBeNull();
    expect(checkRowTotal([1.5 * MB, 1.5 * MB], ctx)).toBeNull();
  });
  it('puts the per-paper total on each file of that row', async () => {
    const big = new Uint8Array(1.5 * MB);
    const row: PrecheckRow = { key: 'r1', label: 'Giấy tờ', item: null };
    const results = await precheckFiles(
      [
        { input: { name: 'a.pdf', size: big.length, bytes: big }, row },
        { input: { name: 'b.pdf', size: big.length, bytes: big.slice(1) }, row },
      ],
      ctxFor('lienthong'),
    );
    for (const r of results) expect(find(r.checks, 'too-large')?.message).toContain('tổng cộng');
  });
  it('reads only the head of a huge file and still says it is too large', async () => {
    const head = sample('zipNamedPdf').bytes.slice(0, HEAD_BYTES);
    const result = await analyzeFile({ name: 'disk.pdf', size: 1024 ** 3, bytes: head }, null, ctx);
    expect(find(result.checks, 'too-large')?.level).toBe('error');
    expect(result.sha256).toBeNull();
    expect(find(result.checks, 'corrupt')).toBeUndefined();
  });
});

describe('duplicate', () => {
  const rowA: PrecheckRow = { key: 'a', label: 'Giấy chứng sinh', item: null };
  const rowB: PrecheckRow = { key: 'b', label: 'Tờ khai', item: null };
  const input = (f: NamedFile, name = f.name) => ({ name, size: f.bytes.length, bytes: f.bytes });

  it('flags the same bytes attached to two rows, naming the other row', async () => {
    const jpeg = sample('sharpJpeg');
    const [first, second, other] = await precheckFiles(
      [
        { input: input(jpeg), row: rowA },
        { input: input(jpeg, 'ban-sao.jpg'), row: rowB },
        { input: input(sample('handPdf')), row: rowB },
      ],
      ctx,
    );
    expect(find(second?.checks ?? [], 'duplicate')).toMatchObject({
      level: 'warn',
      message: expect.stringContaining('"Giấy chứng sinh"'),
    });
    expect(find(first?.checks ?? [], 'duplicate')?.message).toContain('ban-sao.jpg');
    expect(find(other?.checks ?? [], 'duplicate')?.level).toBe('ok');
  });
  it('quotes a long published paper name shortened, so the warning stays a sentence', async () => {
    // Đăng ký tạm trú (1.004194) as published: its housing paper's name runs to several hundred characters.
    const record = (await portalRecords(['1.004194'])).get('1.004194');
    const names = (record ? checklistFromPortalRecord(record).checklist.items : []).map((i) => i.name);
    const long = names.reduce((a, b) => (b.length > a.length ? b : a), '');
    expect(long.length).toBeGreaterThan(300);
    const pdf = sample('handPdf');
    const [, second] = await precheckFiles(
      [
        { input: input(pdf), row: { key: 'a', label: long, item: null } },
        { input: input(pdf, 'x.pdf'), row: rowB },
      ],
      ctx,
    );
    const message = find(second?.checks ?? [], 'duplicate')?.message ?? '';
    const quoted = /mục "(.*)"/u.exec(message)?.[1] ?? '';
    expect(quoted.endsWith('…')).toBe(true);
    expect(quoted.length).toBeLessThanOrEqual(70);
    expect(long.replace(/\s+/g, ' ').startsWith(quoted.slice(0, -1))).toBe(true);
    expect(message.length).toBeLessThan(200);
  });
  it('says "attached twice" within one row, and plainly without rows', async () => {
    const pdf = sample('handPdf');
    const sameRow = await precheckFiles([{ input: input(pdf), row: rowA }, { input: input(pdf, 'x.pdf'), row: rowA }], ctx);
    expect(find(sameRow[1]?.checks ?? [], 'duplicate')?.message).toContain('cùng mục');
    const noRows = await precheckFiles([{ input: input(pdf), row: null }, { input: input(pdf, 'x.pdf'), row: null }], ctx);
    expect(find(noRows[1]?.checks ?? [], 'duplicate')?.message).toBe(
      'Tệp này giống hệt tệp "mot-trang.pdf": kiểm tra xem có chọn nhầm tệp không.',
    );
  });
});

describe('image quality', () => {
  it('passes a sharp, bright, upright page photo', async () => {
    const checks = await checksOf('sharpJpeg');
    for (const code of ['low-resolution', 'too-dark', 'blurred', 'rotated'] as const) expect(find(checks, code)?.level).toBe('ok');
    expect(verdictOf(checks)).toBe('ok');
  });
  it('passes the same page as PNG', async () => {
    const checks = await checksOf('sharpPng');
    expect(find(checks, 'blurred')?.level).toBe('ok');
    expect(find(checks, 'too-dark')?.level).toBe('ok');
  });
  it('flags a tiny photo as too small to read', async () => {
    const check = find(await checksOf('tinyJpeg'), 'low-resolution');
    expect(check).toMatchObject({ level: 'warn', message: expect.stringContaining('360×510') });
  });
  it('flags a dark photo and says to take it in good light', async () => {
    const checks = await checksOf('darkJpeg');
    expect(find(checks, 'too-dark')).toMatchObject({ level: 'warn', message: 'Ảnh quá tối: hãy chụp lại ở nơi đủ sáng.' });
    expect(verdictOf(checks)).toBe('warn');
  });
  it('flags a blurred photo', async () => {
    expect(find(await checksOf('blurredJpeg'), 'blurred')?.level).toBe('warn');
  });
  it('warns about EXIF rotation and hints at landscape photos', async () => {
    expect(find(await checksOf('rotatedJpeg'), 'rotated')?.level).toBe('warn');
    const landscape = await checksOf('landscapeJpeg');
    expect(find(landscape, 'rotated')?.level).toBe('info');
    expect(verdictOf(landscape)).toBe('ok');
  });
});

describe('held-by-state', () => {
  const item = (over: Partial<ChecklistItem>) => checklistItem('Giấy tờ chứng minh nơi cư trú', over);

  it('reminds that a paper held in VNeID need not be uploaded, with the legal basis', async () => {
    const held = item({ action: 'skip', heldBy: 'VNeID', legalBasis: 'Nghị định 104/2022/NĐ-CP' });
    const photo = sample('sharpJpeg');
    const [result] = await precheckFiles([{ input: { name: photo.name, size: photo.bytes.length, bytes: photo.bytes }, row: { key: '1', label: held.name, item: held } }], ctx);
    const check = find(result?.checks ?? [], 'held-by-state');
    expect(check?.level).toBe('warn');
    expect(check?.message).toContain('VNeID');
    expect(check?.message).toContain('Nghị định 104/2022/NĐ-CP');
  });
  it('says nothing for a paper to upload', () => {
    expect(checkHeldByState(item({}), ctx)).toBeNull();
    expect(checkHeldByState(null, ctx)).toBeNull();
  });
  it('names a database even when the engine gave none', () => {
    expect(checkHeldByState(item({ action: 'skip' }), ctx)?.message).toContain('cơ sở dữ liệu quốc gia');
  });
});

describe('verdict and language', () => {
  it('is the worst level, info counting as ok', () => {
    const r = (level: CheckResult['level']): CheckResult => ({ code: 'pages', level, message: '' });
    expect(verdictOf([r('ok'), r('info')])).toBe('ok');
    expect(verdictOf([r('ok'), r('warn'), r('info')])).toBe('warn');
    expect(verdictOf([r('warn'), r('error')])).toBe('error');
  });
  it('speaks English when asked', async () => {
    const checks = await checksOf('darkJpeg', null, ctxFor('portal-filing', 'en'));
    expect(find(checks, 'too-dark')?.message).toBe('The photo is too dark: take it again in good light.');
  });
});
