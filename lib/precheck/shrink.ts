import jpeg from 'jpeg-js';
import { PDFDocument } from 'pdf-lib';
import { sniffKind } from './file-type';
import { downscale } from './gray-image';
import { readJpeg } from './jpeg-luma';
import { decodePngWithin } from './png-decode';

/**
 * Smaller copies made on the device, for the user to save and attach
 * instead: a photo downscaled and re-encoded as JPEG under a byte budget,
 * or several photos merged into one PDF (the portal takes one file per
 * paper more easily than five). Pure: bytes in, bytes out.
 */

/** A4 at 200 dpi on the long side: every printed word stays legible. */
export const MAX_LONG_SIDE = 2339;
/** Below this the page would stop being readable; the best effort is returned, marked as not fitting. */
const MIN_LONG_SIDE = 1000;
const QUALITIES = [85, 72, 60] as const;
/** jpeg-js decodes at full size: refuse absurd images rather than exhaust memory. */
const MAX_DECODE_MP = 60;

export interface Rgba {
  width: number;
  height: number;
  data: Uint8Array;
}

export interface ShrunkImage {
  bytes: Uint8Array;
  width: number;
  height: number;
  /** Under the budget (else the smallest readable copy that could be made). */
  fits: boolean;
}

/** Decodes a JPEG or PNG to upright RGBA (EXIF orientation applied), or null when it cannot. */
export function decodeUpright(bytes: Uint8Array): Rgba | null {
  try {
    const kind = sniffKind(bytes);
    if (kind === 'jpeg') {
      const d = jpeg.decode(bytes, { useTArray: true, maxResolutionInMP: MAX_DECODE_MP, maxMemoryUsageInMB: 1024 });
      const orientation = readJpeg(bytes, { targetLongSide: 1, maxPixels: 0 }).orientation;
      return orient({ width: d.width, height: d.height, data: d.data }, orientation);
    }
    if (kind === 'png') {
      const png = decodePngWithin(bytes, MAX_DECODE_MP * 1e6 * 4); // RGBA, 8 bits
      if (!png || png.palette || png.depth !== 8) return null;
      const data = new Uint8Array(png.width * png.height * 4);
      for (let i = 0, p = 0; i < png.width * png.height; i++, p += png.channels) {
        const gray = png.channels < 3;
        data[i * 4] = png.data[p] as number;
        data[i * 4 + 1] = png.data[gray ? p : p + 1] as number;
        data[i * 4 + 2] = png.data[gray ? p : p + 2] as number;
        data[i * 4 + 3] = png.channels % 2 === 0 ? (png.data[p + png.channels - 1] as number) : 255;
      }
      return { width: png.width, height: png.height, data };
    }
  } catch {
    // Damaged: nothing to shrink.
  }
  return null;
}

/** Applies an EXIF orientation (1–8) to the pixels, so the copy needs no EXIF to look upright. */
export function orient(image: Rgba, orientation: number): Rgba {
  if (orientation < 2 || orientation > 8) return image;
  const { width: w, height: h, data } = image;
  const swap = orientation >= 5;
  const outW = swap ? h : w;
  const outH = swap ? w : h;
  // Where stored pixel (x, y) lands when displayed, per the EXIF definition:
  // dx = ax·x + bx·y + cx, dy = ay·x + by·y + cy.
  const [ax, bx, cx, ay, by, cy] = (
    {
      2: [-1, 0, w - 1, 0, 1, 0],
      3: [-1, 0, w - 1, 0, -1, h - 1],
      4: [1, 0, 0, 0, -1, h - 1],
      5: [0, 1, 0, 1, 0, 0],
      6: [0, -1, h - 1, 1, 0, 0],
      7: [0, -1, h - 1, -1, 0, w - 1],
      8: [0, 1, 0, -1, 0, w - 1],
    } as Record<number, number[]>
  )[orientation] as [number, number, number, number, number, number];
  const aligned = data.byteOffset % 4 === 0 ? data : data.slice();
  const src = new Uint32Array(aligned.buffer, aligned.byteOffset, w * h);
  const dst = new Uint32Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) dst[(ay * x + by * y + cy) * outW + ax * x + bx * y + cx] = src[y * w + x] as number;
  }
  const out = new Uint8Array(dst.buffer);
  return { width: outW, height: outH, data: out };
}

function encode(image: Rgba, longSide: number, quality: number): { bytes: Uint8Array; width: number; height: number } {
  const small = downscale(image.data, image.width, image.height, 4, longSide);
  const bytes = new Uint8Array(jpeg.encode({ data: small.data, width: small.width, height: small.height }, quality).data);
  return { bytes, width: small.width, height: small.height };
}

/** One JPEG of a photo with its longer side at `longSide` pixels. */
export type JpegAtSize = (longSide: number, quality: number) => Promise<Omit<ShrunkImage, 'fits'>>;

/**
 * Re-encodes a photo (of `longSide` pixels on its longer side) as a JPEG of
 * at most `budget` bytes: first at A4/200 dpi and falling qualities, then
 * smaller, guessing the next size from how far the last try missed (bytes
 * grow roughly with pixel count). `encode` makes each try: here in pure JS
 * (shrinkImage), or with the browser's own codec (shrink-platform.ts).
 */
export async function fitJpegUnder(longSide: number, budget: number, encode: JpegAtSize): Promise<ShrunkImage> {
  let side = Math.min(MAX_LONG_SIDE, longSide);
  let best: ShrunkImage | null = null;
  for (let attempt = 0; attempt < 8; attempt++) {
    for (const quality of QUALITIES) {
      const made = await encode(side, quality);
      if (made.bytes.length <= budget) return { ...made, fits: true };
      if (!best || made.bytes.length < best.bytes.length) best = { ...made, fits: false };
    }
    if (side <= MIN_LONG_SIDE) break;
    const ratio = Math.sqrt(budget / (best?.bytes.length ?? budget)) * 0.95;
    side = Math.max(MIN_LONG_SIDE, Math.floor(side * Math.min(ratio, 0.9)));
  }
  return best as ShrunkImage;
}

/** A decoded photo as a JPEG under `budget` bytes, encoded in pure JS (the CLI, tests, PDF pages). */
export const shrinkImage = (image: Rgba, budget: number): Promise<ShrunkImage> =>
  fitJpegUnder(Math.max(image.width, image.height), budget, async (longSide, quality) => encode(image, longSide, quality));

/** A4 in PDF points, with a margin. */
const A4 = { width: 595.28, height: 841.89, margin: 18 };

/**
 * Several photos of one paper (its pages) as one PDF under `budget` bytes:
 * each photo shrunk to its share of the budget and centred on an A4 page.
 * A photo may come as a function decoding it, so only one page's pixels are
 * held at a time.
 */
export async function photosToPdf(images: readonly (Rgba | (() => Rgba))[], budget: number): Promise<{ bytes: Uint8Array; fits: boolean }> {
  const doc = await PDFDocument.create();
  // pdf-lib adds ~1 KB of structure per page: keep it out of the photos' share.
  const share = Math.floor((budget - 2048 * (images.length + 1)) / Math.max(1, images.length));
  let fits = true;
  for (const photo of images) {
    const shrunk = await shrinkImage(typeof photo === 'function' ? photo() : photo, share);
    fits &&= shrunk.fits;
    const embedded = await doc.embedJpg(shrunk.bytes);
    const page = doc.addPage([A4.width, A4.height]);
    const scale = Math.min((A4.width - 2 * A4.margin) / shrunk.width, (A4.height - 2 * A4.margin) / shrunk.height);
    const w = shrunk.width * scale;
    const h = shrunk.height * scale;
    page.drawImage(embedded, { x: (A4.width - w) / 2, y: (A4.height - h) / 2, width: w, height: h });
  }
  const bytes = await doc.save();
  return { bytes, fits: fits && bytes.length <= budget };
}
