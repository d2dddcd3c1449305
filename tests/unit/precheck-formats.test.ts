import { describe, expect, it } from 'vitest';
import { kindFromName, sniffKind } from '../../lib/precheck/file-type';
import { rulesForHost, SITE_RULES, SiteRules } from '../../lib/precheck/limits';
import { readPdfStructure } from '../../lib/precheck/pdf-structure';
import { readPngStructure } from '../../lib/precheck/png-structure';
import { zipEntryNames } from '../../lib/precheck/zip-entries';
import {
  docx,
  encodeJpeg,
  encodePng,
  handPdf,
  heicHeader,
  oleDoc,
  textPage,
  textPdf,
  truncate,
  withBrokenXref,
  zipArchive,
} from '../support/generate-files';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('file kinds', () => {
  it('reads the real kind from magic bytes', async () => {
    expect(sniffKind(handPdf())).toBe('pdf');
    expect(sniffKind(await textPdf(1))).toBe('pdf');
    expect(sniffKind(encodeJpeg(textPage(32, 32)))).toBe('jpeg');
    expect(sniffKind(encodePng(textPage(32, 32)))).toBe('png');
    expect(sniffKind(ascii('GIF89a......'))).toBe('gif');
    expect(sniffKind(ascii('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(sniffKind(heicHeader())).toBe('heic');
    expect(sniffKind(oleDoc())).toBe('doc');
    expect(sniffKind(docx())).toBe('docx');
    expect(sniffKind(zipArchive([{ name: 'a.txt', data: ascii('a') }]))).toBe('zip');
    expect(sniffKind(ascii('plain text'))).toBe('unknown');
  });
  it('finds a PDF header after junk, as readers tolerate', () => {
    expect(sniffKind(ascii(`${' '.repeat(100)}%PDF-1.4\n`))).toBe('pdf');
    expect(sniffKind(ascii(`${' '.repeat(2000)}%PDF-1.4\n`))).toBe('unknown');
  });
  it('reads the claimed kind from the extension', () => {
    expect(kindFromName('Giấy khai sinh.JPEG')).toBe('jpeg');
    expect(kindFromName('scan.jpg')).toBe('jpeg');
    expect(kindFromName('to-khai.pdf')).toBe('pdf');
    expect(kindFromName('README')).toBe('unknown');
    expect(kindFromName('a.tar.gz')).toBe('unknown');
  });
  it('lists ZIP entries from the central directory, or from local headers when the end is cut', () => {
    const zip = docx();
    expect(zipEntryNames(zip)).toEqual(['[Content_Types].xml', 'word/document.xml']);
    expect(zipEntryNames(truncate(zip, 0.8))).toEqual(['[Content_Types].xml', 'word/document.xml']);
  });
});

describe('PDF skeleton', () => {
  it('accepts PDFs with a classic xref table and with an xref stream', async () => {
    expect(readPdfStructure(handPdf())).toEqual({ damage: null, encrypted: false });
    expect(readPdfStructure(await textPdf(2))).toEqual({ damage: null, encrypted: false });
    expect(readPdfStructure(await textPdf(2, { objectStreams: false }))).toEqual({ damage: null, encrypted: false });
  });
  it('finds /Encrypt in a classic trailer and in an xref-stream dictionary', () => {
    expect(readPdfStructure(handPdf({ encrypt: true })).encrypted).toBe(true);
    const body = '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n';
    const xref = body.length + 1;
    const pdf = `${body}\n9 0 obj\n<< /Type /XRef /Size 10 /Root 1 0 R /Encrypt 8 0 R /Length 0 >>\nstream\n\nendstream\nendobj\nstartxref\n${xref}\n%%EOF\n`;
    expect(readPdfStructure(ascii(pdf))).toEqual({ damage: null, encrypted: true });
  });
  it('says truncated when %%EOF is gone, and broken when startxref points nowhere', () => {
    expect(readPdfStructure(truncate(handPdf(), 0.9)).damage).toBe('truncated');
    expect(readPdfStructure(withBrokenXref(handPdf())).damage).toBe('broken-xref');
    expect(readPdfStructure(ascii('%PDF-1.4\n%%EOF\n')).damage).toBe('broken-xref');
  });
});

describe('PNG chunks', () => {
  it('reads the size of a sound PNG', () => {
    expect(readPngStructure(encodePng(textPage(40, 30)))).toEqual({ width: 40, height: 30, damage: null });
  });
  it('catches a missing IEND and a flipped byte', () => {
    const png = encodePng(textPage(40, 30));
    expect(readPngStructure(png.slice(0, -12)).damage).toBe('truncated');
    const flipped = png.slice();
    flipped[60] = (flipped[60] as number) ^ 1;
    expect(readPngStructure(flipped).damage).toBe('corrupt');
  });
});

describe('site limits data', () => {
  it('is valid and covers every site once', () => {
    for (const rules of SITE_RULES) expect(SiteRules.parse(rules)).toEqual(rules);
    expect(new Set(SITE_RULES.map((r) => r.site)).size).toBe(SiteRules.shape.site.options.length);
  });
  it('matches hosts to their rules', () => {
    expect(rulesForHost('dichvucong.gov.vn').maxFileBytes).toBe(2_000_000);
    expect(rulesForHost('lienthong.dichvucong.gov.vn').maxRowBytes).toBe(2_600_000);
    expect(rulesForHost('dichvucongnganhtuphap.moj.gov.vn').documented).toBe(false);
    expect(rulesForHost('dichvucong.hanoi.gov.vn').site).toBe('other');
  });
});
