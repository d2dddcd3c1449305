import { fitJpegUnder, type ShrunkImage } from './shrink';

/**
 * The smaller copy of a photo made with the browser's own codecs, in the
 * pre-check worker: createImageBitmap decodes it upright (EXIF orientation
 * applied) and OffscreenCanvas scales and encodes it, natively — a 12-MP
 * photo in a fraction of the time the pure-JS path (shrink.ts) takes. Null
 * where there is no such platform (Node) or it refuses the file: the caller
 * then uses the pure-JS path.
 */
export async function shrinkWithPlatform(photo: Blob, budget: number): Promise<ShrunkImage | null> {
  if (typeof createImageBitmap !== 'function' || typeof OffscreenCanvas !== 'function') return null;
  const bitmap = await createImageBitmap(photo, { imageOrientation: 'from-image' }).catch(() => null);
  if (!bitmap) return null;
  try {
    const full = Math.max(bitmap.width, bitmap.height);
    return await fitJpegUnder(full, budget, async (longSide, quality) => {
      const scale = Math.min(1, longSide / full);
      const width = Math.max(1, Math.round(bitmap.width * scale));
      const height = Math.max(1, Math.round(bitmap.height * scale));
      const canvas = new OffscreenCanvas(width, height);
      const g = canvas.getContext('2d');
      if (!g) throw new Error('no-canvas');
      // A transparent PNG would turn black in a JPEG: paper white under it.
      g.fillStyle = '#fff';
      g.fillRect(0, 0, width, height);
      g.imageSmoothingQuality = 'high';
      g.drawImage(bitmap, 0, 0, width, height);
      const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: quality / 100 });
      return { bytes: new Uint8Array(await blob.arrayBuffer()), width, height };
    });
  } catch {
    return null;
  } finally {
    bitmap.close();
  }
}
