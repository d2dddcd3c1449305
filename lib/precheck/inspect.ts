import { PDFDocument } from 'pdf-lib';
import { convertIndexedToRgb, type DecodedPng } from 'fast-png';
import { type FileKind, kindFromName, sniffKind } from './file-type';
import { downscale, type GrayImage, toGray } from './gray-image';
import { readJpeg } from './jpeg-luma';
import { pdfOpensWithin } from './pdf-object-streams';
import { type PdfDamage, readPdfStructure } from './pdf-structure';
import { decodePngWithin } from './png-decode';
import { readPngStructure } from './png-structure';

/**
 * Files larger than this are not read whole: the kind comes from the first
 * bytes and the size check says what to do. No portal takes files near this
 * size, and it bounds memory for a 1 GB sparse file or a disk image.
 */
export const MAX_READ_BYTES = 100 * 1024 * 1024;
/** How much of an over-size file is read to tell its kind (a ZIP's directory is at its end: it stays `zip`). */
export const HEAD_BYTES = 64 * 1024;

/**
 * Quality is judged on the image scaled so its longer side is this many
 * pixels: roughly how a whole page looks on a screen, and small enough that
 * the measures take ~1 ms. A 12-MP JPEG decodes straight to 500×375 (1/8).
 */
export const WORK_LONG_SIDE = 480;
/** JPEGs are decoded at a reduced scale, so even large ones cost little memory. */
const MAX_JPEG_PIXELS = 200_000_000;
/** What the object and cross-reference streams of a PDF may inflate to, together, for the file to be opened here. */
const MAX_PDF_OPEN_INFLATE = 64 * 1024 * 1024;
/** PNGs decode at full size (4 bytes a pixel): above this, quality is not measured. */
const MAX_PNG_PIXELS = 25_000_000;

/** The bytes of one picked file: all of them, or the first HEAD_BYTES when `size` > MAX_READ_BYTES. */
export interface PrecheckInput {
  name: string;
  size: number;
  bytes: Uint8Array;
}

/** How many bytes a caller should read for a file of this size. */
export const bytesToRead = (size: number) => (size > MAX_READ_BYTES ? Math.min(size, HEAD_BYTES) : size);

export interface PdfFacts {
  damage: PdfDamage | 'unparseable' | null;
  encrypted: boolean;
  pages: number | null;
}

export interface ImageFacts {
  width: number;
  height: number;
  /** EXIF orientation, 1 when absent or not a JPEG. */
  orientation: number;
  damage: 'truncated' | 'corrupt' | null;
  /** Luma at WORK_LONG_SIDE; null when the format or size is not decoded here. */
  gray: GrayImage | null;
}

export interface FileFacts {
  name: string;
  size: number;
  /** What the extension says. */
  claimed: FileKind;
  /** What the bytes say. */
  kind: FileKind;
  /** The whole file was read (so structure and pixels were looked at). */
  complete: boolean;
  pdf: PdfFacts | null;
  image: ImageFacts | null;
}

/** Reads what the checks need from one file. Never throws on malformed content. */
export async function inspectFile(input: PrecheckInput): Promise<FileFacts> {
  const { name, size, bytes } = input;
  const complete = bytes.length === size;
  const kind = size === 0 ? 'unknown' : sniffKind(bytes);
  const facts: FileFacts = { name, size, claimed: kindFromName(name), kind, complete, pdf: null, image: null };
  if (!complete) return facts;
  if (kind === 'pdf') facts.pdf = await inspectPdf(bytes);
  else if (kind === 'jpeg') facts.image = inspectJpeg(bytes);
  else if (kind === 'png') facts.image = inspectPng(bytes);
  return facts;
}

async function inspectPdf(bytes: Uint8Array): Promise<PdfFacts> {
  const structure = readPdfStructure(bytes);
  if (structure.damage === 'truncated') return { damage: 'truncated', encrypted: structure.encrypted, pages: null };
  if (!pdfOpensWithin(bytes, MAX_PDF_OPEN_INFLATE)) return { damage: 'unparseable', encrypted: structure.encrypted, pages: null };
  try {
    const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: true });
    return { damage: structure.damage, encrypted: structure.encrypted || doc.isEncrypted, pages: doc.getPageCount() };
  } catch {
    return { damage: structure.damage ?? 'unparseable', encrypted: structure.encrypted, pages: null };
  }
}

function inspectJpeg(bytes: Uint8Array): ImageFacts {
  const r = readJpeg(bytes, { targetLongSide: WORK_LONG_SIDE, maxPixels: MAX_JPEG_PIXELS });
  const gray = r.luma ? toWorkSize(r.luma) : null;
  return { width: r.width, height: r.height, orientation: r.orientation, damage: r.problem, gray };
}

function inspectPng(bytes: Uint8Array): ImageFacts {
  const s = readPngStructure(bytes);
  const facts: ImageFacts = { width: s.width, height: s.height, orientation: 1, damage: s.damage, gray: null };
  try {
    const png = decodePngWithin(bytes, MAX_PNG_PIXELS);
    if (png) facts.gray = toWorkSize(pngToGray(png));
  } catch {
    facts.damage = 'corrupt';
  }
  return facts;
}

function pngToGray(png: DecodedPng): GrayImage {
  const pixels = png.width * png.height;
  if (png.palette) {
    const rgb = convertIndexedToRgb(png);
    return toGray(rgb, png.width, png.height, rgb.length / pixels);
  }
  if (png.depth >= 8) return toGray(png.data, png.width, png.height, png.channels, 2 ** png.depth - 1);
  // 1-, 2- and 4-bit grey: rows are packed and padded to whole bytes.
  const unpacked = new Uint8Array(pixels);
  const perByte = 8 / png.depth;
  const rowBytes = Math.ceil(png.width / perByte);
  const mask = 2 ** png.depth - 1;
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const byte = png.data[y * rowBytes + Math.floor(x / perByte)] as number;
      unpacked[y * png.width + x] = (byte >> (8 - png.depth * ((x % perByte) + 1))) & mask;
    }
  }
  return toGray(unpacked, png.width, png.height, 1, mask);
}

function toWorkSize(image: GrayImage): GrayImage {
  return downscale(image.data, image.width, image.height, 1, WORK_LONG_SIDE);
}
