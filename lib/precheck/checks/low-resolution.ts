import type { ImageFacts } from '../inspect';
import type { CheckResult } from '../types';
import type { CheckContext } from './context';

/**
 * Below this many pixels on the shorter side a photographed page is too
 * small to read: an A4 page 600 px wide is ~72 dpi, where 12-pt body text is
 * about 12 px tall — the least that stays legible on screen and in print.
 */
export const MIN_SHORT_SIDE = 600;

export function checkLowResolution(image: ImageFacts, { t }: CheckContext): CheckResult | null {
  if (image.width === 0 || image.damage) return null;
  const params = { width: image.width, height: image.height };
  return Math.min(image.width, image.height) < MIN_SHORT_SIDE
    ? { code: 'low-resolution', level: 'warn', message: t('precheck.resolution.warn', params) }
    : { code: 'low-resolution', level: 'ok', message: t('precheck.resolution.ok', params) };
}
