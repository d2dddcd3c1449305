import { laplacianVariance } from '../image-measures';
import { WORK_LONG_SIDE } from '../inspect';
import type { ImageFacts } from '../inspect';
import type { CheckResult } from '../types';
import type { CheckContext } from './context';

/**
 * Variance of the Laplacian, measured on the luma scaled to WORK_LONG_SIDE
 * pixels (the whole page as seen on a screen), under which a photo is called
 * blurred. At that size sharp printed text scores in the thousands; text
 * blurred enough to be unreadable at full size (a shake or focus miss of a
 * few percent of the page width) falls well under 100. Calibrated on the
 * generated sharp and box-blurred text pages in tests/support.
 */
export const MIN_LAPLACIAN_VARIANCE = 100;

export function checkBlurred(image: ImageFacts, { t }: CheckContext): CheckResult | null {
  if (!image.gray || image.damage) return null;
  // Too few pixels to judge focus; low-resolution speaks for these.
  if (Math.max(image.gray.width, image.gray.height) < WORK_LONG_SIDE / 4) return null;
  return laplacianVariance(image.gray) < MIN_LAPLACIAN_VARIANCE
    ? { code: 'blurred', level: 'warn', message: t('precheck.blur.warn') }
    : { code: 'blurred', level: 'ok', message: t('precheck.blur.ok') };
}
