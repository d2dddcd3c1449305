import { type EncodedImage, type GrayDecoder, WORK_LONG_SIDE } from './gray-decoder';
import { fitLongSide, type GrayImage, toGray } from './gray-image';

/** What is needed of the browser: a worker has both. */
export interface ImagePlatform {
  createImageBitmap(image: Blob, options: ImageBitmapOptions): Promise<ImageBitmap>;
  OffscreenCanvas: new (width: number, height: number) => OffscreenCanvas;
}

/**
 * Above this many pixels the browser's decoder is not used: it builds the
 * full-size image (4 bytes a pixel) before scaling it, while jpeg-luma.ts
 * decodes a JPEG straight at a reduced scale. 20 MP (80 MB) covers phone
 * photos and A4 scans at 300 dpi.
 */
export const MAX_PLATFORM_PIXELS = 20_000_000;

const MIME = { jpeg: 'image/jpeg', png: 'image/png' } as const;

/**
 * The browser's own decoders (native, off the JS heap): the photo is decoded
 * and scaled to the work size in one `createImageBitmap` call, drawn on white
 * in an OffscreenCanvas (as the JS path composites transparency on white)
 * and its pixels turned to luma. What the browser refuses, and images above
 * MAX_PLATFORM_PIXELS, go to `fallback` (the JS decoders), which also decides
 * whether a refused image is damaged.
 */
export function platformGrayDecoder(platform: ImagePlatform, fallback: GrayDecoder): GrayDecoder {
  return {
    async decode(image) {
      if (image.width * image.height > MAX_PLATFORM_PIXELS) return fallback.decode(image);
      try {
        return await decodeOnPlatform(platform, image);
      } catch {
        return fallback.decode(image);
      }
    },
  };
}

async function decodeOnPlatform(platform: ImagePlatform, image: EncodedImage): Promise<GrayImage> {
  // The browser applies the EXIF orientation; the measures do not depend on it, but the scale must follow it.
  const turned = image.orientation >= 5;
  const size = fitLongSide(turned ? image.height : image.width, turned ? image.width : image.height, WORK_LONG_SIDE);
  const bitmap = await platform.createImageBitmap(new Blob([image.bytes as Uint8Array<ArrayBuffer>], { type: MIME[image.kind] }), {
    resizeWidth: size.width,
    resizeHeight: size.height,
    // Mipmapped bilinear: close to the area average the JS path uses (gray-image.ts), which the blur threshold was calibrated on.
    resizeQuality: 'medium',
    imageOrientation: 'from-image',
    // The JS decoders ignore colour profiles: so does this.
    colorSpaceConversion: 'none',
  });
  try {
    const canvas = new platform.OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (!context) throw new Error('no 2d context');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, bitmap.width, bitmap.height);
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height);
    return toGray(pixels.data, bitmap.width, bitmap.height, 4);
  } finally {
    bitmap.close();
  }
}
