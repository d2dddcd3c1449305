/**
 * Test files made on the fly (nothing binary is committed): photographed
 * pages (sharp, dark, blurred, tiny, turned), PDFs (valid, cut short, broken,
 * password-protected), renamed and odd formats.
 */
import { encode as encodePngRaw } from 'fast-png';
import { zlibSync } from 'fflate';
import jpeg from 'jpeg-js';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { crc32 } from '../../lib/precheck/crc32';

export interface Rgba {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Deterministic pseudo-random numbers in [0, 1). */
export function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * A page of "printed text": lines of glyph-like dark strokes on off-white
 * paper, with sensor noise of ±noise/2. Glyphs are 1/60 of the page width
 * tall, like 11-pt text on an A4 page photographed edge to edge.
 */
export function textPage(width: number, height: number, { seed = 1, paper = 225, ink = 35, noise = 6 } = {}): Rgba {
  const rnd = prng(seed);
  const gray = new Float32Array(width * height).fill(paper);
  const glyph = Math.max(4, Math.round(width / 60));
  const stroke = Math.max(1, Math.round(glyph / 7));
  const margin = Math.round(width * 0.08);
  const ink1 = (x0: number, y0: number, w: number, h: number) => {
    for (let y = y0; y < Math.min(height, y0 + h); y++) {
      for (let x = x0; x < Math.min(width, x0 + w); x++) gray[y * width + x] = ink;
    }
  };
  for (let y = margin; y + glyph < height - margin; y += Math.round(glyph * 1.8)) {
    let x = margin;
    while (x < width - margin - glyph) {
      const letters = 2 + Math.floor(rnd() * 7);
      for (let i = 0; i < letters && x < width - margin - glyph; i++) {
        const w = Math.round(glyph * (0.45 + rnd() * 0.25));
        ink1(x, y, stroke, glyph);
        if (rnd() < 0.6) ink1(x + w - stroke, y + Math.round(glyph * 0.35), stroke, glyph - Math.round(glyph * 0.35));
        if (rnd() < 0.7) ink1(x, y + Math.round(glyph * 0.35), w, stroke);
        if (rnd() < 0.5) ink1(x, y + glyph - stroke, w, stroke);
        x += w + Math.max(1, Math.round(glyph * 0.15));
      }
      x += Math.round(glyph * 0.6);
    }
  }
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const v = (gray[i] as number) + (rnd() - 0.5) * noise;
    data[i * 4] = clamp(v + 4);
    data[i * 4 + 1] = clamp(v);
    data[i * 4 + 2] = clamp(v - 6);
    data[i * 4 + 3] = 255;
  }
  return { width, height, data };
}

const clamp = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : Math.round(v));

/** Scales brightness, as a photo taken in a dim room. */
export function darken(image: Rgba, factor: number): Rgba {
  const data = image.data.map((v, i) => (i % 4 === 3 ? v : clamp(v * factor)));
  return { ...image, data };
}

/** Two passes of a (2r+1)-wide box blur, close to a Gaussian: a shaken or out-of-focus photo. */
export function boxBlur(image: Rgba, radius: number): Rgba {
  const { width: w, height: h } = image;
  let src = Float32Array.from(image.data);
  for (let pass = 0; pass < 4; pass++) {
    const horizontal = pass % 2 === 0;
    const out = new Float32Array(src.length);
    const len = horizontal ? w : h;
    const lines = horizontal ? h : w;
    for (let line = 0; line < lines; line++) {
      for (let c = 0; c < 3; c++) {
        const at = (i: number) => ((horizontal ? line * w + i : i * w + line) * 4 + c) as number;
        let sum = 0;
        for (let i = -radius; i <= radius; i++) sum += src[at(Math.min(len - 1, Math.max(0, i)))] as number;
        for (let i = 0; i < len; i++) {
          out[at(i)] = sum / (2 * radius + 1);
          sum += (src[at(Math.min(len - 1, i + radius + 1))] as number) - (src[at(Math.max(0, i - radius))] as number);
        }
      }
    }
    for (let i = 3; i < out.length; i += 4) out[i] = 255;
    src = out;
  }
  return { width: w, height: h, data: Uint8Array.from(src, clamp) };
}

/** Turns an image a quarter clockwise (what a sideways photo looks like once turned upright). */
export function rotate90(image: Rgba): Rgba {
  const { width: w, height: h } = image;
  const data = new Uint8Array(image.data.length);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const from = (y * w + x) * 4;
      const to = (x * h + (h - 1 - y)) * 4;
      data.set(image.data.subarray(from, from + 4), to);
    }
  }
  return { width: h, height: w, data };
}

export function encodeJpeg(image: Rgba, quality = 85): Uint8Array {
  return new Uint8Array(jpeg.encode({ data: image.data, width: image.width, height: image.height }, quality).data);
}

export function encodePng(image: Rgba): Uint8Array {
  return encodePngRaw({ width: image.width, height: image.height, data: image.data, channels: 4, depth: 8 });
}

/** Inserts an EXIF APP1 segment with the given orientation right after SOI, as phone cameras write it. */
export function withExifOrientation(jpegBytes: Uint8Array, orientation: number): Uint8Array {
  // "Exif\0\0", TIFF little-endian header, IFD0 with one SHORT entry (0x0112), no next IFD.
  const tiff = [0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, orientation, 0, 0, 0, 0, 0, 0, 0];
  const payload = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];
  const segment = [0xff, 0xe1, (payload.length + 2) >> 8, (payload.length + 2) & 0xff, ...payload];
  const out = new Uint8Array(jpegBytes.length + segment.length);
  out.set(jpegBytes.subarray(0, 2));
  out.set(segment, 2);
  out.set(jpegBytes.subarray(2), 2 + segment.length);
  return out;
}

/** The first `fraction` of the bytes: an interrupted download or copy. */
export function truncate(bytes: Uint8Array, fraction: number): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * fraction));
}

/** A real multi-page PDF with text, from pdf-lib. */
export async function textPdf(pages: number, { objectStreams = true, title = 'To khai dang ky' } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([595, 842]);
    page.drawText(`${title} - trang ${p + 1}`, { x: 60, y: 780, size: 14, font });
  }
  return doc.save({ useObjectStreams: objectStreams });
}

/** Scanned pages: each page one embedded JPEG, as a scanner app makes them. */
export async function scannedPdf(jpegs: readonly Uint8Array[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (const bytes of jpegs) {
    const image = await doc.embedJpg(bytes);
    doc.addPage([595, 842]).drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  }
  return doc.save();
}

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/**
 * A minimal PDF written by hand with a correct cross-reference table;
 * `trailerExtra` goes into the trailer dictionary (e.g. an /Encrypt
 * reference, which is what a password-protected PDF carries).
 */
export function handPdf({ encrypt = false } = {}): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  if (encrypt) {
    objects.push('<< /Filter /Standard /V 2 /R 3 /Length 128 /P -1084 /O <00> /U <00> >>');
  }
  let body = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const encryptRef = encrypt ? ` /Encrypt ${objects.length} 0 R /ID [<0123456789abcdef> <0123456789abcdef>]` : '';
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encryptRef} >>\nstartxref\n${xref}\n%%EOF\n`;
  return ascii(body);
}

/** A PNG chunk: length, type, data and the CRC of type + data. */
function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const body = concat([ascii(type), data]);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(body, 4);
  view.setUint32(8 + data.length, crc32(body));
  return out;
}

/**
 * A "decompression bomb" PNG: its header says 100 × 100 grey pixels (10 KB of
 * image data), its image data inflates to `inflatedMB` megabytes of zeros.
 */
export function pngBomb(inflatedMB: number): Uint8Array {
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, 100);
  new DataView(ihdr.buffer).setUint32(4, 100);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const signature = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const idat = zlibSync(new Uint8Array(inflatedMB * 1024 * 1024), { level: 9 });
  return concat([signature, pngChunk('IHDR', ihdr), pngChunk('IDAT', idat), pngChunk('IEND', new Uint8Array(0))]);
}

/**
 * The one-page hand-made PDF with an object stream (one empty dictionary,
 * then spaces) that inflates to `inflatedMB` megabytes: a reader inflates
 * object streams just to open the file.
 */
export function pdfBomb(inflatedMB: number): Uint8Array {
  const content = new Uint8Array(inflatedMB * 1024 * 1024).fill(0x20);
  content.set(ascii('5 0 << >>'));
  const data = zlibSync(content, { level: 9 });
  const head = ascii(`4 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`);
  return handPdfWith(concat([head, data, ascii('\nendstream\nendobj\n')]));
}

/** The hand-made PDF with more objects before its cross-reference table (which does not list them: readers cope). */
function handPdfWith(objects: Uint8Array): Uint8Array {
  const text = new TextDecoder('latin1').decode(handPdf());
  const at = text.indexOf('xref\n');
  const rest = text.slice(at).replace(/startxref\n\d+/, `startxref\n${at + objects.length}`);
  return concat([ascii(text.slice(0, at)), objects, ascii(rest)]);
}

/** Writes bits least-significant first, as deflate packs them. */
class BitWriter {
  readonly bytes: number[] = [];
  private bit = 0;
  get aligned() {
    return this.bit === 0;
  }
  /** `value`'s low `count` bits, lowest first (deflate's header fields and extra bits). */
  write(value: number, count: number) {
    for (let i = 0; i < count; i++) {
      if (this.bit === 0) this.bytes.push(0);
      const last = this.bytes.length - 1;
      if ((value >> i) & 1) this.bytes[last] = (this.bytes[last] as number) | (1 << this.bit);
      this.bit = (this.bit + 1) & 7;
    }
  }
  /** A Huffman code: its bits go out most-significant first. */
  code(value: number, length: number) {
    for (let i = length - 1; i >= 0; i--) this.write((value >> i) & 1, 1);
  }
}

/**
 * zlib data that inflates to about `inflatedBytes` zeros at deflate's best
 * ratio (1032:1), written by hand in milliseconds: one dynamic-Huffman block
 * where "repeat the last 258 bytes" costs two bits, so the body is all zero
 * bytes. What a crafted file uses to make a few kilobytes cost gigabytes.
 */
export function zlibOfZeros(inflatedBytes: number): Uint8Array {
  const head = new BitWriter();
  head.write(0, 1); // not the final block: a final empty stored block follows the body
  head.write(2, 2); // dynamic Huffman
  head.write(286 - 257, 5);
  head.write(2 - 1, 5);
  // Code-length alphabet: symbols 0, 1, 2 and 18 (a run of zeros), 2 bits each.
  const order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1];
  head.write(order.length - 4, 4);
  for (const symbol of order) head.write([0, 1, 2, 18].includes(symbol) ? 2 : 0, 3);
  const clCode: Record<number, number> = { 0: 0, 1: 1, 2: 2, 18: 3 };
  const length = (l: number) => head.code(clCode[l] as number, 2);
  const zeros = (n: number) => {
    for (let left = n; left > 0; ) {
      const run = Math.min(138, left);
      head.code(clCode[18] as number, 2);
      head.write(run - 11, 7);
      left -= run;
    }
  };
  // Literal/length lengths: literal 0 → 2, end of block (256) → 2, length 258 (285) → 1; distances 1 and 2 → 1.
  length(2);
  zeros(255);
  length(2);
  zeros(28);
  length(1);
  length(1);
  length(1);
  head.code(0b10, 2); // literal 0
  const repeats = Math.max(1, Math.floor((inflatedBytes - 1) / 258));
  // Each repeat is code 0 (length 258) then code 0 (distance 1): two zero bits. Pad the head to whole
  // bytes with repeats, then the body is zero bytes (4 repeats each), then the rest and end of block.
  let done = 0;
  while (!head.aligned && done < repeats) {
    head.write(0, 2);
    done++;
  }
  const bodyBytes = Math.floor((repeats - done) / 4);
  const tail = new BitWriter();
  for (let i = done + bodyBytes * 4; i < repeats; i++) tail.write(0, 2);
  tail.code(0b11, 2); // end of block
  tail.write(1, 1); // final block
  tail.write(0, 2); // stored
  tail.bytes.push(0, 0, 0xff, 0xff); // aligned; LEN 0, NLEN
  const total = 1 + 258 * repeats;
  const adler = (((total % 65521) << 16) | 1) >>> 0;
  const trailer = [adler >>> 24, (adler >> 16) & 0xff, (adler >> 8) & 0xff, adler & 0xff];
  return concat([Uint8Array.from([0x78, 0x01]), Uint8Array.from(head.bytes), new Uint8Array(bodyBytes), Uint8Array.from(tail.bytes), Uint8Array.from(trailer)]);
}

/**
 * A small valid PNG carrying an ancillary chunk whose compressed text or
 * colour profile inflates to `inflatedBytes`: iCCP (a profile), zTXt or
 * iTXt (text). A decoder that inflates every chunk pays for all of it.
 */
export function pngWithChunkBomb(type: 'iCCP' | 'zTXt' | 'iTXt', inflatedBytes: number): Uint8Array {
  const png = encodePng(textPage(64, 64));
  const header = { iCCP: 'ICC\0\0', zTXt: 'Comment\0\0', iTXt: 'Comment\0\x01\0\0\0' }[type];
  const chunk = pngChunk(type, concat([ascii(header), zlibOfZeros(inflatedBytes)]));
  const afterIhdr = 8 + 12 + 13;
  return concat([png.subarray(0, afterIhdr), chunk, png.subarray(afterIhdr)]);
}

/**
 * The hand-made PDF with object streams that never end (no "endstream"),
 * repeated until the file is about `targetBytes`: a reader looking for each
 * stream's end scans to the end of the file every time.
 */
export function pdfWithUnterminatedObjectStreams(targetBytes: number): Uint8Array {
  const data = zlibSync(ascii('5 0 << >>'));
  const parts: Uint8Array[] = [];
  let size = handPdf().length;
  for (let n = 10; size < targetBytes; n++) {
    const head = ascii(`${n} 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`);
    parts.push(head, data, ascii('\n'));
    size += head.length + data.length + 1;
  }
  return handPdfWith(concat(parts));
}

/**
 * The JPEG with copies of its first segment of this marker (0xC0 frame
 * header, 0xC4 Huffman tables) just before it, until the file is about
 * `targetBytes`: each copy may make a decoder allocate a frame or build tables.
 */
export function jpegWithRepeatedSegment(jpegBytes: Uint8Array, marker: number, targetBytes: number): Uint8Array {
  for (let at = 2; at + 4 <= jpegBytes.length; ) {
    const length = ((jpegBytes[at + 2] as number) << 8) | (jpegBytes[at + 3] as number);
    if (jpegBytes[at + 1] === marker) {
      const segment = jpegBytes.subarray(at, at + 2 + length);
      const times = Math.max(1, Math.floor((targetBytes - jpegBytes.length) / segment.length));
      return concat([jpegBytes.subarray(0, at), ...Array.from({ length: times }, () => segment), jpegBytes.subarray(at)]);
    }
    if (jpegBytes[at + 1] === 0xda) break;
    at += 2 + length;
  }
  throw new Error(`no segment 0x${marker.toString(16)} before the image data`);
}

/** The hand-made PDF with one more object: a stream with this dictionary (between << and >>) and data. */
export function pdfWithStream(dict: string, data: Uint8Array): Uint8Array {
  return handPdfWith(concat([ascii(`10 0 obj\n<< ${dict} >>\nstream\n`), data, ascii('\nendstream\nendobj\n')]));
}

/** The hand-made PDF with `count` more tiny objects (one-number arrays): sound, but slow for a reader to parse. */
export function pdfWithManyObjects(count: number): Uint8Array {
  return handPdfWith(ascii(Array.from({ length: count }, (_, i) => `${i + 10} 0 obj\n[${i}]\nendobj\n`).join('')));
}

/** The same PDF whose startxref points into the middle of an object. */
export function withBrokenXref(pdf: Uint8Array): Uint8Array {
  const text = new TextDecoder('latin1').decode(pdf);
  const at = text.lastIndexOf('startxref');
  const fixed = `${text.slice(0, at)}startxref\n${Math.floor(at / 3) + 1}\n%%EOF\n`;
  return Uint8Array.from(fixed, (c) => c.charCodeAt(0));
}

/** A ZIP archive with stored (uncompressed) entries. */
export function zipArchive(entries: readonly { name: string; data: Uint8Array }[]): Uint8Array {
  const local: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  const u16 = (v: number) => [v & 0xff, (v >> 8) & 0xff];
  const u32 = (v: number) => [...u16(v & 0xffff), ...u16(v >>> 16)];
  let offset = 0;
  for (const entry of entries) {
    const name = ascii(entry.name);
    const size = entry.data.length;
    const common = [...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(crc32(entry.data)), ...u32(size), ...u32(size), ...u16(name.length), ...u16(0)];
    const header = Uint8Array.from([...u32(0x04034b50), ...u16(20), ...common, ...name]);
    local.push(header, entry.data);
    central.push(Uint8Array.from([...u32(0x02014b50), ...u16(20), ...u16(20), ...common, ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...name]));
    offset += header.length + size;
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const eocd = Uint8Array.from([...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(entries.length), ...u16(entries.length), ...u32(centralSize), ...u32(offset), ...u16(0)]);
  return concat([...local, ...central, eocd]);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function docx(): Uint8Array {
  return zipArchive([
    { name: '[Content_Types].xml', data: ascii('<?xml version="1.0"?><Types/>') },
    { name: 'word/document.xml', data: ascii('<?xml version="1.0"?><w:document/>') },
  ]);
}

/** The header of an OLE compound file (Word 97–2003), padded to one sector. */
export function oleDoc(): Uint8Array {
  const out = new Uint8Array(1024);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return out;
}

/** The ftyp box an iPhone HEIC photo starts with. */
export function heicHeader(): Uint8Array {
  return Uint8Array.from([0, 0, 0, 0x18, ...ascii('ftypheic'), 0, 0, 0, 0, ...ascii('mif1heic')]);
}

export interface NamedFile {
  name: string;
  bytes: Uint8Array;
}

let cache: Promise<Record<string, NamedFile>> | null = null;

/** Every sample file the tests use, made once per process. */
export function sampleFiles(): Promise<Record<string, NamedFile>> {
  cache ??= makeSamples();
  return cache;
}

async function makeSamples(): Promise<Record<string, NamedFile>> {
  // An A4 page at ~110 dpi: above the 600-px low-resolution line, quick to encode.
  const page = textPage(900, 1273);
  const sharpJpeg = encodeJpeg(page, 88);
  const validPdf = await textPdf(3);
  const files: Record<string, NamedFile> = {
    sharpJpeg: { name: 'giay-chung-sinh.jpg', bytes: sharpJpeg },
    darkJpeg: { name: 'anh-toi.jpg', bytes: encodeJpeg(darken(page, 0.22), 88) },
    blurredJpeg: { name: 'anh-mo.jpg', bytes: encodeJpeg(boxBlur(page, 5), 88) },
    tinyJpeg: { name: 'anh-nho.jpg', bytes: encodeJpeg(textPage(360, 510), 88) },
    rotatedJpeg: { name: 'anh-xoay.jpg', bytes: withExifOrientation(encodeJpeg(rotate90(page), 88), 6) },
    landscapeJpeg: { name: 'anh-ngang.jpg', bytes: encodeJpeg(rotate90(page), 88) },
    truncatedJpeg: { name: 'anh-cat.jpg', bytes: truncate(sharpJpeg, 0.6) },
    sharpPng: { name: 'to-khai.png', bytes: encodePng(page) },
    pngNoIend: { name: 'thieu-iend.png', bytes: encodePng(page).slice(0, -12) },
    validPdf: { name: 'to-khai.pdf', bytes: validPdf },
    handPdf: { name: 'mot-trang.pdf', bytes: handPdf() },
    truncatedPdf: { name: 'cat-ngang.pdf', bytes: truncate(validPdf, 0.7) },
    brokenXrefPdf: { name: 'hong-xref.pdf', bytes: withBrokenXref(handPdf()) },
    encryptedPdf: { name: 'co-mat-khau.pdf', bytes: handPdf({ encrypt: true }) },
    empty: { name: 'rong.pdf', bytes: new Uint8Array(0) },
    pngNamedJpg: { name: 'doi-ten.jpg', bytes: encodePng(textPage(800, 1100)) },
    zipNamedPdf: { name: 'nen.pdf', bytes: zipArchive([{ name: 'bomb.bin', data: new Uint8Array(200_000) }]) },
    docx: { name: 'don.docx', bytes: docx() },
    doc: { name: 'don.doc', bytes: oleDoc() },
    heic: { name: 'IMG_0001.heic', bytes: heicHeader() },
    garbagePdf: { name: 'rac.pdf', bytes: ascii('this is not a pdf at all\n'.repeat(20)) },
  };
  const png = files.sharpPng?.bytes as Uint8Array;
  const badCrc = png.slice();
  badCrc[100] = (badCrc[100] as number) ^ 0xff;
  files.pngBadCrc = { name: 'sai-crc.png', bytes: badCrc };
  return files;
}
