import { meanLuma } from '../image-measures';
import type { ImageFacts } from '../inspect';
import type { CheckResult } from '../types';
import type { CheckContext } from './context';

/**
 * Mean luma (0–255) below which a photo of a paper is too dark. White paper
 * in ordinary room light averages 120–200 even with a dark table around it;
 * under 70 the paper itself is grey and faint text sinks into sensor noise.
 */
export const MIN_MEAN_LUMA = 70;

export function checkTooDark(image: ImageFacts, { t }: CheckContext): CheckResult | null {
  if (!image.gray || image.damage) return null;
  return meanLuma(image.gray) < MIN_MEAN_LUMA
    ? { code: 'too-dark', level: 'warn', message: t('precheck.dark.warn') }
    : { code: 'too-dark', level: 'ok', message: t('precheck.dark.ok') };
}
