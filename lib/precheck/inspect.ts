import { PDFDocument } from 'pdf-lib';
import { convertIndexedToRgb, type DecodedPng } from 'fast-png';
import { type FileKind, kindFromName, sniffKind } from './file-type';
import { downscale, type GrayImage, toGray } from './gray-image';
import { readJpeg } from './jpeg-luma';
import { type PdfOpenLimits, refusalToOpen } from './pdf-object-streams';
import { type PdfDamage, readPdfStructure } from './pdf-structure';
import { decodePngWithin } from './png-decode';
import { readPngStructure } from './png-structure';

/**
 * Files over the site's limit by more than this are not read whole: the kind
 * comes from the first bytes and the size check says what to do. A phone
 * photo a few megabytes over the limit is still read, so the user learns
 * whether it is sharp before making a smaller copy; what is read, and so
 * what any decoder can be handed, stays bounded for every file.
 */
export const READ_MARGIN_BYTES = 8 * 1024 * 1024;
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
/** What a PDF may cost to be opened here (see refusalToOpen). */
const PDF_OPEN_LIMITS: PdfOpenLimits = { inflated: 64 * 1024 * 1024, objects: 20_000 };
/**
 * PNGs decode at full size: above this much raw image data (a 300-dpi A4 page
 * in RGBA is 35 MB) quality is not measured. The decoder holds about twice
 * this at its peak.
 */
const MAX_PNG_RAW_BYTES = 48 * 1024 * 1024;

/** The bytes of one picked file: all of them, or the first HEAD_BYTES when it is far over the limit (see bytesToRead). */
export interface PrecheckInput {
  name: string;
  size: number;
  bytes: Uint8Array;
}

/** How many bytes a caller should read for a file of this size, on a site taking files up to `maxFileBytes`. */
export const bytesToRead = (size: number, maxFileBytes: number) =>
  size > maxFileBytes + READ_MARGIN_BYTES ? Math.min(size, HEAD_BYTES) : size;

export interface PdfFacts {
  /** `repairable`: the cross-reference is off, yet a reader opened the file (readers rebuild it, as pdf-lib did here). */
  damage: PdfDamage | 'unparseable' | 'repairable' | null;
  /** Too many objects to open here in good time: neither pages nor damage were looked at beyond the skeleton. */
  tooComplex: boolean;
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
  const { damage, encrypted } = readPdfStructure(bytes);
  const unopened = { encrypted, pages: null, tooComplex: false };
  if (damage === 'truncated') return { ...unopened, damage };
  const refusal = refusalToOpen(bytes, PDF_OPEN_LIMITS);
  if (refusal === 'too-many-objects') return { ...unopened, damage, tooComplex: true };
  if (refusal) return { ...unopened, damage: 'unparseable' };
  try {
    const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: true });
    const opened = damage === 'broken-xref' ? 'repairable' : damage;
    return { damage: opened, encrypted: encrypted || doc.isEncrypted, pages: doc.getPageCount(), tooComplex: false };
  } catch {
    return { ...unopened, damage: damage ?? 'unparseable' };
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
    const png = decodePngWithin(bytes, MAX_PNG_RAW_BYTES);
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
