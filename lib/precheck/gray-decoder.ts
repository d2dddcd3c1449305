import type { GrayImage } from './gray-image';

/**
 * Quality is judged on the image scaled so its longer side is this many
 * pixels: roughly how a whole page looks on a screen, and small enough that
 * the measures take ~1 ms.
 */
export const WORK_LONG_SIDE = 480;

/** A photo whose header was read and found sound, ready to be decoded to luma. */
export interface EncodedImage {
  kind: 'jpeg' | 'png';
  /** For a PNG, only its pixel chunks, checked not to inflate beyond its header (png-decode.ts). */
  bytes: Uint8Array;
  /** As stored, before any EXIF orientation. */
  width: number;
  height: number;
  /** EXIF orientation, 1 when absent. */
  orientation: number;
}

/**
 * How a photo's pixels are read for the quality checks. Two implementations:
 * the browser's own decoders (gray-decoder-platform.ts, in the extension's
 * worker) and the pure-JS ones (gray-decoder-js.ts, in Node and for what the
 * browser refuses); gray-decoder-here.ts picks by what the runtime offers.
 * The checks see the same luma either way.
 */
export interface GrayDecoder {
  /**
   * Luma at WORK_LONG_SIDE, in any orientation (the measures do not depend
   * on it); null when not decoded (too large, a coding not supported).
   * Throws ImageDamage when the image data itself is broken.
   */
  decode(image: EncodedImage): Promise<GrayImage | null>;
}

export class ImageDamage extends Error {
  constructor(readonly damage: 'truncated' | 'corrupt') {
    super(damage);
  }
}
