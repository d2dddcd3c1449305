import type { ImageFacts } from '../inspect';
import type { CheckResult } from '../types';
import type { CheckContext } from './context';

/** Landscape by more than this ratio counts as "lying on its side" for a portrait paper. */
export const LANDSCAPE_RATIO = 1.15;

/**
 * Two simple signals. An EXIF orientation other than 1 means the pixels are
 * stored turned or mirrored and only viewers that honour EXIF show them
 * upright — the portal's document viewer and printed copies may not (warn).
 * A clearly landscape photo may be a portrait page lying on its side, but
 * cards and some forms are landscape, so that is only a hint (info).
 */
export function checkRotated(image: ImageFacts, { t }: CheckContext): CheckResult | null {
  if (image.width === 0 || image.damage) return null;
  if (image.orientation !== 1) return { code: 'rotated', level: 'warn', message: t('precheck.rotated.exif') };
  if (image.width > image.height * LANDSCAPE_RATIO) {
    return { code: 'rotated', level: 'info', message: t('precheck.rotated.landscape') };
  }
  return { code: 'rotated', level: 'ok', message: t('precheck.rotated.ok') };
}
