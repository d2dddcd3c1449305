import { convertIndexedToRgb, type DecodedPng, decode } from 'fast-png';
import { type EncodedImage, type GrayDecoder, ImageDamage, WORK_LONG_SIDE } from './gray-decoder';
import { downscale, type GrayImage, toGray } from './gray-image';
import { readJpeg } from './jpeg-luma';

/** JPEGs are decoded at a reduced scale (a 12-MP photo straight to 500×375), so even large ones cost little memory. */
const MAX_JPEG_PIXELS = 200_000_000;

/**
 * The pure-JS decoders: jpeg-luma.ts (luma only, at a reduced scale) and
 * fast-png. What the CLI uses, and the browser for what its own decoders refuse.
 */
export const jsGrayDecoder: GrayDecoder = {
  async decode(image: EncodedImage) {
    const full = image.kind === 'jpeg' ? jpegLuma(image.bytes) : pngToGray(decodePng(image.bytes));
    return full && downscale(full.data, full.width, full.height, 1, WORK_LONG_SIDE);
  },
};

function jpegLuma(bytes: Uint8Array): GrayImage | null {
  const reading = readJpeg(bytes, { targetLongSide: WORK_LONG_SIDE, maxPixels: MAX_JPEG_PIXELS });
  if (reading.problem) throw new ImageDamage(reading.problem);
  return reading.luma;
}

function decodePng(bytes: Uint8Array): DecodedPng {
  try {
    return decode(bytes);
  } catch {
    throw new ImageDamage('corrupt');
  }
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
