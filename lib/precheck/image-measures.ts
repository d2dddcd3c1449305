import type { GrayImage } from './gray-image';

/** Mean luma, 0 (black) to 255 (white). */
export function meanLuma(image: GrayImage): number {
  let sum = 0;
  for (const v of image.data) sum += v;
  return image.data.length ? sum / image.data.length : 0;
}

/**
 * Variance of the 4-neighbour Laplacian (∇² = up + down + left + right − 4·centre)
 * over the interior pixels: sharp edges give large second derivatives, blur
 * flattens them. The usual no-reference focus measure (Pech-Pacheco et al.,
 * 2000); only comparable between images of the same size, hence the fixed
 * working size the caller downscales to.
 */
export function laplacianVariance(image: GrayImage): number {
  const { width: w, height: h, data } = image;
  if (w < 3 || h < 3) return 0;
  let sum = 0;
  let sumSq = 0;
  for (let y = 1; y < h - 1; y++) {
    const row = y * w;
    for (let x = 1; x < w - 1; x++) {
      const i = row + x;
      const lap =
        (data[i - 1] as number) + (data[i + 1] as number) + (data[i - w] as number) + (data[i + w] as number) - 4 * (data[i] as number);
      sum += lap;
      sumSq += lap * lap;
    }
  }
  const n = (w - 2) * (h - 2);
  const mean = sum / n;
  return sumSq / n - mean * mean;
}
